"""Qt building blocks shared by the capability screens: table models, delegates, entry lists."""
