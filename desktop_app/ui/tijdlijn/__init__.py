"""The Tijdlijn tab, its projection mode and its offscreen export (pyqtgraph)."""
