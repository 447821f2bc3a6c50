"""All Qt: widgets and Qt models that observe the services and route edits through them."""
