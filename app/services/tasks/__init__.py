"""A task's life: submitting, the queue, polling, downloading and verifying its clip, recovering
lost submissions, and the SQLite store that keeps every task."""
