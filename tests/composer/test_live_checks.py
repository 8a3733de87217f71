"""The composer's live checks (problems, cost, takes) run on plain fields: no pydantic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Built as the studio builds it (a MediaWorker on its own thread pool), then edited as a restored
# state and a user would: every _refresh on the way reads a RequestDraft, never a
# GenerationRequest, so the panel is painted before pydantic is imported (issue 18).
BUILD_AND_EDIT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services.media.media_worker import MediaWorker
from app.ui.composer.panel import ComposerPanel
panel = ComposerPanel(MediaWorker())
first = [p.code for p in panel.problems()]
panel.restore_state({"model": "seedance-2.0-text-to-video", "prompt": "a kite",
                     "quality": "720p", "duration": 8, "callback_url": "http://x.example/cb"})
panel.advanced.params.setPlainText("{not json")
panel.prompt.set_text("a kite over the sea")
later = sorted({p.field for p in panel.problems()})
print(first, later, panel.cost.text() != "")
print(" ".join(m for m in ("pydantic", "app.core.models") if m in sys.modules))
"""


def test_building_and_editing_the_composer_imports_no_pydantic() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", BUILD_AND_EDIT], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2], env=env)
    checked, imported = out.stdout.splitlines()
    # The checks did run: an empty prompt first; then a refused callback (plain HTTP) and
    # model_params that are no JSON.
    assert checked == "['empty'] ['callback_url', 'model_params'] True", out.stderr
    assert imported.split() == []
