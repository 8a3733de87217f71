"""The core's messages in the interface language: one translatable template per MessageId.

`render(text)` translates a app.core.messages.Message (or a Problem holding one) and passes any
other string through. The English templates equal the core's (a test renders real examples
with no translator installed and compares them with the core's text).
"""

from __future__ import annotations

import logging
from typing import Final

from PySide6.QtCore import QCoreApplication

from app.core.messages import Message
from app.core.messages import MessageId as M
from app.core.problems import Problem
from app.ui.noop import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
CONTEXT: Final = "Messages"


# A pair is (one, many), chosen by the param `n`. Literals sit in QT_TRANSLATE_NOOP calls so
# that lupdate finds them; "Messages" is CONTEXT.
CATALOG: Final[dict[M, str | tuple[str, str]]] = {
    M.COUNT_IMAGES: (QT_TRANSLATE_NOOP("Messages", "{n} image"),
                     QT_TRANSLATE_NOOP("Messages", "{n} images")),
    M.COUNT_VIDEOS: (QT_TRANSLATE_NOOP("Messages", "{n} video"),
                     QT_TRANSLATE_NOOP("Messages", "{n} videos")),
    M.COUNT_AUDIOS: (QT_TRANSLATE_NOOP("Messages", "{n} audio clip"),
                     QT_TRANSLATE_NOOP("Messages", "{n} audio clips")),
    M.COUNT_BYTES: (QT_TRANSLATE_NOOP("Messages", "{n:,} byte"),
                    QT_TRANSLATE_NOOP("Messages", "{n:,} bytes")),
    M.ITEM_IMAGE: QT_TRANSLATE_NOOP("Messages", "Image {n}"),
    M.ITEM_VIDEO: QT_TRANSLATE_NOOP("Messages", "Video {n}"),
    M.ITEM_AUDIO: QT_TRANSLATE_NOOP("Messages", "Audio clip {n}"),
    M.KIND_IMAGE: QT_TRANSLATE_NOOP("Messages", "image"),
    M.KIND_VIDEO: QT_TRANSLATE_NOOP("Messages", "video"),
    M.KIND_AUDIO: QT_TRANSLATE_NOOP("Messages", "audio"),
    M.MODE_TEXT: QT_TRANSLATE_NOOP("Messages", "Text to video"),
    M.MODE_IMAGE: QT_TRANSLATE_NOOP("Messages", "Image to video"),
    M.MODE_REFERENCE: QT_TRANSLATE_NOOP("Messages", "Reference to video"),
    M.TIER_STANDARD: QT_TRANSLATE_NOOP("Messages", "Standard"),
    M.TIER_FAST: QT_TRANSLATE_NOOP("Messages", "Fast"),
    M.TIER_MINI: QT_TRANSLATE_NOOP("Messages", "Mini"),
    M.MODEL_LABEL: QT_TRANSLATE_NOOP("Messages", "{mode} · {tier}"),
    M.SLOT_FIRST_FRAME: QT_TRANSLATE_NOOP("Messages", "First frame"),
    M.SLOT_LAST_FRAME: QT_TRANSLATE_NOOP("Messages", "Last frame"),
    M.SLOT_IMAGE: QT_TRANSLATE_NOOP("Messages", "Image {n}"),
    M.SLOT_VIDEO: QT_TRANSLATE_NOOP("Messages", "Video {n}"),
    M.SLOT_AUDIO: QT_TRANSLATE_NOOP("Messages", "Audio {n}"),
    M.KIND_TITLE_IMAGES: QT_TRANSLATE_NOOP("Messages", "Images"),
    M.KIND_TITLE_VIDEOS: QT_TRANSLATE_NOOP("Messages", "Videos"),
    M.KIND_TITLE_AUDIO: QT_TRANSLATE_NOOP("Messages", "Audio"),
    M.QUALITY_STANDARD_ONLY: QT_TRANSLATE_NOOP(
        "Messages", "{quality} is only available on the standard models; {fast} and {mini} "
        "render up to {best}"),
    M.NO_IMAGES_ON_TEXT: QT_TRANSLATE_NOOP(
        "Messages", "Text-to-video models take no images; choose image or reference to video"),
    M.REFERENCE_ONLY_VIDEOS: QT_TRANSLATE_NOOP(
        "Messages", "Only reference-to-video models take reference videos"),
    M.REFERENCE_ONLY_AUDIO: QT_TRANSLATE_NOOP(
        "Messages", "Only reference-to-video models take reference audio clips"),
    M.MODEL_PARAMS_NOT_TAKEN: QT_TRANSLATE_NOOP(
        "Messages", "Model parameters apply only to the Standard and Fast text-to-video models"),
    M.UNKNOWN_MODEL: QT_TRANSLATE_NOOP(
        "Messages", "Unknown model “{model}”; choose one of the nine Seedance 2.0 models"),
    M.PROMPT_EMPTY: QT_TRANSLATE_NOOP("Messages", "Write a prompt describing the video"),
    M.PROMPT_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The prompt is about {tokens:,} tokens; the limit is {limit:,}"),
    M.PROMPT_CJK_ADVICE: QT_TRANSLATE_NOOP(
        "Messages", "{n} Chinese characters: about {limit} or fewer is recommended"),
    M.PROMPT_WORDS_ADVICE: QT_TRANSLATE_NOOP(
        "Messages", "{n} words: about {limit} or fewer is recommended"),
    M.DURATION_TOO_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "Duration must be a whole number of seconds from {lo} to {hi}; "
        "{duration} s is too short"),
    M.DURATION_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "Duration must be a whole number of seconds from {lo} to {hi}; "
        "{duration} s is too long"),
    M.UNKNOWN_QUALITY: QT_TRANSLATE_NOOP(
        "Messages", "Unknown quality “{quality}”; use 480p, 720p or 1080p"),
    M.UNKNOWN_ASPECT: QT_TRANSLATE_NOOP(
        "Messages", "Unknown aspect ratio “{aspect}”; use {choices}"),
    M.MEDIA_NOT_TAKEN: QT_TRANSLATE_NOOP("Messages", "{reason}; remove the {count}"),
    M.TOO_FEW: QT_TRANSLATE_NOOP("Messages", "{mode} needs at least {count}"),
    M.TOO_FEW_FIRST_FRAME: QT_TRANSLATE_NOOP(
        "Messages", "{mode} needs at least {count} as the first frame"),
    M.TOO_MANY_URLS: QT_TRANSLATE_NOOP(
        "Messages", "{count} given; this model takes at most {limit}"),
    M.URL_EMPTY: QT_TRANSLATE_NOOP("Messages", "{item} is empty"),
    M.URL_INVALID: QT_TRANSLATE_NOOP("Messages", "{item} is not a valid URL"),
    M.URL_NOT_HTTP: QT_TRANSLATE_NOOP(
        "Messages", "{item} is not an http(s) URL the server can fetch"),
    M.AUDIO_ALONE: QT_TRANSLATE_NOOP(
        "Messages", "Audio cannot be used alone: add at least one image or one video"),
    M.CALLBACK_TOO_LONG: QT_TRANSLATE_NOOP(
        "Messages", "The callback URL is {length} characters long; the limit is {limit}"),
    M.CALLBACK_INVALID: QT_TRANSLATE_NOOP("Messages", "The callback URL is not a valid URL"),
    M.CALLBACK_NOT_HTTPS: QT_TRANSLATE_NOOP(
        "Messages", "The callback URL must start with https://"),
    M.CALLBACK_NO_HOST: QT_TRANSLATE_NOOP("Messages", "The callback URL has no host name"),
    M.CALLBACK_LOCALHOST: QT_TRANSLATE_NOOP(
        "Messages", "The callback URL cannot point at this computer (localhost)"),
    M.CALLBACK_PRIVATE: QT_TRANSLATE_NOOP(
        "Messages", "The callback URL cannot point at a private or local address ({host})"),
    M.FILE_PROBLEM: QT_TRANSLATE_NOOP("Messages", "{name}: {problem}"),
    M.FORMAT_REFUSED: QT_TRANSLATE_NOOP("Messages", "{format} is not accepted; use {formats}"),
    M.FILE_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "{size} is over the {limit} limit by {excess}"),
    M.WIDTH_OUTSIDE: QT_TRANSLATE_NOOP("Messages", "width {px} px is outside {lo}–{hi} px"),
    M.HEIGHT_OUTSIDE: QT_TRANSLATE_NOOP("Messages", "height {px} px is outside {lo}–{hi} px"),
    M.ASPECT_OUTSIDE: QT_TRANSLATE_NOOP(
        "Messages", "aspect ratio {ratio} ({width}×{height}) is outside {lo}–{hi}"),
    M.FRAME_PIXELS_OUTSIDE: QT_TRANSLATE_NOOP(
        "Messages", "{width}×{height} = {pixels:,} pixels per frame is outside {lo:,}–{hi:,}"),
    M.DURATION_OUTSIDE: QT_TRANSLATE_NOOP("Messages", "{duration} s is outside {lo:g}–{hi:g} s"),
    M.FPS_OUTSIDE: QT_TRANSLATE_NOOP("Messages", "{fps:.2f} fps is outside {lo:g}–{hi:g} fps"),
    M.TOO_MANY_FILES: QT_TRANSLATE_NOOP(
        "Messages", "{n} {kind} files; at most {limit} can be used"),
    M.TOTAL_DURATION_OVER: QT_TRANSLATE_NOOP(
        "Messages", "{total} s of {kind} in all is over the {limit:g} s total by {over} s"),
    M.BODY_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "{size} of media in all is over the {limit} request limit by {excess}"),
    M.QUALITY_CHANGED: QT_TRANSLATE_NOOP(
        "Messages", "Quality changed from {wanted} to {got}: {tier} models render up to {best}"),
    M.GREYED_NOT_TAKEN: QT_TRANSLATE_NOOP("Messages", "{reason}. Kept here, not sent"),
    M.GREYED_OVER_CAPACITY: QT_TRANSLATE_NOOP(
        "Messages", "{mode} uses at most {count}. Kept here, not sent"),
    M.KEPT_NOT_USED: QT_TRANSLATE_NOOP("Messages", "{count} kept but not used by {model}"),
    M.JSON_INVALID: QT_TRANSLATE_NOOP(
        "Messages", "Not valid JSON: {error} (line {line}, column {column})"),
    M.JSON_NOT_OBJECT: QT_TRANSLATE_NOOP(
        "Messages", "Model parameters must be a JSON object, like {example}"),
    M.PROMPT_ABOUT_TOKENS: QT_TRANSLATE_NOOP(
        "Messages", "About {tokens:,} tokens: the limit is {limit:,}"),
    M.PRICE_UNKNOWN_MODEL: QT_TRANSLATE_NOOP("Messages", "unknown model"),
    M.PRICE_UNKNOWN_QUALITY: QT_TRANSLATE_NOOP("Messages", "unknown quality"),
    M.PRICES_NOT_PUBLISHED: QT_TRANSLATE_NOOP("Messages", "{what} prices are not published"),
    M.PRICE_PLUS_INPUT_VIDEO: QT_TRANSLATE_NOOP("Messages", "plus the seconds of input video"),
    M.PRICE_FILTER_OFF: QT_TRANSLATE_NOOP("Messages", "+10% with the content filter off"),
    M.API_KEY_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "The API key was refused: it is wrong, expired or disabled"),
    M.API_NO_CREDITS: QT_TRANSLATE_NOOP(
        "Messages", "Not enough credits (or this key's quota is used up)"),
    M.API_NO_ACCESS: QT_TRANSLATE_NOOP("Messages", "This key has no access to that model"),
    M.API_NOT_FOUND: QT_TRANSLATE_NOOP("Messages", "Not found"),
    M.API_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Messages", "The request is too large (the limit is 64 MB)"),
    M.API_RATE_LIMITED: QT_TRANSLATE_NOOP(
        "Messages", "Too many requests at once; the server asked us to wait"),
    M.API_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Messages", "The video service is temporarily unavailable"),
    M.API_HTTP_STATUS: QT_TRANSLATE_NOOP("Messages", "The server answered HTTP {status}"),
    M.UPLOAD_REFUSED: QT_TRANSLATE_NOOP("Messages", "Refused by the file service: {reason}"),
    M.UPLOAD_REFUSED_USE_URL: QT_TRANSLATE_NOOP(
        "Messages", "The file service refused {name} ({reason}): give a URL to this {kind} "
        "instead"),
    M.UPLOAD_NO_REASON: QT_TRANSLATE_NOOP("Messages", "no reason given"),
    M.UPLOAD_UNREADABLE: QT_TRANSLATE_NOOP(
        "Messages", "{name} could not be read for its upload ({error})"),
}


def template(message: Message) -> str | None:
    """The English template of `message` (its plural form chosen), or None if unknown."""
    entry = CATALOG.get(message.id)
    if isinstance(entry, tuple):
        return entry[0] if message.params.get("n") == 1 else entry[1]
    return entry


def render(text: str | Problem) -> str:
    """`text` in the interface language; a plain string, or an unknown id, stays as it is."""
    if isinstance(text, Problem):
        text = text.message
    if not isinstance(text, Message):
        return text
    source = template(text)
    if source is None:
        return str(text)
    params = {k: render(v) if isinstance(v, Message) else v for k, v in text.params.items()}
    try:
        shown = QCoreApplication.translate(CONTEXT, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
        log.warning("translation of %r does not fit its parameters", source)
        return str(text)
    return shown or str(text)
