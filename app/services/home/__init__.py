"""The app's own things on disk: settings, folders, logs, languages, window state, the demo's
home, atomic writes."""
