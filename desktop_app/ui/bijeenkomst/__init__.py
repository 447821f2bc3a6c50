"""The Bijeenkomsten tab: the meeting record and the bouwstenen checklist."""
