"""Services: everything that does I/O (HTTP, disk, keychain), below the UI and above the core."""
