"""Status-bar pieces: the balance and the permanent demo badge."""
