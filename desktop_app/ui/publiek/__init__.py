"""What every beamer window shares: the audience banner and guard, Esc, staying current."""
