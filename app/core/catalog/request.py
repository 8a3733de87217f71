"""What the user asks for: words, model capabilities, request and media rules, composer notes,
takes, reuse."""

from __future__ import annotations

from app.core.message_catalog import N_, MessageId


class WordsMsg(MessageId):
    """Nouns and labels used inside other sentences."""

    COUNT_IMAGES = N_("{n} image"), N_("{n} images")
    COUNT_VIDEOS = N_("{n} video"), N_("{n} videos")
    COUNT_AUDIOS = N_("{n} audio clip"), N_("{n} audio clips")
    COUNT_BYTES = N_("{n:,} byte"), N_("{n:,} bytes")
    ITEM_IMAGE = N_("Image {n}")
    ITEM_VIDEO = N_("Video {n}")
    ITEM_AUDIO = N_("Audio clip {n}")
    KIND_IMAGE = N_("image")
    KIND_VIDEO = N_("video")
    KIND_AUDIO = N_("audio")
    MODE_TEXT = N_("Text to video")
    MODE_IMAGE = N_("Image to video")
    MODE_REFERENCE = N_("Reference to video")
    TIER_STANDARD = N_("Standard")
    TIER_FAST = N_("Fast")
    TIER_MINI = N_("Mini")
    MODEL_LABEL = N_("{mode} · {tier}")
    SLOT_FIRST_FRAME = N_("First frame")
    SLOT_LAST_FRAME = N_("Last frame")
    SLOT_IMAGE = N_("Image {n}")
    SLOT_VIDEO = N_("Video {n}")
    SLOT_AUDIO = N_("Audio {n}")
    KIND_TITLE_IMAGES = N_("Images")
    KIND_TITLE_VIDEOS = N_("Videos")
    KIND_TITLE_AUDIO = N_("Audio")


class CapabilityMsg(MessageId):
    """What a model can take (the capability table)."""

    QUALITY_STANDARD_ONLY = N_(
        "{quality} is only available on the standard models; {fast} and {mini} render up to "
        "{best}")
    NO_IMAGES_ON_TEXT = N_(
        "Text-to-video models take no images; choose image or reference to video")
    REFERENCE_ONLY_VIDEOS = N_("Only reference-to-video models take reference videos")
    REFERENCE_ONLY_AUDIO = N_("Only reference-to-video models take reference audio clips")
    MODEL_PARAMS_NOT_TAKEN = N_(
        "Model parameters apply only to the Standard and Fast text-to-video models")


class RulesMsg(MessageId):
    """The request rules (app/core/rules.py)."""

    UNKNOWN_MODEL = N_("Unknown model “{model}”; choose one of the nine Seedance 2.0 models")
    PROMPT_EMPTY = N_("Write a prompt describing the video")
    PROMPT_TOO_LONG = N_("The prompt is about {tokens:,} tokens; the limit is {limit:,}")
    PROMPT_CJK_ADVICE = N_("{n} Chinese characters: about {limit} or fewer is recommended")
    PROMPT_WORDS_ADVICE = N_("{n} words: about {limit} or fewer is recommended")
    DURATION_TOO_SHORT = N_(
        "Duration must be a whole number of seconds from {lo} to {hi}; {duration} s is too "
        "short")
    DURATION_TOO_LONG = N_(
        "Duration must be a whole number of seconds from {lo} to {hi}; {duration} s is too long")
    UNKNOWN_QUALITY = N_("Unknown quality “{quality}”; use 480p, 720p or 1080p")
    UNKNOWN_ASPECT = N_("Unknown aspect ratio “{aspect}”; use {choices}")
    MEDIA_NOT_TAKEN = N_("{reason}; remove the {count}")
    TOO_FEW = N_("{mode} needs at least {count}")
    TOO_FEW_FIRST_FRAME = N_("{mode} needs at least {count} as the first frame")
    TOO_MANY_URLS = N_("{count} given; this model takes at most {limit}")
    URL_EMPTY = N_("{item} is empty")
    URL_INVALID = N_("{item} is not a valid URL")
    URL_NOT_HTTP = N_("{item} is not an http(s) URL the server can fetch")
    AUDIO_ALONE = N_("Audio cannot be used alone: add at least one image or one video")
    CALLBACK_TOO_LONG = N_("The callback URL is {length} characters long; the limit is {limit}")
    CALLBACK_INVALID = N_("The callback URL is not a valid URL")
    CALLBACK_NOT_HTTPS = N_("The callback URL must start with https://")
    CALLBACK_NO_HOST = N_("The callback URL has no host name")
    CALLBACK_LOCALHOST = N_("The callback URL cannot point at this computer (localhost)")
    CALLBACK_PRIVATE = N_("The callback URL cannot point at a private or local address ({host})")
    PROMPT_INVISIBLE = N_(
        "The prompt holds only invisible characters (zero-width spaces or joiners): write what "
        "the video should show")


