"""The API contract as plain Python: models, capability rules, media limits, states, prices."""
