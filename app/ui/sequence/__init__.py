"""The Sequence panel: shots in order, their links and trims, generation and export."""
