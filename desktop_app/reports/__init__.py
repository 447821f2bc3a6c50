"""Paper: the audience projections of `services.publiek` rendered as PDF with reportlab.

Nothing here decides who may read what; every function takes records that were already
narrowed to their reader.
"""
