"""What an audience may see: the one place the visibility rule is applied.

Every screen, file or paper that shows case data to an audience renders these records."""