class MediaLimitsMsg(MessageId):
    """The media limits (app/core/media_limits.py)."""

    FILE_PROBLEM = N_("{name}: {problem}")
    FORMAT_REFUSED = N_("{format} is not accepted; use {formats}")
    FILE_TOO_LARGE = N_("{size} is over the {limit} limit by {excess}")
    WIDTH_OUTSIDE = N_("width {px} px is outside {lo}–{hi} px")
    HEIGHT_OUTSIDE = N_("height {px} px is outside {lo}–{hi} px")
    ASPECT_OUTSIDE = N_("aspect ratio {ratio} ({width}×{height}) is outside {lo}–{hi}")
    FRAME_PIXELS_OUTSIDE = N_(
        "{width}×{height} = {pixels:,} pixels per frame is outside {lo:,}–{hi:,}")
    DURATION_OUTSIDE = N_("{duration} s is outside {lo:g}–{hi:g} s")
    FPS_OUTSIDE = N_("{fps:.2f} fps is outside {lo:g}–{hi:g} fps")
    TOO_MANY_FILES = N_("{n} {kind} files; at most {limit} can be used")
    TOTAL_DURATION_OVER = N_(
        "{total} s of {kind} in all is over the {limit:g} s total by {over} s")
    BODY_TOO_LARGE = N_("{size} of media in all is over the {limit} request limit by {excess}")


class ComposerMsg(MessageId):
    """The composer's own notes (app/core/composer_rules.py)."""

    QUALITY_CHANGED = N_(
        "Quality changed from {wanted} to {got}: {tier} models render up to {best}")
    GREYED_NOT_TAKEN = N_("{reason}. Kept here, not sent")
    GREYED_OVER_CAPACITY = N_("{mode} uses at most {count}. Kept here, not sent")
    KEPT_NOT_USED = N_("{count} kept but not used by {model}")
    JSON_INVALID = N_("Not valid JSON: {error} (line {line}, column {column})")
    JSON_NOT_OBJECT = N_("Model parameters must be a JSON object, like {example}")
    PROMPT_ABOUT_TOKENS = N_("About {tokens:,} tokens: the limit is {limit:,}")


class TakesMsg(MessageId):
    """Take sets (app/core/takes.py)."""

    VARY_UNKNOWN_KEY = N_("“{text}” is not KEY=V1,V2 with KEY one of {keys}")
    VARY_TOO_FEW = N_("--vary {key} needs at least two values")
    VARY_BAD_VALUE = N_("“{value}” is not a {key} value")
    VARY_TOO_MANY = N_("Vary at most {max} different settings at once")
    TAKES_COUNT = N_("Takes must be 1 to {max}, not {n}")
    TAKES_TOO_MANY = N_("{n} takes in one set; at most {max}")


class ReuseMsg(MessageId):
    """"Reuse settings": what changed (app/core/reuse_changes.py)."""

    REUSE_DURATION_CHANGED = N_("Duration {old} s became {new} s (clips are {lo}–{hi} s).")
    REUSE_QUALITY_CHANGED = N_("Quality {old} became {new}: {model} does not offer {old}.")
    REUSE_MODEL_CHANGED = N_("Model {old} is not available here: {new} is used instead.")
