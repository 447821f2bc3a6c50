"""Bijeenkomsten: the meeting record, the bouwstenen checklist and the afspraken."""
