"""Wegingen with their safety scores, and the safety chart built from them."""
