"""Technical glue shared by every capability: the edit path (Workspace), input validation
and fetching a row by id."""
