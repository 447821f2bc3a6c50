"""Taakverdeling: who does what by when. The Afspraak entity (made in a meeting or on the
board), its history, the board's columns, the review at the start of a meeting, and the
calendar."""
