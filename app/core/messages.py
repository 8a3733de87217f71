"""English sentences that also name their template and values, so the UI can translate them.

The core speaks English (the CLI prints it, the simulator answers with it); a `Message` is that
English text *and* a stable id plus the parameters that filled it. app/ui/messages.py holds the
translatable template of every id and renders a Message in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from app.core import capabilities
from app.core.capabilities import Mode, ModelSpec, Quality, Tier


class MessageId(StrEnum):
    """Every template the core and the services can emit (the UI's catalog must hold each)."""

    # Nouns and labels used inside other messages
    COUNT_IMAGES = "count_images"
    COUNT_VIDEOS = "count_videos"
    COUNT_AUDIOS = "count_audios"
    COUNT_BYTES = "count_bytes"
    ITEM_IMAGE = "item_image"
    ITEM_VIDEO = "item_video"
    ITEM_AUDIO = "item_audio"
    KIND_IMAGE = "kind_image"
    KIND_VIDEO = "kind_video"
    KIND_AUDIO = "kind_audio"
    MODE_TEXT = "mode_text"
    MODE_IMAGE = "mode_image"
    MODE_REFERENCE = "mode_reference"
    TIER_STANDARD = "tier_standard"
    TIER_FAST = "tier_fast"
    TIER_MINI = "tier_mini"
    MODEL_LABEL = "model_label"
    SLOT_FIRST_FRAME = "slot_first_frame"
    SLOT_LAST_FRAME = "slot_last_frame"
    SLOT_IMAGE = "slot_image"
    SLOT_VIDEO = "slot_video"
    SLOT_AUDIO = "slot_audio"
    KIND_TITLE_IMAGES = "kind_title_images"
    KIND_TITLE_VIDEOS = "kind_title_videos"
    KIND_TITLE_AUDIO = "kind_title_audio"
    # What a model can take (the capability table)
    QUALITY_STANDARD_ONLY = "quality_standard_only"
    NO_IMAGES_ON_TEXT = "no_images_on_text"
    REFERENCE_ONLY_VIDEOS = "reference_only_videos"
    REFERENCE_ONLY_AUDIO = "reference_only_audio"
    MODEL_PARAMS_NOT_TAKEN = "model_params_not_taken"
    # The request rules (app/core/rules.py)
    UNKNOWN_MODEL = "unknown_model"
    PROMPT_EMPTY = "prompt_empty"
    PROMPT_TOO_LONG = "prompt_too_long"
    PROMPT_CJK_ADVICE = "prompt_cjk_advice"
    PROMPT_WORDS_ADVICE = "prompt_words_advice"
    DURATION_TOO_SHORT = "duration_too_short"
    DURATION_TOO_LONG = "duration_too_long"
    UNKNOWN_QUALITY = "unknown_quality"
    UNKNOWN_ASPECT = "unknown_aspect"
    MEDIA_NOT_TAKEN = "media_not_taken"
    TOO_FEW = "too_few"
    TOO_FEW_FIRST_FRAME = "too_few_first_frame"
    TOO_MANY_URLS = "too_many_urls"
    URL_EMPTY = "url_empty"
    URL_INVALID = "url_invalid"
    URL_NOT_HTTP = "url_not_http"
    AUDIO_ALONE = "audio_alone"
    CALLBACK_TOO_LONG = "callback_too_long"
    CALLBACK_INVALID = "callback_invalid"
    CALLBACK_NOT_HTTPS = "callback_not_https"
    CALLBACK_NO_HOST = "callback_no_host"
    CALLBACK_LOCALHOST = "callback_localhost"
    CALLBACK_PRIVATE = "callback_private"
    # The media limits (app/core/media_limits.py)
    FILE_PROBLEM = "file_problem"
    FORMAT_REFUSED = "format_refused"
    FILE_TOO_LARGE = "file_too_large"
    WIDTH_OUTSIDE = "width_outside"
    HEIGHT_OUTSIDE = "height_outside"
    ASPECT_OUTSIDE = "aspect_outside"
    FRAME_PIXELS_OUTSIDE = "frame_pixels_outside"
    DURATION_OUTSIDE = "duration_outside"
    FPS_OUTSIDE = "fps_outside"
    TOO_MANY_FILES = "too_many_files"
    TOTAL_DURATION_OVER = "total_duration_over"
    BODY_TOO_LARGE = "body_too_large"
    # The composer (app/core/composer_rules.py)
    QUALITY_CHANGED = "quality_changed"
    GREYED_NOT_TAKEN = "greyed_not_taken"
    GREYED_OVER_CAPACITY = "greyed_over_capacity"
    KEPT_NOT_USED = "kept_not_used"
    JSON_INVALID = "json_invalid"
    JSON_NOT_OBJECT = "json_not_object"
    PROMPT_ABOUT_TOKENS = "prompt_about_tokens"
    # Price notes (app/core/pricing.py)
    PRICE_UNKNOWN_MODEL = "price_unknown_model"
    PRICE_UNKNOWN_QUALITY = "price_unknown_quality"
    PRICES_NOT_PUBLISHED = "prices_not_published"
    PRICE_PLUS_INPUT_VIDEO = "price_plus_input_video"
    PRICE_FILTER_OFF = "price_filter_off"
    # The API and the file service (app/services/errors.py, uploads.py)
    API_KEY_REFUSED = "api_key_refused"
    API_NO_CREDITS = "api_no_credits"
    API_NO_ACCESS = "api_no_access"
    API_NOT_FOUND = "api_not_found"
    API_TOO_LARGE = "api_too_large"
    API_RATE_LIMITED = "api_rate_limited"
    API_UNAVAILABLE = "api_unavailable"
    API_HTTP_STATUS = "api_http_status"
    UPLOAD_REFUSED = "upload_refused"
    UPLOAD_REFUSED_USE_URL = "upload_refused_use_url"
    UPLOAD_NO_REASON = "upload_no_reason"
    UPLOAD_UNREADABLE = "upload_unreadable"
    # Reading a local file (app/services/probe.py)
    PROBE_NO_SUCH_FILE = "probe_no_such_file"
    PROBE_UNSUPPORTED_TYPE = "probe_unsupported_type"
    PROBE_NOT_AN_IMAGE = "probe_not_an_image"
    PROBE_NO_VIDEO_STREAM = "probe_no_video_stream"
    PROBE_NO_AUDIO_STREAM = "probe_no_audio_stream"
    PROBE_UNREADABLE_AS = "probe_unreadable_as"
    # The connection to the API (app/services/client.py)
    NET_CONNECT_FAILED = "net_connect_failed"
    NET_TIMED_OUT = "net_timed_out"
    NET_BROKE = "net_broke"
    API_NOT_JSON = "api_not_json"
    API_ERROR_DETAIL = "api_error_detail"
    # Prices and charges (issue 21 item 2: pricing.py, price_rules.py, price_choice.py)
    PRICE_WEB_SEARCH = "price_web_search"
    PRICE_SOURCE_QUOTE = "price_source_quote"
    PRICE_SOURCE_RULES = "price_source_rules"
    PRICE_SOURCE_TABLE = "price_source_table"
    PRICE_SOURCE_LEARNED = "price_source_learned"
    PRICE_SOURCE_SAYS = "price_source_says"
    AGE_JUST_NOW = "age_just_now"
    AGE_MINUTES = "age_minutes"
    AGE_HOURS = "age_hours"
    AGE_DAYS = "age_days"
    MODEL_NOT_ALLOWED = "model_not_allowed"
    SENT_ANSWER_UNUSABLE = "sent_answer_unusable"
    SENT_NO_ANSWER = "sent_no_answer"
    # What a queue row says while it waits (poller.py, task_queue.py, generation.py)
    POLL_OFFLINE = "poll_offline"
    POLL_RETRYING = "poll_retrying"
    POLL_UNEXPECTED = "poll_unexpected"
    DOWNLOAD_INTERRUPTED = "download_interrupted"
    STOP_TRACKING_FIRST = "stop_tracking_first"
    APP_STOPPED_MID_SUBMIT = "app_stopped_mid_submit"
    NO_RESULT_URL = "no_result_url"
    NO_TASK_ID = "no_task_id"
    # Downloading a clip (app/services/downloads.py)
    DL_BAD_ADDRESS = "dl_bad_address"
    DL_USER_INFO = "dl_user_info"
    DL_NOT_HTTPS = "dl_not_https"
    DL_GAVE_UP = "dl_gave_up"
    DL_CANNOT_WRITE = "dl_cannot_write"
    DL_TOO_MANY_REDIRECTS = "dl_too_many_redirects"
    DL_EXPIRED = "dl_expired"
    DL_PART_MISMATCH = "dl_part_mismatch"
    DL_HTTP_STATUS = "dl_http_status"
    DL_WRONG_PLACE = "dl_wrong_place"
    DL_COMPRESSED = "dl_compressed"
    DL_REFUSED = "dl_refused"
    DL_CLOSED_EARLY = "dl_closed_early"
    DL_CANNOT_READ = "dl_cannot_read"
    DL_NOT_MP4 = "dl_not_mp4"
    DL_CANNOT_SAVE = "dl_cannot_save"
    DL_TIMED_OUT = "dl_timed_out"
    DL_CONNECT_FAILED = "dl_connect_failed"
    DL_BROKE = "dl_broke"
    # The OS keychain (app/services/keychain.py)
    KEYCHAIN_PROBLEM = "keychain_problem"
    KEYCHAIN_HINT = "keychain_hint"
    KEYCHAIN_NONE = "keychain_none"
    KEYCHAIN_FILE_BACKEND = "keychain_file_backend"
    KEYCHAIN_LIBRARY_BROKEN = "keychain_library_broken"
    KEYCHAIN_READ_FAILED = "keychain_read_failed"
    KEYCHAIN_STORE_FAILED = "keychain_store_failed"
    KEYCHAIN_DELETE_FAILED = "keychain_delete_failed"
    KEYCHAIN_FIX_LINUX = "keychain_fix_linux"
    KEYCHAIN_FIX_MACOS = "keychain_fix_macos"
    KEYCHAIN_FIX_WINDOWS = "keychain_fix_windows"
    KEYCHAIN_FALLBACK = "keychain_fallback"
    KEY_EMPTY = "key_empty"
    KEY_WHITESPACE = "key_whitespace"
    # A settings field's problem (app/services/settings.py, naming.py, config.py)
    SETTING_ON_OFF = "setting_on_off"
    SETTING_WHOLE_NUMBER = "setting_whole_number"
    SETTING_BETWEEN = "setting_between"
    SETTING_TEXT = "setting_text"
    SETTING_ONE_OF = "setting_one_of"
    FOLDER_NOT_FULL_PATH = "folder_not_full_path"
    FOLDER_IS_FILE = "folder_is_file"
    TEMPLATE_EMPTY = "template_empty"
    TEMPLATE_UNKNOWN_FIELD = "template_unknown_field"
    TEMPLATE_UNMATCHED = "template_unmatched"
    URL_NAME_API_BASE = "url_name_api_base"
    URL_NAME_FILES = "url_name_files"
    URL_NOT_HTTP_URL = "url_not_http_url"
    URL_NEEDS_HTTPS = "url_needs_https"
    # Issue 21 item 4: account refusals in their own words (errors helper)
    ACCOUNT_BALANCE_LOW = "account_balance_low"
    ACCOUNT_BALANCE_LOW_FIGURES = "account_balance_low_figures"
    ACCOUNT_BALANCE_LOW_NEEDS = "account_balance_low_needs"
    ACCOUNT_BALANCE_LOW_HAS = "account_balance_low_has"
    KEY_LIMIT_REACHED = "key_limit_reached"
    KEY_DAILY_LIMIT_RESETS_AT = "key_daily_limit_resets_at"
    KEY_DAILY_LIMIT_MIDNIGHT_IN = "key_daily_limit_midnight_in"
    KEY_DAILY_LIMIT = "key_daily_limit"
    KEY_DISABLED = "key_disabled"
    KEY_EXPIRED = "key_expired"
    KEY_MODEL_NOT_ALLOWED = "key_model_not_allowed"
    ACCOUNT_DISABLED = "account_disabled"
    MEDIA_URL_UNUSABLE = "media_url_unusable"
    NOT_CREATED = "not_created"
    # The file service: quota, its own errors (issue 21 item 5, "files")
    FILES_QUOTA_SHORT = "files_quota_short"
    FILES_QUOTA_EXHAUSTED = "files_quota_exhausted"
    FILES_UNAVAILABLE = "files_unavailable"
    FILES_HTTP_STATUS = "files_http_status"
    # --- Recovery of lost submissions (issue 21, part "recovery": app/services/recovery.py) ---
    RECOVERY_NOT_FOUND = "recovery_not_found"
    RECOVERY_SEVERAL = "recovery_several"
    RECOVERY_NOT_A_CANDIDATE = "recovery_not_a_candidate"
    RESEND_ONLY_UNKNOWN = "resend_only_unknown"
    RESEND_REPLAYED = "resend_replayed"
    RESEND_NEW_TASK = "resend_new_task"
    RESEND_REFUSED = "resend_refused"
    # --- The daily budget (issue 21 item 3, "spending": app/core/budget.py) ---
    BUDGET_FIGURES = "budget_figures"
    BUDGET_FIGURES_UNPRICED = "budget_figures_unpriced"
    # Takes (app/core/takes.py)
    VARY_UNKNOWN_KEY = "vary_unknown_key"
    VARY_TOO_FEW = "vary_too_few"
    VARY_BAD_VALUE = "vary_bad_value"
    VARY_TOO_MANY = "vary_too_many"
    TAKES_COUNT = "takes_count"
    TAKES_TOO_MANY = "takes_too_many"


class Message(str):
    """An English sentence that also carries `id` and `params` (the values it was filled with).

    It *is* a str, so everything that prints, compares or serialises core messages keeps
    working unchanged; only the UI looks at `id`. A param may itself be a Message (a noun, a
    label), which the UI translates too. Plural templates pass the count as `n`.
    """

    id: MessageId
    params: Mapping[str, Any]

    def __new__(cls, id: MessageId, template: str, /, **params: Any) -> Message:
        return cls._of(id, template.format(**params), params)

    @classmethod
    def _of(cls, id: MessageId, text: str, params: Mapping[str, Any]) -> Message:
        self = str.__new__(cls, text)
        self.id = id
        self.params = MappingProxyType(dict(params))
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy/deepcopy/pickle: keep id and params
        return (Message._of, (self.id, str(self), dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({self.id.value!r}, {str(self)!r})"


M = MessageId

_COUNTS: Final = {
    "image": (M.COUNT_IMAGES, "{n} image", "{n} images"),
    "video": (M.COUNT_VIDEOS, "{n} video", "{n} videos"),
    "audio": (M.COUNT_AUDIOS, "{n} audio clip", "{n} audio clips"),
}
_ITEMS: Final = {"image": (M.ITEM_IMAGE, "Image {n}"), "video": (M.ITEM_VIDEO, "Video {n}"),
                 "audio": (M.ITEM_AUDIO, "Audio clip {n}")}
_KINDS: Final = {"image": M.KIND_IMAGE, "video": M.KIND_VIDEO, "audio": M.KIND_AUDIO}
_MODES: Final = {Mode.TEXT: M.MODE_TEXT, Mode.IMAGE: M.MODE_IMAGE,
                 Mode.REFERENCE: M.MODE_REFERENCE}
_TIERS: Final = {Tier.STANDARD: M.TIER_STANDARD, Tier.FAST: M.TIER_FAST, Tier.MINI: M.TIER_MINI}


def plural(n: int, id: MessageId, one: str, many: str) -> Message:
    """`n` of something, e.g. plural(2, COUNT_IMAGES, "{n} image", "{n} images")."""
    return Message(id, one if n == 1 else many, n=n)


def count(kind: str, n: int) -> Message:
    """"1 image", "3 audio clips": `kind` is a MediaKind value."""
    id, one, many = _COUNTS[kind]
    return plural(n, id, one, many)


def item(kind: str, number: int) -> Message:
    """"Image 2", "Audio clip 1": one item of a list field, numbered from 1."""
    id, template = _ITEMS[kind]
    return Message(id, template, n=number)


def kind_word(kind: str) -> Message:
    return Message(_KINDS[kind], kind)


def mode_label(mode: Mode) -> Message:
    return Message(_MODES[mode], mode.label)


def tier_label(tier: Tier) -> Message:
    return Message(_TIERS[tier], tier.label)


def model_label(spec: ModelSpec) -> Message:
    return Message(M.MODEL_LABEL, "{mode} · {tier}", mode=mode_label(spec.mode),
                   tier=tier_label(spec.tier))


def audio_alone() -> Message:
    return Message(M.AUDIO_ALONE,
                   "Audio cannot be used alone: add at least one image or one video")


# The capability table's reasons, with ids; a test keeps each equal to capabilities' text.
def quality_reason(spec: ModelSpec, quality: Quality) -> Message | None:
    if capabilities.quality_reason(spec, quality) is None:
        return None
    return Message(M.QUALITY_STANDARD_ONLY, "{quality} is only available on the standard "
                   "models; {fast} and {mini} render up to {best}", quality=quality.value,
                   fast=tier_label(Tier.FAST), mini=tier_label(Tier.MINI),
                   best=spec.qualities[-1].value)


def media_reason(spec: ModelSpec, kind: str) -> Message | None:
    if capabilities.media_reason(spec, kind) is None:
        return None
    if kind == "image":
        return Message(M.NO_IMAGES_ON_TEXT, "Text-to-video models take no images; choose "
                       "image or reference to video")
    if kind == "video":
        return Message(M.REFERENCE_ONLY_VIDEOS,
                       "Only reference-to-video models take reference videos")
    return Message(M.REFERENCE_ONLY_AUDIO,
                   "Only reference-to-video models take reference audio clips")


def model_params_reason(spec: ModelSpec) -> Message | None:
    if capabilities.model_params_reason(spec) is None:
        return None
    return Message(M.MODEL_PARAMS_NOT_TAKEN, "Model parameters apply only to the Standard "
                   "and Fast text-to-video models")
