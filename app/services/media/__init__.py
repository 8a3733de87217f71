"""The user's own media: probing images, videos and audio, and uploading them."""
