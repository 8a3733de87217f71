"""Seedance Studio: a desktop studio for Seedance 2.0 video generation over the Evolink API."""

__version__ = "0.1.0"
APP_NAME = "Seedance Studio"
APP_ID = "seedance-studio"
# The desktop entry's name without ".desktop": Wayland compositors and docks match the running
# window to packaging/linux/<this>.desktop (and so to its icon) by it.
DESKTOP_FILE_NAME = "io.github.seedance_studio.SeedanceStudio"
