"""The core's messages in the interface language: one translatable template per MessageId.

`render(text)` translates a app.core.messages.Message (or a Problem holding one) and passes any
other string through. The English templates equal the core's (a test renders real examples
with no translator installed and compares them with the core's text). `recognize(text)` turns
an English sentence read back from the task store into its Message again.
"""

from __future__ import annotations

import functools
import logging
import re
import string
from collections.abc import Iterable
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
    M.PRICE_PLUS_INPUT_VIDEO: QT_TRANSLATE_NOOP(
        "Messages", "more if the input video is longer than the clip"),
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
    M.PROBE_NO_SUCH_FILE: QT_TRANSLATE_NOOP("Messages", "no such file"),
    M.PROBE_UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP(
        "Messages", "unsupported file type “{suffix}”; images are .jpg/.png/.webp, videos "
        ".mp4/.mov, audio .wav/.mp3"),
    M.PROBE_NOT_AN_IMAGE: QT_TRANSLATE_NOOP("Messages", "not a readable image ({error})"),
    M.PROBE_NO_VIDEO_STREAM: QT_TRANSLATE_NOOP("Messages", "has no video stream"),
    M.PROBE_NO_AUDIO_STREAM: QT_TRANSLATE_NOOP("Messages", "has no audio stream"),
    M.PROBE_UNREADABLE_AS: QT_TRANSLATE_NOOP("Messages", "not readable as {kind} ({error})"),
    M.NET_CONNECT_FAILED: QT_TRANSLATE_NOOP("Messages", "Could not connect to {url}: {error}"),
    M.NET_TIMED_OUT: QT_TRANSLATE_NOOP("Messages", "The server did not answer in time"),
    M.NET_BROKE: QT_TRANSLATE_NOOP(
        "Messages", "The connection broke before an answer arrived ({error})"),
    M.API_NOT_JSON: QT_TRANSLATE_NOOP("Messages", "The server's answer was not valid JSON"),
    M.API_ERROR_DETAIL: QT_TRANSLATE_NOOP("Messages", "{message} {detail}"),
    M.SENT_ANSWER_UNUSABLE: QT_TRANSLATE_NOOP(
        "Messages", "The request was sent but the answer was unusable ({error}); a task may "
        "exist"),
    M.SENT_NO_ANSWER: QT_TRANSLATE_NOOP(
        "Messages", "The request was sent but no answer came back ({error}); a task may exist"),
    M.POLL_OFFLINE: QT_TRANSLATE_NOOP("Messages", "Offline: {reason}; retrying"),
    M.POLL_RETRYING: QT_TRANSLATE_NOOP("Messages", "{reason}; retrying"),
    M.POLL_UNEXPECTED: QT_TRANSLATE_NOOP("Messages", "Unexpected problem: {error}"),
    M.DOWNLOAD_INTERRUPTED: QT_TRANSLATE_NOOP(
        "Messages", "Download interrupted ({reason}); retrying"),
    M.STOP_TRACKING_FIRST: QT_TRANSLATE_NOOP(
        "Messages", "Stop tracking this task before removing it from the list"),
    M.APP_STOPPED_MID_SUBMIT: QT_TRANSLATE_NOOP(
        "Messages", "The app stopped before the server's answer arrived"),
    M.NO_RESULT_URL: QT_TRANSLATE_NOOP("Messages", "The finished task carries no result URL"),
    M.NO_TASK_ID: QT_TRANSLATE_NOOP("Messages", "The task has no id"),
    M.DL_BAD_ADDRESS: QT_TRANSLATE_NOOP("Messages", "not a usable download address: {error}"),
    M.DL_USER_INFO: QT_TRANSLATE_NOOP(
        "Messages", "refusing a download address that carries a user name or password"),
    M.DL_NOT_HTTPS: QT_TRANSLATE_NOOP(
        "Messages", "refusing to download from {scheme}://{host}: only https addresses (or "
        "http on this computer) are allowed"),
    M.DL_GAVE_UP: QT_TRANSLATE_NOOP(
        "Messages", "the download failed after {attempts} attempts: {reason}"),
    M.DL_CANNOT_WRITE: QT_TRANSLATE_NOOP("Messages", "could not write {name}: {error}"),
    M.DL_TOO_MANY_REDIRECTS: QT_TRANSLATE_NOOP(
        "Messages", "the download address redirected too many times"),
    M.DL_EXPIRED: QT_TRANSLATE_NOOP(
        "Messages", "the clip's download address has expired (HTTP {status}); result links "
        "are valid for 24 hours after the video is finished"),
    M.DL_PART_MISMATCH: QT_TRANSLATE_NOOP(
        "Messages", "the partial download did not match the file on the server"),
    M.DL_HTTP_STATUS: QT_TRANSLATE_NOOP("Messages", "the server answered HTTP {status}"),
    M.DL_WRONG_PLACE: QT_TRANSLATE_NOOP(
        "Messages", "the server resumed the download at the wrong place"),
    M.DL_COMPRESSED: QT_TRANSLATE_NOOP("Messages", "the server compressed a partial answer"),
    M.DL_REFUSED: QT_TRANSLATE_NOOP("Messages", "the server refused the download (HTTP {status})"),
    M.DL_CLOSED_EARLY: QT_TRANSLATE_NOOP(
        "Messages", "the connection closed after {done} of {total} bytes"),
    M.DL_CANNOT_READ: QT_TRANSLATE_NOOP("Messages", "could not read the downloaded file: {error}"),
    M.DL_NOT_MP4: QT_TRANSLATE_NOOP(
        "Messages", "the server sent something that is not an MP4 video"),
    M.DL_CANNOT_SAVE: QT_TRANSLATE_NOOP("Messages", "could not save {name}: {error}"),
    M.DL_TIMED_OUT: QT_TRANSLATE_NOOP("Messages", "the connection timed out"),
    M.DL_CONNECT_FAILED: QT_TRANSLATE_NOOP("Messages", "could not connect to the download server"),
    M.DL_BROKE: QT_TRANSLATE_NOOP("Messages", "the connection broke ({error})"),
    M.KEYCHAIN_PROBLEM: QT_TRANSLATE_NOOP("Messages", "{problem} {hint}"),
    M.KEYCHAIN_HINT: QT_TRANSLATE_NOOP("Messages", "{fix} {fallback}"),
    M.KEYCHAIN_NONE: QT_TRANSLATE_NOOP(
        "Messages", "No OS keychain is available (no usable keyring backend was found)."),
    M.KEYCHAIN_FILE_BACKEND: QT_TRANSLATE_NOOP(
        "Messages", "The configured keyring backend ({name}) stores secrets in a file; "
        "Seedance Studio refuses it."),
    M.KEYCHAIN_LIBRARY_BROKEN: QT_TRANSLATE_NOOP(
        "Messages", "The keyring library could not start ({error})."),
    M.KEYCHAIN_READ_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The OS keychain failed to read the API key ({detail})."),
    M.KEYCHAIN_STORE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The OS keychain failed to store the API key ({detail})."),
    M.KEYCHAIN_DELETE_FAILED: QT_TRANSLATE_NOOP(
        "Messages", "The OS keychain failed to delete the API key ({detail})."),
    M.KEYCHAIN_FIX_LINUX: QT_TRANSLATE_NOOP(
        "Messages", "On Linux a Secret Service is needed: install and start gnome-keyring "
        "(Debian/Ubuntu: `{command}`) or KWallet, run inside a desktop session with a D-Bus "
        "session bus, and unlock the keyring when asked."),
    M.KEYCHAIN_FIX_MACOS: QT_TRANSLATE_NOOP(
        "Messages", "macOS Keychain refused access: unlock the login keychain in Keychain "
        "Access and allow Seedance Studio when macOS asks."),
    M.KEYCHAIN_FIX_WINDOWS: QT_TRANSLATE_NOOP(
        "Messages", "Windows Credential Manager refused access: make sure the Credential "
        "Manager service is running and you are logged in with a normal (non-guest) profile."),
    M.KEYCHAIN_FALLBACK: QT_TRANSLATE_NOOP(
        "Messages", "Meanwhile you can set {env} in the environment or enter a session-only "
        "key (kept in memory until the app quits)."),
    M.KEY_EMPTY: QT_TRANSLATE_NOOP("Messages", "The API key is empty."),
    M.KEY_WHITESPACE: QT_TRANSLATE_NOOP(
        "Messages", "The API key contains whitespace; paste it again without spaces."),
    M.SETTING_ON_OFF: QT_TRANSLATE_NOOP("Messages", "must be on or off"),
    M.SETTING_WHOLE_NUMBER: QT_TRANSLATE_NOOP("Messages", "must be a whole number"),
    M.SETTING_BETWEEN: QT_TRANSLATE_NOOP("Messages", "must be between {lo} and {hi}"),
    M.SETTING_TEXT: QT_TRANSLATE_NOOP("Messages", "must be text"),
    M.SETTING_ONE_OF: QT_TRANSLATE_NOOP("Messages", "must be one of {choices}"),
    M.FOLDER_NOT_FULL_PATH: QT_TRANSLATE_NOOP(
        "Messages", "the clips folder must be a full path"),
    M.FOLDER_IS_FILE: QT_TRANSLATE_NOOP("Messages", "“{path}” is a file, not a folder"),
    M.TEMPLATE_EMPTY: QT_TRANSLATE_NOOP("Messages", "the file name template is empty"),
    M.TEMPLATE_UNKNOWN_FIELD: QT_TRANSLATE_NOOP(
        "Messages", "unknown placeholder {field} in the file name template; the template may "
        "use {known}"),
    M.TEMPLATE_UNMATCHED: QT_TRANSLATE_NOOP(
        "Messages", "the file name template has an unmatched {open} or {close}"),
    M.URL_NAME_API_BASE: QT_TRANSLATE_NOOP("Messages", "API base URL"),
    M.URL_NAME_FILES: QT_TRANSLATE_NOOP("Messages", "file service URL"),
    M.URL_NOT_HTTP_URL: QT_TRANSLATE_NOOP("Messages", "The {what} “{url}” is not an http(s) URL"),
    M.URL_NEEDS_HTTPS: QT_TRANSLATE_NOOP(
        "Messages", "The {what} must use https:// (plain http is allowed only to this "
        "computer, e.g. the built-in simulator); got “{url}”"),
    # Issue 21 item 4: account refusals in their own words (errors helper)
    M.ACCOUNT_BALANCE_LOW: QT_TRANSLATE_NOOP(
        "Messages", "Your account's credit balance is too low for this request"),
    M.ACCOUNT_BALANCE_LOW_FIGURES: QT_TRANSLATE_NOOP(
        "Messages", "Your account's credit balance is too low: this request needs about "
        "{estimate} credits and {balance} remain"),
    M.ACCOUNT_BALANCE_LOW_NEEDS: QT_TRANSLATE_NOOP(
        "Messages", "Your account's credit balance is too low: this request needs about "
        "{estimate} credits"),
    M.ACCOUNT_BALANCE_LOW_HAS: QT_TRANSLATE_NOOP(
        "Messages", "Your account's credit balance is too low: {balance} credits remain"),
    M.KEY_LIMIT_REACHED: QT_TRANSLATE_NOOP(
        "Messages", "This API key has used up its own credit limit (the account may still "
        "have credits): raise the key's limit or use another key"),
    M.KEY_DAILY_LIMIT_RESETS_AT: QT_TRANSLATE_NOOP(
        "Messages", "This API key has used up its daily limit; it resets at {time} {zone} "
        "({local} your time)"),
    M.KEY_DAILY_LIMIT_MIDNIGHT_IN: QT_TRANSLATE_NOOP(
        "Messages", "This API key has used up its daily limit; it resets at midnight {zone}"),
    M.KEY_DAILY_LIMIT: QT_TRANSLATE_NOOP(
        "Messages", "This API key has used up its daily limit; it resets once a day"),
    M.KEY_DISABLED: QT_TRANSLATE_NOOP(
        "Messages", "This API key is disabled: enable it on your Evolink account or use "
        "another key"),
    M.KEY_EXPIRED: QT_TRANSLATE_NOOP(
        "Messages", "This API key has expired: extend it on your Evolink account or use "
        "another key"),
    M.KEY_MODEL_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "Messages", "This API key may not use this model: choose another model or allow it "
        "for the key on your Evolink account"),
    M.ACCOUNT_DISABLED: QT_TRANSLATE_NOOP(
        "Messages", "This Evolink account is disabled: contact Evolink support"),
    M.MEDIA_URL_UNUSABLE: QT_TRANSLATE_NOOP(
        "Messages", "The video service could not fetch a media link: check that it is public "
        "and has not expired"),
    M.NOT_CREATED: QT_TRANSLATE_NOOP(
        "Messages", "Not sent: {reason}. No task was created and nothing was charged"),
    # The file service: quota, its own errors (issue 21 item 5, "files")
    M.FILES_QUOTA_SHORT: QT_TRANSLATE_NOOP(
        "Messages", "Not enough uploads left on the file service: this needs {needed}, "
        "{left} of {total} are left. Nothing was sent. Delete uploaded files (Account → "
        "Uploaded files…) or wait until they expire (72 h)"),
    M.FILES_QUOTA_EXHAUSTED: QT_TRANSLATE_NOOP(
        "Messages", "The file service's upload quota is used up: delete uploaded files "
        "(Account → Uploaded files…) or wait until they expire (72 h)"),
    M.FILES_UNAVAILABLE: QT_TRANSLATE_NOOP("Messages",
                                           "The file service is temporarily unavailable"),
    M.FILES_HTTP_STATUS: QT_TRANSLATE_NOOP("Messages", "The file service answered HTTP {status}"),
    # --- Recovery of lost submissions (issue 21, part "recovery") -------------------------
    M.RECOVERY_NOT_FOUND: (
        QT_TRANSLATE_NOOP("Messages", "Not found among your {n} most recent video task for "
                          "{model}. It may exist all the same, and be charged: check the usage "
                          "page of your Evolink dashboard before you submit it again"),
        QT_TRANSLATE_NOOP("Messages", "Not found among your {n} most recent video tasks for "
                          "{model}. It may exist all the same, and be charged: check the usage "
                          "page of your Evolink dashboard before you submit it again")),
    M.RECOVERY_SEVERAL: QT_TRANSLATE_NOOP(
        "Messages", "{n} of your recent tasks could be this submission, equally close in "
        "time: none was taken; choose the right one"),
    M.RECOVERY_NOT_A_CANDIDATE: QT_TRANSLATE_NOOP(
        "Messages", "{task_id} is not among the recent tasks that could be this submission"),
    M.RESEND_ONLY_UNKNOWN: QT_TRANSLATE_NOOP(
        "Messages", "Only a submission whose outcome is unknown can be sent again with its "
        "idempotency key"),
    M.RESEND_REPLAYED: QT_TRANSLATE_NOOP(
        "Messages", "The gateway answered with the task the first submission made ({task_id}): "
        "no second task was created"),
    M.RESEND_NEW_TASK: QT_TRANSLATE_NOOP(
        "Messages", "The gateway made task {task_id} now: either the first submission never "
        "reached it, or the gateway does not honour the idempotency key. If the usage page of "
        "your Evolink dashboard shows an earlier task too, both are charged"),
    M.RESEND_REFUSED: QT_TRANSLATE_NOOP(
        "Messages", "Sent again with the same idempotency key and refused ({error}); the first "
        "submission's outcome is still unknown"),
    # Prices and charges (issue 21 item 2)
    M.PRICE_WEB_SEARCH: QT_TRANSLATE_NOOP("Messages", "+{credits} per web search"),
    M.PRICE_SOURCE_QUOTE: QT_TRANSLATE_NOOP("Messages", "quote from Evolink, {age}"),
    M.PRICE_SOURCE_RULES: QT_TRANSLATE_NOOP("Messages",
                                            "Evolink's public price rules, updated {age}"),
    M.PRICE_SOURCE_TABLE: QT_TRANSLATE_NOOP("Messages", "price table of {date}"),
    M.PRICE_SOURCE_LEARNED: (
        QT_TRANSLATE_NOOP("Messages", "from your last {model} {quality} clip"),
        QT_TRANSLATE_NOOP("Messages", "from your last {n} {model} {quality} clips")),
    M.PRICE_SOURCE_SAYS: QT_TRANSLATE_NOOP("Messages", "{source}: ≈ {credits} credits"),
    M.AGE_JUST_NOW: QT_TRANSLATE_NOOP("Messages", "just now"),
    M.AGE_MINUTES: QT_TRANSLATE_NOOP("Messages", "{n} min ago"),
    M.AGE_HOURS: QT_TRANSLATE_NOOP("Messages", "{n} h ago"),
    M.AGE_DAYS: QT_TRANSLATE_NOOP("Messages", "{n} d ago"),
    M.MODEL_NOT_ALLOWED: QT_TRANSLATE_NOOP("Messages", "This API key may not use {model}"),
    # --- The daily budget (issue 21 item 3, "spending") -----------------------------------
    M.BUDGET_FIGURES: QT_TRANSLATE_NOOP(
        "Messages", "Today: {today} of {budget} credits; this clip ≈ {estimate} → {after}"),
    M.BUDGET_FIGURES_UNPRICED: QT_TRANSLATE_NOOP(
        "Messages", "Today: {today} of {budget} credits; this clip's price is unknown"),
    # --- Takes (issue 16) -------------------------------------------------------------------
    M.VARY_UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "Messages", "“{text}” is not KEY=V1,V2 with KEY one of {keys}"),
    M.VARY_TOO_FEW: QT_TRANSLATE_NOOP("Messages", "--vary {key} needs at least two values"),
    M.VARY_BAD_VALUE: QT_TRANSLATE_NOOP("Messages", "“{value}” is not a {key} value"),
    M.VARY_TOO_MANY: QT_TRANSLATE_NOOP("Messages", "Vary at most {max} different settings at once"),
    M.TAKES_COUNT: QT_TRANSLATE_NOOP("Messages", "Takes must be 1 to {max}, not {n}"),
    M.TAKES_TOO_MANY: QT_TRANSLATE_NOOP("Messages", "{n} takes in one set; at most {max}"),
}


