"""Acceptance tests of `rules.check`, written from evolink-seedance-generations-api.txt.

Every table row quotes the documentation line it comes from ("doc:"), so that a rule that
changes in the docs can be found here by searching for the quote.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.models import GenerationRequest
from app.core.problems import Problem
from app.core.rules import check, check_callback_url, prompt_advice

# doc: "Available options:" of `model`, copied as written, not from capabilities.py.
T2V, I2V, R2V = ("seedance-2.0-text-to-video", "seedance-2.0-image-to-video",
                 "seedance-2.0-reference-to-video")
FAST_T2V, FAST_I2V, FAST_R2V = ("seedance-2.0-fast-text-to-video",
                                "seedance-2.0-fast-image-to-video",
                                "seedance-2.0-fast-reference-to-video")
MINI_T2V, MINI_I2V, MINI_R2V = ("seedance-2.0-mini-text-to-video",
                                "seedance-2.0-mini-image-to-video",
                                "seedance-2.0-mini-reference-to-video")
STANDARD = (T2V, I2V, R2V)
FAST_AND_MINI = (FAST_T2V, FAST_I2V, FAST_R2V, MINI_T2V, MINI_I2V, MINI_R2V)
ALL_MODELS = STANDARD + FAST_AND_MINI
TEXT_MODELS = (T2V, FAST_T2V, MINI_T2V)
IMAGE_MODELS = (I2V, FAST_I2V, MINI_I2V)
REFERENCE_MODELS = (R2V, FAST_R2V, MINI_R2V)

IMG = "https://example.com/image1.jpg"
VID = "https://example.com/reference.mp4"
AUD = "https://example.com/bgm.mp3"
PROMPT = "A cat playing the Moonlight Sonata on a piano, cinematic lighting, close-up shot"


def imgs(n: int) -> list[str]:
    return [f"https://example.com/image{i}.jpg" for i in range(1, n + 1)]


def vids(n: int) -> list[str]:
    return [f"https://example.com/ref{i}.mp4" for i in range(1, n + 1)]


def auds(n: int) -> list[str]:
    return [f"https://example.com/bgm{i}.mp3" for i in range(1, n + 1)]


def req(model: str = T2V, **kw: Any) -> GenerationRequest:
    """A request that is valid for `model` unless `kw` breaks a rule."""
    if model in IMAGE_MODELS:
        kw.setdefault("image_urls", [IMG])  # doc: "Image-to-Video: Required, 1-2 images"
    kw.setdefault("prompt", PROMPT)
    return GenerationRequest(model=model, **kw)


def fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


# (id, model, changes, fields expected to be refused ([] = valid), doc line)
Row = tuple[str, str, dict[str, Any], list[str], str]

ROWS: list[Row] = [
    # --- model -----------------------------------------------------------------------------
    *[(f"model-{m}", m, {}, [], "model enum: 'Available options: ... " + m + "'")
      for m in ALL_MODELS],
    ("model-unknown", "seedance-1.0-pro", {}, ["model"], "model: enum<string> required"),
    ("model-case", "Seedance-2.0-Text-To-Video", {}, ["model"], "model: enum<string> required"),
    # --- duration ----------------------------------------------------------------------------
    ("duration-3", T2V, {"duration": 3}, ["duration"], "duration: 'Required range: 4 <= x <= 15'"),
    ("duration-4", T2V, {"duration": 4}, [], "duration: 'Required range: 4 <= x <= 15'"),
    ("duration-15", T2V, {"duration": 15}, [], "duration: 'Required range: 4 <= x <= 15'"),
    ("duration-16", T2V, {"duration": 16}, ["duration"],
     "duration: 'Required range: 4 <= x <= 15'"),
    *[(f"duration-{d}-{m}", m, {"duration": d}, [], "duration: 'Applicable to all 9 models'")
      for m in ALL_MODELS for d in (4, 15)],
    # --- quality -----------------------------------------------------------------------------
    *[(f"quality-{q}-{m}", m, {"quality": q}, [], "quality: '480p and 720p apply to all 9 models'")
      for m in ALL_MODELS for q in ("480p", "720p")],
    *[(f"quality-1080p-{m}", m, {"quality": "1080p"}, [],
       "quality: '1080p: ... only supported by standard models'") for m in STANDARD],
    *[(f"quality-1080p-{m}", m, {"quality": "1080p"}, ["quality"],
       "quality: 'the 3 Fast models and 3 Mini models are not supported'") for m in FAST_AND_MINI],
    ("quality-unknown", T2V, {"quality": "4k"}, ["quality"],
     "quality: 'Available options: 480p, 720p, 1080p'"),
    # --- aspect ratio ------------------------------------------------------------------------
    *[(f"aspect-{a}", T2V, {"aspect_ratio": a}, [],
       "aspect_ratio: 'Available options: 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive'")
      for a in ("16:9", "9:16", "1:1", "4:3", "3:4", "21:9", "adaptive")],
    ("aspect-unknown", T2V, {"aspect_ratio": "5:4"}, ["aspect_ratio"],
     "aspect_ratio: 'Available options: 16:9, 9:16, 1:1, 4:3, 3:4, 21:9, adaptive'"),
    # --- images ------------------------------------------------------------------------------
    *[(f"images-0-{m}", m, {}, [], "image_urls: 'Text-to-Video: Not supported'")
      for m in TEXT_MODELS],
    *[(f"images-1-{m}", m, {"image_urls": imgs(1)}, ["image_urls"],
       "image_urls: 'Text-to-Video: Not supported'") for m in TEXT_MODELS],
    *[(f"images-0-{m}", m, {"image_urls": []}, ["image_urls"],
       "image_urls: 'Image-to-Video: Required, 1-2 images'") for m in IMAGE_MODELS],
    *[(f"images-{n}-{m}", m, {"image_urls": imgs(n)}, [],
       "image_urls: 'Image-to-Video: Required, 1-2 images'") for m in IMAGE_MODELS for n in (1, 2)],
    *[(f"images-3-{m}", m, {"image_urls": imgs(3)}, ["image_urls"],
       "image_urls: 'Image-to-Video: Required, 1-2 images'") for m in IMAGE_MODELS],
    *[(f"images-{n}-{m}", m, {"image_urls": imgs(n)}, [],
       "image_urls: 'Reference-to-Video: Optional, 0-9 images'")
      for m in REFERENCE_MODELS for n in (0, 1, 9)],
    *[(f"images-10-{m}", m, {"image_urls": imgs(10)}, ["image_urls"],
       "image_urls: 'Reference-to-Video: Optional, 0-9 images' / 'Maximum array length: 9'")
      for m in REFERENCE_MODELS],
    # --- videos ------------------------------------------------------------------------------
    *[(f"videos-{n}-{m}", m, {"video_urls": vids(n)}, [],
       "video_urls: 'Quantity limit: 0-3 videos'") for m in REFERENCE_MODELS for n in (0, 1, 3)],
    *[(f"videos-4-{m}", m, {"video_urls": vids(4)}, ["video_urls"],
       "video_urls: 'Quantity limit: 0-3 videos' / 'Maximum array length: 3'")
      for m in REFERENCE_MODELS],
    *[(f"videos-1-{m}", m, {"video_urls": vids(1)}, ["video_urls"],
       "video_urls: 'Only applicable to Reference-to-Video models, other models do not "
       "support this parameter'") for m in TEXT_MODELS + IMAGE_MODELS],
    # --- audio -------------------------------------------------------------------------------
    *[(f"audio-{n}-with-image-{m}", m, {"audio_urls": auds(n), "image_urls": imgs(1)}, [],
       "audio_urls: 'Quantity limit: 0-3 clips'") for m in REFERENCE_MODELS for n in (1, 3)],
    *[(f"audio-4-{m}", m, {"audio_urls": auds(4), "image_urls": imgs(1)}, ["audio_urls"],
       "audio_urls: 'Quantity limit: 0-3 clips' / 'Maximum array length: 3'")
      for m in REFERENCE_MODELS],
    *[(f"audio-1-{m}", m, {"audio_urls": auds(1)}, ["audio_urls"],
       "audio_urls: 'Only applicable to Reference-to-Video models'")
      for m in TEXT_MODELS + IMAGE_MODELS],
    *[(f"audio-alone-{m}", m, {"audio_urls": auds(1)}, ["audio_urls"],
       "audio_urls: 'Audio cannot be provided alone; at least 1 image or 1 video must be "
       "included'") for m in REFERENCE_MODELS],
    *[(f"audio-with-video-{m}", m, {"audio_urls": auds(1), "video_urls": vids(1)}, [],
       "video_urls: 'at least 1 image (image_urls) or 1 video (video_urls) must be included'")
      for m in REFERENCE_MODELS],
    ("audio-all-kinds", R2V, {"audio_urls": auds(3), "video_urls": vids(3),
                              "image_urls": imgs(9)}, [],
     "each list at its maximum: 9 images, 3 videos, 3 clips"),
    # --- model_params ------------------------------------------------------------------------
    *[(f"model-params-{m}", m, {"model_params": {"seed": 1}}, [],
       "model_params: 'Only applicable to Text-to-Video models (standard and fast versions)'")
      for m in (T2V, FAST_T2V)],
    *[(f"model-params-{m}", m, {"model_params": {"seed": 1}}, ["model_params"],
       "model_params: 'Only applicable to Text-to-Video models (standard and fast versions)'")
      for m in (MINI_T2V, *IMAGE_MODELS, *REFERENCE_MODELS)],
    # --- callback_url ------------------------------------------------------------------------
    ("callback-https", T2V, {"callback_url": "https://your-domain.com/webhooks/video-task-completed"},
     [], "callback_url example"),
    ("callback-http", T2V, {"callback_url": "http://your-domain.com/hook"}, ["callback_url"],
     "callback_url: 'Only HTTPS protocol is supported'"),
    ("callback-ftp", T2V, {"callback_url": "ftp://your-domain.com/hook"}, ["callback_url"],
     "callback_url: 'Only HTTPS protocol is supported'"),
    ("callback-empty", T2V, {"callback_url": ""}, ["callback_url"],
     "callback_url: string<uri>"),
    *[(f"callback-private-{host}", T2V, {"callback_url": f"https://{host}/hook"}, ["callback_url"],
       "callback_url: 'Callbacks to private IP addresses are prohibited (127.0.0.1, 10.x.x.x, "
       "172.16-31.x.x, 192.168.x.x, etc.)'")
      for host in ("127.0.0.1", "127.0.0.1:8443", "10.0.0.1", "10.255.255.254", "172.16.0.1",
                   "172.31.255.254", "192.168.0.1", "192.168.255.254", "localhost",
                   "LOCALHOST", "localhost:8443", "[::1]", "[::1]:8443", "0.0.0.0",
                   "169.254.1.1", "[fe80::1]", "[fc00::1]", "localhost.", "10.0.0.1.",
                   "[::ffff:192.168.0.1]")],
    # the other side of each private range is public, so allowed
    *[(f"callback-public-{host}", T2V, {"callback_url": f"https://{host}/hook"}, [],
       "callback_url: the ranges are 10.x, 172.16-31.x, 192.168.x; their neighbours are public")
      for host in ("11.0.0.1", "9.255.255.254", "172.15.255.254", "172.32.0.1",
                   "192.169.0.1", "192.167.255.254", "8.8.8.8", "[2001:4860:4860::8888]",
                   "localhost.example.com")],
    # --- prompt ------------------------------------------------------------------------------
    ("prompt-empty", T2V, {"prompt": ""}, ["prompt"], "prompt: string required"),
    ("prompt-blank", T2V, {"prompt": "  \n\t "}, ["prompt"], "prompt: string required"),
    ("prompt-chinese", T2V, {"prompt": "一只猫在钢琴上弹奏月光奏鸣曲，电影感灯光，特写镜头"}, [],
     "prompt: 'Supports both Chinese and English'"),
    ("prompt-501-cjk", T2V, {"prompt": "猫" * 501}, [],
     "prompt: 'recommended no more than 500 characters for Chinese' (advice, not a limit)"),
    ("prompt-1001-words", T2V, {"prompt": "cat " * 1001}, [],
     "prompt: 'recommended ... 1000 words for English' (advice, not a limit)"),
    ("prompt-far-over-tokens-en", T2V, {"prompt": "piano " * 40_000}, ["prompt"],
     "prompt: 'Maximum prompt length: 10000 tokens'"),
    ("prompt-far-over-tokens-zh", T2V, {"prompt": "猫" * 30_000}, ["prompt"],
     "prompt: 'Maximum prompt length: 10000 tokens'"),
]


@pytest.mark.parametrize(("model", "changes", "refused", "doc"),
                         [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_documented_rule(model: str, changes: dict[str, Any], refused: list[str], doc: str) -> None:
    problems = check(req(model, **changes))
    assert fields(problems) == refused, f"{doc}: {[str(p) for p in problems]}"
    for p in problems:
        assert p.message.strip(), "every problem carries a sentence for the user"


def test_rows_have_unique_ids() -> None:
    ids = [r[0] for r in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("model", FAST_AND_MINI)
def test_1080p_message_says_standard_models_only(model: str) -> None:
    # doc: "1080p: Ultra HD clarity, only supported by standard models"
    [problem] = check(req(model, quality="1080p"))
    assert "1080p" in problem.message
    assert "standard" in problem.message.lower()
    assert "only" in problem.message.lower()


def test_callback_url_length_limit() -> None:
    # doc: "URL length must not exceed 2048 characters"
    head = "https://your-domain.com/"
    exactly = head + "a" * (2048 - len(head))
    assert len(exactly) == 2048
    assert check(req(callback_url=exactly)) == []
    assert check_callback_url(exactly) is None
    over = exactly + "a"
    problems = check(req(callback_url=over))
    assert fields(problems) == ["callback_url"]
    assert "2049" in problems[0].message
    assert "2048" in problems[0].message


def test_audio_alone_message_is_plain() -> None:
    # doc: "You cannot provide only audio_urls; at least 1 image (image_urls) or 1 video
    # (video_urls) must be included"
    [problem] = check(req(R2V, audio_urls=auds(2)))
    assert "image" in problem.message
    assert "video" in problem.message


def test_recommended_prompt_length_is_advice() -> None:
    # doc: "recommended no more than 500 characters for Chinese or 1000 words for English"
    assert prompt_advice(PROMPT) is None
    assert prompt_advice("猫" * 500) is None
    assert prompt_advice(" ".join(["cat"] * 1000)) is None
    zh = prompt_advice("猫" * 501)
    en = prompt_advice(" ".join(["cat"] * 1001))
    assert zh is not None
    assert "501" in zh
    assert "500" in zh
    assert en is not None
    assert "1001" in en
    assert "1000" in en
    # ...and never an error on its own
    assert check(req(prompt="猫" * 501)) == []
    assert check(req(prompt=" ".join(["cat"] * 1001))) == []


def test_all_violations_at_once() -> None:
    # Four broken rules give four problems, one per field, in a single call.
    problems = check(req(FAST_T2V, prompt="", duration=3, quality="1080p", aspect_ratio="5:4"))
    assert sorted(fields(problems)) == sorted(["prompt", "duration", "quality", "aspect_ratio"])


def test_all_violations_at_once_with_media() -> None:
    problems = check(req(MINI_I2V, image_urls=imgs(3), video_urls=vids(1), audio_urls=auds(1),
                         model_params={"x": 1}, callback_url="http://10.0.0.1/cb", duration=16))
    assert sorted(fields(problems)) == sorted(["image_urls", "video_urls", "audio_urls",
                                               "model_params", "callback_url", "duration"])


def test_duration_message_names_the_range() -> None:
    [problem] = check(req(duration=16))
    assert "4" in problem.message
    assert "15" in problem.message
    assert "16" in problem.message


def test_count_messages_name_the_numbers() -> None:
    [p] = check(req(R2V, image_urls=imgs(10)))
    assert "10" in p.message
    assert "9" in p.message
    [p] = check(req(R2V, video_urls=vids(4)))
    assert "4" in p.message
    assert "3" in p.message


# --- to_body --------------------------------------------------------------------------------

def test_to_body_keeps_documented_defaults() -> None:
    # doc: duration "default:5", quality "default:720p", aspect_ratio "default:16:9",
    # generate_audio "default:true", content_filter "default:true"
    body = GenerationRequest(model=T2V, prompt=PROMPT).to_body()
    assert body == {
        "model": T2V, "prompt": PROMPT, "duration": 5, "quality": "720p",
        "aspect_ratio": "16:9", "generate_audio": True, "content_filter": True,
    }


def test_to_body_leaves_out_empty_lists_and_none() -> None:
    body = GenerationRequest(model=R2V, prompt=PROMPT, image_urls=[IMG], video_urls=[],
                             audio_urls=[], model_params=None, callback_url=None).to_body()
    assert body["image_urls"] == [IMG]
    for key in ("video_urls", "audio_urls", "model_params", "callback_url"):
        assert key not in body


def test_to_body_matches_documented_example() -> None:
    # The curl example of the doc, as a request.
    doc_body = {
        "model": "seedance-2.0-text-to-video",
        "prompt": "A cat playing the Moonlight Sonata on a piano, cinematic lighting, "
                  "close-up shot",
        "duration": 8, "quality": "720p", "aspect_ratio": "16:9",
        "generate_audio": True, "content_filter": True,
    }
    request = GenerationRequest(**doc_body)
    assert check(request) == []
    assert request.to_body() == doc_body


def test_to_body_sends_set_fields() -> None:
    body = GenerationRequest(model=R2V, prompt=PROMPT, image_urls=[IMG], video_urls=[VID],
                             audio_urls=[AUD], generate_audio=False, content_filter=False,
                             callback_url="https://your-domain.com/cb").to_body()
    assert body["video_urls"] == [VID]
    assert body["audio_urls"] == [AUD]
    assert body["generate_audio"] is False
    assert body["content_filter"] is False
    assert body["callback_url"] == "https://your-domain.com/cb"


# --- robustness: check() reports, it never raises ----------------------------------------------

@pytest.mark.parametrize("url", ["https://[abc/x.jpg", "http://[::1", "example.com/x.jpg",
                                 "https://example.com:99999/x.jpg", "", "  "])
def test_broken_media_urls_are_problems(url: str) -> None:
    problems = check(req(R2V, image_urls=[url]))
    assert [(p.field, p.index) for p in problems] == [("image_urls", 0)]


@pytest.mark.parametrize("url", ["https://[abc/cb", "https://example.com:99999/cb",
                                 "https:///cb", "your-domain.com/cb"])
def test_broken_callback_urls_are_problems(url: str) -> None:
    assert fields(check(req(callback_url=url))) == ["callback_url"]


URLISH = st.text(max_size=30) | st.builds(lambda s, t: s + t, st.sampled_from(
    ["https://", "http://", "https://[", "https://10.", "ftp://", ""]), st.text(max_size=20))


def any_request(params: st.SearchStrategy[dict[str, Any] | None]
                ) -> st.SearchStrategy[dict[str, Any]]:
    """A request's fields as keyword arguments, well-formed or not (also tests/core's draft)."""
    return st.fixed_dictionaries({
        "model": st.sampled_from([*ALL_MODELS, "x"]), "prompt": st.text(max_size=50),
        "image_urls": st.lists(URLISH, max_size=10), "video_urls": st.lists(URLISH, max_size=4),
        "audio_urls": st.lists(URLISH, max_size=4), "duration": st.integers(-5, 30),
        "quality": st.sampled_from(["480p", "720p", "1080p", "", "4k"]),
        "aspect_ratio": st.sampled_from(["16:9", "adaptive", "2:1", ""]),
        "callback_url": st.none() | URLISH, "model_params": params})


@settings(max_examples=300, deadline=None)
@given(kw=any_request(st.none() | st.just({"seed": 1})))
def test_check_never_raises(kw: dict[str, Any]) -> None:
    problems = check(GenerationRequest(**kw))
    known = {"model", "prompt", "image_urls", "video_urls", "audio_urls", "duration", "quality",
             "aspect_ratio", "model_params", "callback_url"}
    assert {p.field for p in problems} <= known
