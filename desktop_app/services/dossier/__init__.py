"""Dossier overdragen: a whole gezin as one file, sealed with a password if asked.

`export.exporteer` makes the file, `invoer.importeer` reads it back as a new gezin (all or
nothing), `zegel` encrypts and decrypts it. The file format is in the README.
"""
