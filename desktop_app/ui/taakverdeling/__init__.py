"""The Taakverdeling tab: the board of afspraken, who to call for what, the review of open
afspraken, and the board on the beamer."""
