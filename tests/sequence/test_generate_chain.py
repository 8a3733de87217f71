"""Issue 17 acceptance: a 3-shot demo sequence generated on the simulator, then exported."""

from __future__ import annotations

import json
from pathlib import Path

import av
import pytest

from app.core.film_plan import PRESETS
from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Sequence, Shot
from app.core.sequence_requests import CONTINUE_PROMPT, missing_cost
from app.core.states import TaskState
from app.services.sequences.film_export import export_film
from app.services.sequences.sequence_project import SequenceProject
from app.services.tasks.store import TaskStore
from tests.ui.conftest import session_on_simulator

T2V = "seedance-2.0-fast-text-to-video"


def req(prompt: str, duration: int = 4) -> GenerationRequest:
    return GenerationRequest(model=T2V, prompt=prompt, duration=duration, quality="480p")


def demo() -> Sequence:
    """The second shot from the first's last frame, the third continuing the second."""
    return Sequence(name="demo", quality="480p", shots=(
        Shot(request=req("a lighthouse at dusk")),
        Shot(request=req("the lamp turns on"), link=Continuity(kind=LinkKind.LAST_FRAME),
             trim_in_s=0.5),
        Shot(request=req("a ship passes"), link=Continuity(kind=LinkKind.CONTINUE),
             trim_out_s=3.0),
    ))


def test_the_cost_of_the_missing_shots_comes_first() -> None:
    cost = missing_cost(demo())
    assert cost.shots == 3 and cost.unpriced == 0 and cost.credits > 0


async def test_three_shots_generated_in_order_and_exported(studio_home: Path) -> None:
    store = TaskStore(studio_home / "studio.sqlite3")
    async with session_on_simulator(store) as session:
        await session.start()
        project = SequenceProject(studio_home / "sequences")
        project.set(demo())
        result = await project.generate_missing(session)
        assert result.reason is None, result.reason
        sequence = project.sequence
        assert not sequence.missing() and len(result.generated) == 3
        recs = sorted(store.list(), key=lambda r: r.created_at)
        assert [r.state for r in recs] == [TaskState.SAVED] * 3
        # The second was asked from a frame, the third with the second clip as video 1.
        assert recs[1].request.model == "seedance-2.0-fast-image-to-video"
        assert len(recs[1].request.image_urls) == 1
        assert recs[2].request.model == "seedance-2.0-fast-reference-to-video"
        assert len(recs[2].request.video_urls) == 1
        assert recs[2].request.prompt.startswith(CONTINUE_PROMPT)
        first, second, _third = sequence.shots
        assert second.link is not None and first.clip is not None
        assert second.link.source_sha256 == first.clip.sha256
        assert not sequence.changed_links()

        out = studio_home / "film.mp4"
        film = await export_film(sequence, out, PRESETS["sequence"])
        project.flush()
    store.close()
    expected = sum(s.trimmed_s for s in sequence.shots)
    with av.open(str(out)) as c:
        v, a = c.streams.video[0], c.streams.audio[0]
        assert float(v.duration * v.time_base) == pytest.approx(expected, abs=1 / 24)
        assert float(a.duration * a.time_base) == pytest.approx(expected, abs=0.05)
        sizes = {(f.width, f.height) for f in c.decode(video=0)}
    assert sizes == {(film.width, film.height)}
    assert film.sidecar is not None
    listed = json.loads(film.sidecar.read_text("utf-8"))["shots"]
    assert [s["id"] for s in listed] == [s.id for s in sequence.shots]


async def test_a_failure_stops_the_chain_with_its_reason(studio_home: Path) -> None:
    store = TaskStore(studio_home / "studio.sqlite3")
    async with session_on_simulator(store) as session:
        await session.start()
        project = SequenceProject(studio_home / "sequences")
        failing = demo()
        project.set(failing.replace(0, failing.shots[0].model_copy(
            update={"request": req("a lighthouse [fail]")})))
        result = await project.generate_missing(session)
    assert result.stopped_at == 0 and result.reason is not None
    assert "Shot 1" in result.reason
    assert len(store.list()) == 1  # the linked shots were never sent
    store.close()
    assert len(project.sequence.missing()) == 3
