"""The SQLite store: where the file lives, its connections, and its schema migrations."""
