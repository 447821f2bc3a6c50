"""Dossier overdragen from the window: export the open gezin, import a file as a new one."""
