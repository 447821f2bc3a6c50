"""The Overzicht tab: the gezin list, its header, gezinsleden and betrokkenen."""
