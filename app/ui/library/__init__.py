"""The clip library: saved clips as a thumbnail grid or a compact list."""
