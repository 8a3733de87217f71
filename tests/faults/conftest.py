"""Fixtures of the fault tests: download, task-id and resume ones are named dl_*."""

from tests.faults.dl_support import (  # noqa: F401
    dl_client,
    dl_http,
    dl_queue_for,
    dl_sim,
    dl_sim_clips,
    dl_store,
)
