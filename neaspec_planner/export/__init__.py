"""Print layouts, Ramsar designation package, attribute reports."""
