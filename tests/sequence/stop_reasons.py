"""Each reason "Generate missing shots" stops, and the clip a sequence no longer finds, provoked
for real on the simulator: a shot the server fails, a shot whose previous shot has no clip
when it needs its frame, a previous clip that cannot be read, a clip moved out of reach.

Used by test_stop_reasons.py (each reason by its id) and by tests/settings/test_core_messages.py
(every message id is emitted somewhere)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.core.messages import Message
from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Sequence, Shot
from app.services.sequences.sequence_project import SequenceProject
from app.services.sequences.sequence_runner import ShotPhase
from app.services.session import Session
from app.services.tasks.store import TaskStore
from tests.sequence.media import make_clip, shot_of
from tests.ui.conftest import session_on_simulator
from tests.waiting import until

T2V = "seedance-2.0-fast-text-to-video"


def req(prompt: str) -> GenerationRequest:
    return GenerationRequest(model=T2V, prompt=prompt, duration=4, quality="480p")


def linked(prompt: str) -> Shot:
    return Shot(request=req(prompt), link=Continuity(kind=LinkKind.LAST_FRAME))


def _reason(reason: str | None) -> Message:
    assert isinstance(reason, Message), reason
    return reason


async def shot_failed(session: Session, folder: Path) -> Message:
    """The server fails the first shot ("[fail]" in a prompt: the simulator's failure)."""
    project = SequenceProject(folder)
    project.set(Sequence(shots=(Shot(request=req("a lighthouse [fail]")), linked("the lamp"))))
    result = await project.generate_missing(session)
    assert result.stopped_at == 0
    return _reason(result.reason)


async def needs_previous(session: Session, folder: Path) -> Message:
    """While the second shot waits for the first, a draft is put between them: once the first
    is saved, the second's previous shot is that draft, which has no clip to start from."""
    project = SequenceProject(folder)
    second = linked("the lamp turns on")
    project.set(Sequence(shots=(Shot(request=req("a lighthouse")), second)))
    run = asyncio.ensure_future(project.generate_missing(session))

    def waiting() -> bool:
        progress = project.progress.get(second.id)  # the run starts a new progress dict
        return progress is not None and progress.phase is ShotPhase.WAITING

    await until(waiting, what="the second shot waiting for the first")
    project.set(project.sequence.add(Shot(request=req("a harbour")), 1))
    result = await run
    assert result.stopped_at == 2
    return _reason(result.reason)


async def clip_unreadable(session: Session, folder: Path) -> Message:
    """The clip before a shot made from its last frame is damaged since it was added."""
    clip = make_clip(folder / "damaged.mp4", seconds=0.5, audio=False)
    first = shot_of(clip)
    clip.write_bytes(b"\0" * 4096)
    project = SequenceProject(folder)
    project.set(Sequence(shots=(first, linked("the lamp turns on"))))
    result = await project.generate_missing(session)
    assert result.stopped_at == 1
    return _reason(result.reason)


async def not_found(folder: Path) -> Message:
    """A clip moved where the library does not know it, then the sequence opened again."""
    clip = make_clip(folder / "moved.mp4", seconds=0.5, audio=False)
    project = SequenceProject(folder)
    project.set(Sequence(shots=(shot_of(clip),)))
    project.flush()
    assert project.path is not None
    clip.rename(folder / "elsewhere.bin")
    again = SequenceProject(folder)
    said: list[str] = []
    again.message.connect(said.append)
    await again.open(project.path, list)  # the library holds no clip
    [message] = said
    return _reason(message)


async def every(folder: Path) -> list[Message]:
    """One message per reason, in the order above (each case in its own folder)."""
    for name in ("failed", "previous", "unreadable", "moved"):
        (folder / name).mkdir(parents=True)
    store = TaskStore(folder / "studio.sqlite3")
    try:
        async with session_on_simulator(store) as session:
            await session.start()
            out = [await shot_failed(session, folder / "failed"),
                   await needs_previous(session, folder / "previous"),
                   await clip_unreadable(session, folder / "unreadable")]
    finally:
        store.close()
    return [*out, await not_found(folder / "moved")]
