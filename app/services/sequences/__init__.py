"""Sequences: the project file, running its shots, frames, and the film export."""
