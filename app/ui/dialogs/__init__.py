"""Dialogs: API key, settings, first-run welcome, about; plus Help helpers."""
