"""What is written before it is sent: the composer's draft, prompt history, presets."""
