"""Every read and write the app does. Functions take a Session; Workspace runs them."""