# What the task store keeps as plain English (a row has no room for an id): a rejection's
# error, a lost submission's note. These templates are matched back when a row is shown.
STORED: Final = (
    M.API_KEY_REFUSED, M.API_NO_CREDITS, M.API_NO_ACCESS, M.API_NOT_FOUND, M.API_TOO_LARGE,
    M.API_RATE_LIMITED, M.API_UNAVAILABLE, M.API_HTTP_STATUS, M.NET_CONNECT_FAILED,
    M.NET_TIMED_OUT, M.NET_BROKE, M.API_NOT_JSON, M.SENT_NO_ANSWER, M.SENT_ANSWER_UNUSABLE,
    M.APP_STOPPED_MID_SUBMIT, M.RECOVERY_NOT_FOUND, M.DOWNLOAD_INTERRUPTED, M.RECOVERY_SEVERAL,
    M.RESEND_REFUSED,
    # Issue 21 item 4 (errors helper): account refusals kept as a rejection's error
    M.ACCOUNT_BALANCE_LOW, M.ACCOUNT_BALANCE_LOW_FIGURES, M.ACCOUNT_BALANCE_LOW_NEEDS,
    M.ACCOUNT_BALANCE_LOW_HAS, M.KEY_LIMIT_REACHED, M.KEY_DAILY_LIMIT_RESETS_AT,
    M.KEY_DAILY_LIMIT_MIDNIGHT_IN, M.KEY_DAILY_LIMIT, M.KEY_DISABLED, M.KEY_EXPIRED,
    M.KEY_MODEL_NOT_ALLOWED, M.ACCOUNT_DISABLED, M.MEDIA_URL_UNUSABLE,
)
# ApiError's str(): its sentence, then "[code]" and "(HTTP 402)" when it has them.
_API_DETAIL: Final = re.compile(r"(?P<message>.+?) (?P<detail>(?:\[[^\]]*\] ?)?(?:\(HTTP \d+\))?)")


