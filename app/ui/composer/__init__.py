"""The composer: prompt, model pickers, media slots, cost preview and Generate."""
