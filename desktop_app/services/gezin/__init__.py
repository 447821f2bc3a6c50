"""The gezin: its members, the betrokkenen around it, casusregie and vaste aanspreekpunten."""
