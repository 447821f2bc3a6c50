"""Casustafel: the facilitator's desktop tool for the multidisciplinary case meeting."""

__version__ = "0.1.0"
