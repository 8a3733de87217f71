"""The spending view and the daily budget's question (issue 21 item 3)."""
