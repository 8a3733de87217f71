"""Saved clips on disk: the library, names, sidecars, thumbnails, frames, playback, and the
actions on a clip (rename, trash, restore its settings)."""
