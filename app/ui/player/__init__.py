"""The inline player: a clip's picture, its transport controls, and how it was made."""