@functools.cache
def _pattern(source: str) -> re.Pattern[str] | None:
    """`source` as a regular expression with a named group per field; None when a field has
    a format spec (its value could not be formatted again from the text)."""
    parts, seen = [], set()
    for literal, field, spec, conversion in string.Formatter().parse(source):
        parts.append(re.escape(literal))
        if field is None:
            continue
        if spec or conversion or not field.isidentifier():
            return None
        parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
        seen.add(field)
    return re.compile("".join(parts), re.DOTALL)


def _match(text: str, ids: Iterable[M]) -> Message | None:
    for id in ids:
        entry = CATALOG.get(id)
        for source in entry if isinstance(entry, tuple) else (entry,):
            found = _pattern(source) if source else None
            hit = found.fullmatch(text) if found else None
            if source and hit:
                params = {k: int(v) if v.isdigit() else v for k, v in hit.groupdict().items()}
                return Message(id, source, **params)
    return None


def recognize(text: str | None, ids: Iterable[M] = STORED) -> str:
    """The Message a stored English `text` was made from, when one of `ids` fits it whole
    (optionally followed by ApiError's "[code] (HTTP n)"); otherwise `text` unchanged."""
    if not text or isinstance(text, Message):
        return text or ""
    ids = tuple(ids)
    found = _match(text, ids)
    if found is None and (split := _API_DETAIL.fullmatch(text)) and split["detail"]:
        head = _match(split["message"], ids)
        if head is not None:
            found = Message(M.API_ERROR_DETAIL, "{message} {detail}", message=head,
                            detail=split["detail"])
    return found if found is not None else text


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
