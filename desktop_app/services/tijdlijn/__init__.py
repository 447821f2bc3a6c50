"""The tijdlijn: items, categories, patterns, quick entry, import, and the timeline as arrays."""
