"""Ctrl+Up/Down through earlier prompts keeps what was being typed."""

from app.core.prompt_steps import PromptSteps


def test_steps_older_and_back_to_the_typed_text() -> None:
    steps = PromptSteps(["newest", "middle", "oldest"])
    assert steps.newer() is None  # already at the text being typed
    assert steps.older("half a thought") == "newest"
    assert steps.older("newest") == "middle"
    assert steps.older("middle") == "oldest"
    assert steps.older("oldest") is None and steps.position == 2
    assert steps.newer() == "middle"
    assert steps.newer() == "newest"
    assert steps.newer() == "half a thought" and steps.position == -1
    assert steps.newer() is None


def test_an_empty_history_and_a_reset() -> None:
    steps = PromptSteps()
    assert steps.older("typed") is None and steps.newer() is None
    steps.reset(["sent just now"])
    assert steps.older("next idea") == "sent just now"
    steps.reset(["b", "a"])
    assert steps.position == -1 and steps.older("") == "b"
