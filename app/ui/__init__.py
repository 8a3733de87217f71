"""Widgets, item models and the window."""
