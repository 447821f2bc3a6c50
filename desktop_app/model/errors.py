class InvoerFout(ValueError):
    """Input the user can correct; the message is Dutch and shown as it is."""
