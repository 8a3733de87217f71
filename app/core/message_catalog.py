"""Every user-facing sentence of the core and the services, written once: its id and template.

The templates are English and marked with N_, a no-op that packaging/update-translations.py
teaches lupdate to read (as QT_TR_NOOP, which puts them in the .ts under the empty context,
CONTEXT). The UI translates a Message's template with QCoreApplication.translate(CONTEXT, …)
and fills its parameters. A member with two templates is plural: (one, many), chosen by the
parameter `n`. The member's name is the stable id the task store keeps (never reuse one).
"""

from __future__ import annotations

import itertools
from enum import Enum
from typing import Final

CONTEXT: Final = ""  # lupdate gives QT_TR_NOOP outside a QObject class no context
_ORDER = itertools.count()


def N_(text: str) -> str:
    """Mark `text` for translation (lupdate reads the call); returns it unchanged."""
    return text


class MessageId(Enum):
    """A sentence the core or the services can say: `forms` holds its English template(s)."""

    forms: tuple[str, ...]

    def __new__(cls, *forms: str) -> MessageId:
        self = object.__new__(cls)
        self._value_ = next(_ORDER)  # unique even where two ids share a template
        self.forms = forms
        return self

    def template(self, n: object = None) -> str:
        """The English template: the singular form when `n` is 1 for a plural message."""
        return self.forms[0] if n == 1 or len(self.forms) == 1 else self.forms[1]

    @property
    def key(self) -> str:
        """The stable id kept in the store: the member's name."""
        return self.name

    # Nouns and labels used inside other messages
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
    # What a model can take (the capability table)
    QUALITY_STANDARD_ONLY = N_(
        "{quality} is only available on the standard models; {fast} and {mini} render up to "
        "{best}")
    NO_IMAGES_ON_TEXT = N_(
        "Text-to-video models take no images; choose image or reference to video")
    REFERENCE_ONLY_VIDEOS = N_("Only reference-to-video models take reference videos")
    REFERENCE_ONLY_AUDIO = N_("Only reference-to-video models take reference audio clips")
    MODEL_PARAMS_NOT_TAKEN = N_(
        "Model parameters apply only to the Standard and Fast text-to-video models")
    # The request rules (app/core/rules.py)
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
    # The media limits (app/core/media_limits.py)
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
    # The composer (app/core/composer_rules.py)
    QUALITY_CHANGED = N_(
        "Quality changed from {wanted} to {got}: {tier} models render up to {best}")
    GREYED_NOT_TAKEN = N_("{reason}. Kept here, not sent")
    GREYED_OVER_CAPACITY = N_("{mode} uses at most {count}. Kept here, not sent")
    KEPT_NOT_USED = N_("{count} kept but not used by {model}")
    JSON_INVALID = N_("Not valid JSON: {error} (line {line}, column {column})")
    JSON_NOT_OBJECT = N_("Model parameters must be a JSON object, like {example}")
    PROMPT_ABOUT_TOKENS = N_("About {tokens:,} tokens: the limit is {limit:,}")
    # Price notes (app/core/pricing.py)
    PRICE_UNKNOWN_MODEL = N_("unknown model")
    PRICE_UNKNOWN_QUALITY = N_("unknown quality")
    PRICES_NOT_PUBLISHED = N_("{what} prices are not published")
    PRICE_PLUS_INPUT_VIDEO = N_("more if the input video is longer than the clip")
    PRICE_FILTER_OFF = N_("+10% with the content filter off")
    # The API and the file service (app/services/api/errors.py, uploads.py)
    API_KEY_REFUSED = N_("The API key was refused: it is wrong, expired or disabled")
    API_NO_CREDITS = N_("Not enough credits (or this key's quota is used up)")
    API_NO_ACCESS = N_("This key has no access to that model")
    API_NOT_FOUND = N_("Not found")
    API_TOO_LARGE = N_("The request is too large (the limit is 64 MB)")
    API_RATE_LIMITED = N_("Too many requests at once; the server asked us to wait")
    API_UNAVAILABLE = N_("The video service is temporarily unavailable")
    API_HTTP_STATUS = N_("The server answered HTTP {status}")
    UPLOAD_REFUSED = N_("Refused by the file service: {reason}")
    UPLOAD_REFUSED_USE_URL = N_(
        "The file service refused {name} ({reason}): give a URL to this {kind} instead")
    UPLOAD_NO_REASON = N_("no reason given")
    UPLOAD_UNREADABLE = N_("{name} could not be read for its upload ({error})")
    # Reading a local file (app/services/media/probe.py)
    PROBE_NO_SUCH_FILE = N_("no such file")
    PROBE_UNSUPPORTED_TYPE = N_(
        "unsupported file type “{suffix}”; images are .jpg/.png/.webp, videos .mp4/.mov, audio "
        ".wav/.mp3")
    PROBE_NOT_AN_IMAGE = N_("not a readable image ({error})")
    PROBE_NO_VIDEO_STREAM = N_("has no video stream")
    PROBE_NO_AUDIO_STREAM = N_("has no audio stream")
    PROBE_UNREADABLE_AS = N_("not readable as {kind} ({error})")
    # The connection to the API (app/services/api/client.py)
    NET_CONNECT_FAILED = N_("Could not connect to {url}: {error}")
    NET_TIMED_OUT = N_("The server did not answer in time")
    NET_BROKE = N_("The connection broke before an answer arrived ({error})")
    API_NOT_JSON = N_("The server's answer was not valid JSON")
    API_OTHER_TASK = N_("The server answered about task {got} when asked about {asked}")
    API_ERROR_DETAIL = N_("{message} {detail}")
    # Prices and charges (issue 21 item 2: pricing.py, price_rules.py, price_choice.py)
    PRICE_WEB_SEARCH = N_("+{credits} per web search")
    PRICE_SOURCE_QUOTE = N_("quote from Evolink, {age}")
    PRICE_SOURCE_RULES = N_("Evolink's public price rules, updated {age}")
    PRICE_SOURCE_TABLE = N_("price table of {date}")
    PRICE_SOURCE_LEARNED = (
        N_("from your last {model} {quality} clip"),
        N_("from your last {n} {model} {quality} clips"),
    )
    PRICE_SOURCE_SAYS = N_("{source}: ≈ {credits} credits")
    AGE_JUST_NOW = N_("just now")
    AGE_MINUTES = N_("{n} min ago")
    AGE_HOURS = N_("{n} h ago")
    AGE_DAYS = N_("{n} d ago")
    MODEL_NOT_ALLOWED = N_("This API key may not use {model}")
    SENT_ANSWER_UNUSABLE = N_(
        "The request was sent but the answer was unusable ({error}); a task may exist")
    SENT_NO_ANSWER = N_("The request was sent but no answer came back ({error}); a task may exist")
    # What a queue row says while it waits (poller.py, task_queue.py, generation.py)
    POLL_OFFLINE = N_("Offline: {reason}; retrying")
    POLL_RETRYING = N_("{reason}; retrying")
    POLL_UNEXPECTED = N_("Unexpected problem: {error}")
    DOWNLOAD_INTERRUPTED = N_("Download interrupted ({reason}); retrying")
    STOP_TRACKING_FIRST = N_("Stop tracking this task before removing it from the list")
    APP_STOPPED_MID_SUBMIT = N_("The app stopped before the server's answer arrived")
    TASK_ID_NOT_STORED = N_(
        "Task {task_id} was created, but the task store could not record it ({error}); its id "
        "is in the log, and `seedance-studio status {task_id}` follows it")
    NO_RESULT_URL = N_("The finished task carries no result URL")
    NO_TASK_ID = N_("The task has no id")
    # Downloading a clip (app/services/tasks/downloads.py)
    DL_BAD_ADDRESS = N_("not a usable download address: {error}")
    DL_USER_INFO = N_("refusing a download address that carries a user name or password")
    DL_NOT_HTTPS = N_(
        "refusing to download from {scheme}://{host}: only https addresses (or http on this "
        "computer) are allowed")
    DL_GAVE_UP = N_("the download failed after {attempts} attempts: {reason}")
    DL_CANNOT_WRITE = N_("could not write {name}: {error}")
    DL_TOO_MANY_REDIRECTS = N_("the download address redirected too many times")
    DL_EXPIRED = N_(
        "the clip's download address has expired (HTTP {status}); result links are valid for "
        "24 hours after the video is finished")
    DL_PART_MISMATCH = N_("the partial download did not match the file on the server")
    DL_HTTP_STATUS = N_("the server answered HTTP {status}")
    DL_WRONG_PLACE = N_("the server resumed the download at the wrong place")
    DL_COMPRESSED = N_("the server compressed a partial answer")
    DL_REFUSED = N_("the server refused the download (HTTP {status})")
    DL_CLOSED_EARLY = N_("the connection closed after {done} of {total} bytes")
    DL_CANNOT_READ = N_("could not read the downloaded file: {error}")
    DL_NOT_MP4 = N_("the server sent something that is not an MP4 video")
    DL_CANNOT_SAVE = N_("could not save {name}: {error}")
    DL_TIMED_OUT = N_("the connection timed out")
    DL_CONNECT_FAILED = N_("could not connect to the download server")
    DL_BROKE = N_("the connection broke ({error})")
    DL_INCOMPLETE = N_("the clip arrived incomplete ({done} bytes)")
    DL_NO_MOOV = N_("the clip has no index (moov box): it cannot be played")
    DL_UNREADABLE = N_("the clip cannot be read as a video: {error}")
    DL_MISSING_FRAMES = N_("the clip holds {read} of its {declared} frames")
    DL_WRONG_LENGTH = N_("the clip lasts {seconds} s instead of {expected} s")
    DL_TRIED_AGAIN = N_("Tried again by hand: asking for a fresh result link")
    DL_LINK_REFUSED = N_("the result link was refused (HTTP {status}); asking for a fresh one")
    # The OS keychain (app/services/account/keychain.py)
    KEYCHAIN_PROBLEM = N_("{problem} {hint}")
    KEYCHAIN_HINT = N_("{fix} {fallback}")
    KEYCHAIN_NONE = N_("No OS keychain is available (no usable keyring backend was found).")
    KEYCHAIN_FILE_BACKEND = N_(
        "The configured keyring backend ({name}) stores secrets in a file; Seedance Studio "
        "refuses it.")
    KEYCHAIN_LIBRARY_BROKEN = N_("The keyring library could not start ({error}).")
    KEYCHAIN_READ_FAILED = N_("The OS keychain failed to read the API key ({detail}).")
    KEYCHAIN_STORE_FAILED = N_("The OS keychain failed to store the API key ({detail}).")
    KEYCHAIN_DELETE_FAILED = N_("The OS keychain failed to delete the API key ({detail}).")
    KEYCHAIN_FIX_LINUX = N_(
        "On Linux a Secret Service is needed: install and start gnome-keyring (Debian/Ubuntu: "
        "`{command}`) or KWallet, run inside a desktop session with a D-Bus session bus, and "
        "unlock the keyring when asked.")
    KEYCHAIN_FIX_MACOS = N_(
        "macOS Keychain refused access: unlock the login keychain in Keychain Access and allow "
        "Seedance Studio when macOS asks.")
    KEYCHAIN_FIX_WINDOWS = N_(
        "Windows Credential Manager refused access: make sure the Credential Manager service "
        "is running and you are logged in with a normal (non-guest) profile.")
    KEYCHAIN_FALLBACK = N_(
        "Meanwhile you can set {env} in the environment or enter a session-only key (kept in "
        "memory until the app quits).")
    KEY_EMPTY = N_("The API key is empty.")
    KEY_WHITESPACE = N_("The API key contains whitespace; paste it again without spaces.")
    # A settings field's problem (app/services/home/settings.py, naming.py, config.py)
    SETTING_ON_OFF = N_("must be on or off")
    SETTING_WHOLE_NUMBER = N_("must be a whole number")
    SETTING_BETWEEN = N_("must be between {lo} and {hi}")
    SETTING_TEXT = N_("must be text")
    SETTING_ONE_OF = N_("must be one of {choices}")
    FOLDER_NOT_FULL_PATH = N_("the clips folder must be a full path")
    FOLDER_IS_FILE = N_("“{path}” is a file, not a folder")
    TEMPLATE_EMPTY = N_("the file name template is empty")
    TEMPLATE_UNKNOWN_FIELD = N_(
        "unknown placeholder {field} in the file name template; the template may use {known}")
    TEMPLATE_UNMATCHED = N_("the file name template has an unmatched {open} or {close}")
    URL_NAME_API_BASE = N_("API base URL")
    URL_NAME_FILES = N_("file service URL")
    URL_NOT_HTTP_URL = N_("The {what} “{url}” is not an http(s) URL")
    URL_NEEDS_HTTPS = N_(
        "The {what} must use https:// (plain http is allowed only to this computer, e.g. the "
        "built-in simulator); got “{url}”")
    # Issue 21 item 4: account refusals in their own words (errors helper)
    ACCOUNT_BALANCE_LOW = N_("Your account's credit balance is too low for this request")
    ACCOUNT_BALANCE_LOW_FIGURES = N_(
        "Your account's credit balance is too low: this request needs about {estimate} credits "
        "and {balance} remain")
    ACCOUNT_BALANCE_LOW_NEEDS = N_(
        "Your account's credit balance is too low: this request needs about {estimate} credits")
    ACCOUNT_BALANCE_LOW_HAS = N_(
        "Your account's credit balance is too low: {balance} credits remain")
    KEY_LIMIT_REACHED = N_(
        "This API key has used up its own credit limit (the account may still have credits): "
        "raise the key's limit or use another key")
    KEY_DAILY_LIMIT_RESETS_AT = N_(
        "This API key has used up its daily limit; it resets at {time} {zone} ({local} your "
        "time)")
    KEY_DAILY_LIMIT_MIDNIGHT_IN = N_(
        "This API key has used up its daily limit; it resets at midnight {zone}")
    KEY_DAILY_LIMIT = N_("This API key has used up its daily limit; it resets once a day")
    KEY_DISABLED = N_(
        "This API key is disabled: enable it on your Evolink account or use another key")
    KEY_EXPIRED = N_(
        "This API key has expired: extend it on your Evolink account or use another key")
    KEY_MODEL_NOT_ALLOWED = N_(
        "This API key may not use this model: choose another model or allow it for the key on "
        "your Evolink account")
    ACCOUNT_DISABLED = N_("This Evolink account is disabled: contact Evolink support")
    MEDIA_URL_UNUSABLE = N_(
        "The video service could not fetch a media link: check that it is public and has not "
        "expired")
    NOT_CREATED = N_("Not sent: {reason}. No task was created and nothing was charged")
    # The file service: quota, its own errors (issue 21 item 5, "files")
    FILES_QUOTA_SHORT = N_(
        "Not enough uploads left on the file service: this needs {needed}, {left} of {total} "
        "are left. Nothing was sent. Delete uploaded files (Account → Uploaded files…) or wait "
        "until they expire (72 h)")
    FILES_QUOTA_EXHAUSTED = N_(
        "The file service's upload quota is used up: delete uploaded files (Account → Uploaded "
        "files…) or wait until they expire (72 h)")
    FILES_UNAVAILABLE = N_("The file service is temporarily unavailable")
    FILES_HTTP_STATUS = N_("The file service answered HTTP {status}")
    # --- Recovery of lost submissions (issue 21: app/services/tasks/recovery.py) ---
    RECOVERY_NOT_FOUND = (
        N_(
            "Not found among your {n} most recent video task for {model}. It may exist all the "
            "same, and be charged: check the usage page of your Evolink dashboard before you "
            "submit it again"),
        N_(
            "Not found among your {n} most recent video tasks for {model}. It may exist all "
            "the same, and be charged: check the usage page of your Evolink dashboard before "
            "you submit it again"),
    )
    RECOVERY_SEVERAL = N_(
        "{n} of your recent tasks could be this submission, equally close in time: none was "
        "taken; choose the right one")
    RECOVERY_NOT_A_CANDIDATE = N_(
        "{task_id} is not among the recent tasks that could be this submission")
    RESEND_ONLY_UNKNOWN = N_(
        "Only a submission whose outcome is unknown can be sent again with its idempotency key")
    RESEND_REPLAYED = N_(
        "The gateway answered with the task the first submission made ({task_id}): no second "
        "task was created")
    RESEND_NEW_TASK = N_(
        "The gateway made task {task_id} now: either the first submission never reached it, or "
        "the gateway does not honour the idempotency key. If the usage page of your Evolink "
        "dashboard shows an earlier task too, both are charged")
    RESEND_REFUSED = N_(
        "Sent again with the same idempotency key and refused ({error}); the first "
        "submission's outcome is still unknown")
    # --- The daily budget (issue 21 item 3, "spending": app/core/budget.py) ---
    BUDGET_FIGURES = N_("Today: {today} of {budget} credits; this clip ≈ {estimate} → {after}")
    BUDGET_FIGURES_UNPRICED = N_(
        "Today: {today} of {budget} credits; this clip's price is unknown")
    # Take sets (app/core/takes.py)
    VARY_UNKNOWN_KEY = N_("“{text}” is not KEY=V1,V2 with KEY one of {keys}")
    VARY_TOO_FEW = N_("--vary {key} needs at least two values")
    VARY_BAD_VALUE = N_("“{value}” is not a {key} value")
    VARY_TOO_MANY = N_("Vary at most {max} different settings at once")
    TAKES_COUNT = N_("Takes must be 1 to {max}, not {n}")
    TAKES_TOO_MANY = N_("{n} takes in one set; at most {max}")
    # Actions on a saved clip (app/services/clips/clip_files.py, clip_actions.py, last_frame.py)
    CLIP_NO_FILE = N_("This task has no saved clip.")
    CLIP_MISSING = N_(
        "“{name}” is no longer in {folder}: it was moved or deleted outside the studio.")
    CLIP_NAME_EMPTY = N_("Type a name for the clip.")
    CLIP_NAME_SEPARATOR = N_(
        "A name cannot contain / or \\: the clip stays in its folder (use Save as… to put a "
        "copy elsewhere).")
    CLIP_NAME_CHARS = N_("A file name cannot contain {chars}.")
    CLIP_NAME_TOO_LONG = N_("The name is too long: at most {limit} bytes.")
    CLIP_NAME_TAKEN = N_("“{name}” already exists in {folder}: choose another name.")
    CLIP_EXPORT_SELF = N_("“{name}” is the clip itself: choose another name or folder.")
    CLIP_EXPORT_FAILED = N_("Could not save a copy as {path}: {reason}")
    CLIP_RENAME_FAILED = N_("Could not rename “{name}”: {reason}")
    CLIP_RENAME_SIDECAR_FAILED = N_("Could not rename the settings file of “{name}”: {reason}")
    CLIP_RENAME_STORE_FAILED = N_(
        "The library could not record the new name, so “{name}” keeps its name: {reason}")
    CLIP_TRASH_FAILED = N_("Could not move “{name}” to the trash: {reason}")
    CLIP_TRASH_SIDECAR_FAILED = N_(
        "“{name}” is in the trash, but its settings file stayed behind: {reason}")
    CLIP_TRASH_STORE_FAILED = N_(
        "“{name}” is in the trash, but the library could not record it: {reason}")
    CLIP_FAVOURITE_FAILED = N_("The library could not keep the star: {reason}")
    CLIP_FRAME_NO_VIDEO = N_("“{name}” has no picture to take a frame from.")
    CLIP_FRAME_DECODE = N_("“{name}” could not be decoded: {reason}")
    CLIP_FRAME_NONE = N_("“{name}” holds no decodable frame.")
    CLIP_FRAME_SAVE = N_("The last frame of “{name}” could not be saved: {reason}")
    CLIP_UNEXPECTED = N_("Something went wrong: {reason}")
    # --- Faults said in one sentence, bad input caught before a credit (issue 14, faults-in) ---
    PROMPT_INVISIBLE = N_(
        "The prompt holds only invisible characters (zero-width spaces or joiners): write what "
        "the video should show")
    PROBE_IMAGE_DAMAGED = N_("the image is damaged or cut short ({error})")
    PROBE_NOT_READABLE = N_("cannot be read: permission denied")
    PROBE_IS_FOLDER = N_("is a folder, not a file")
    PROBE_NOT_REGULAR = N_("is not a regular file (a pipe, socket or device)")
    PROBE_LINK_LOOP = N_("is a symbolic link that loops back on itself")
    PROBE_READ_FAILED = N_("cannot be read: {reason}")
    INPUT_SCHEME_REFUSED = N_(
        "“{source}”: {scheme}:// links are not accepted; give an https:// link or a local file")
    URL_HAS_CREDENTIALS = N_(
        "The {what} must not contain a user name or password (user:password@{host}): the API "
        "key is the only credential sent")
    STORE_DAMAGED = N_(
        "The task library {path} was damaged ({reason}); it was moved aside to {aside} and a "
        "new one was started and filled again from {count} clip(s) found beside their settings "
        "files.")
    STORE_NEWER = N_(
        "The task library {path} was written by a newer Seedance Studio (schema {found}, this "
        "version knows {known}): update the app; the file was left untouched.")
    STORE_IS_FOLDER = N_(
        "The task library {path} is a folder, not a file: move that folder away and start "
        "again.")
    STORE_READ_ONLY = N_(
        "The task library {path} cannot be written (read-only folder or file): make its folder "
        "writable.")
    STORE_DISK_FULL = N_(
        "The disk holding the task library {path} is full: free some space and start again.")
    STORE_UNUSABLE = N_("The task library {path} cannot be opened: {reason}")
    STORE_EMPTIED = N_(
        "The task library {path} is empty (0 bytes) although it held tasks before; it was "
        "started again from {count} clip(s) found beside their settings files.")
    # "Reuse settings" (app/core/reuse_changes.py)
    REUSE_DURATION_CHANGED = N_("Duration {old} s became {new} s (clips are {lo}–{hi} s).")
    REUSE_QUALITY_CHANGED = N_("Quality {old} became {new}: {model} does not offer {old}.")
    REUSE_MODEL_CHANGED = N_("Model {old} is not available here: {new} is used instead.")
    # Sequences (app/services/sequences/sequence_runner.py, sequence_project.py)
    SEQUENCE_SHOT_FAILED = N_("Shot {shot} was not made: {reason}")
    SEQUENCE_NEEDS_PREVIOUS = N_(
        "Shot {shot} starts from the shot before it, which has no clip yet.")
    SEQUENCE_CLIP_UNREADABLE = N_("The clip of shot {shot} cannot be used: {reason}")
    SEQUENCE_NOT_FOUND = (
        N_("{n} clip of the sequence is no longer where it was and was not found in the "
           "library."),
        N_("{n} clips of the sequence are no longer where they were and were not found in "
           "the library."))
    # The player (app/services/clips/playback.py): said in the viewer, compare, takes.
    PLAYER_NO_MULTIMEDIA = N_("Video playback is unavailable: Qt Multimedia could not be loaded "
                              "({reason}).")
    PLAYER_NO_BACKEND = N_("Video playback is unavailable: no media backend was found.")
    PLAYER_NO_AUDIO = N_("No audio device: the clip plays without sound.")
    PLAYER_MISSING = N_("The clip cannot be played: {path} does not exist.")
    PLAYER_UNREADABLE = N_("The clip cannot be played: {name} is not a video this player can "
                           "read.")
    PLAYER_FORMAT = N_("The clip cannot be played: the format of {name} is not supported.")
    PLAYER_DENIED = N_("The clip cannot be played: {name} cannot be read (permission denied).")
    PLAYER_DAMAGED = N_("The clip cannot be played: {name} is damaged or not a video.")
