"""Product 2a/2b hours against the gezin's budget."""
