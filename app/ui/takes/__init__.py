"""Takes: the grid that compares several versions of one idea."""
