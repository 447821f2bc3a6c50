class InvoerFout(ValueError):
    """Input the user can correct; the message is Dutch and shown as it is."""


def ingekort(text: object, limit: int = 40) -> str:
    """Outside input as a message quotes it: on one line, at most `limit` characters, then "…",
    so a message stays readable whatever was pasted into a field."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[:limit].rstrip() + "…"
