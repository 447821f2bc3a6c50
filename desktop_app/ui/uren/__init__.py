"""Product 2a/2b hours: written per betrokkene, against the gezin's budget."""
