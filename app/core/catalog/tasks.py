"""A task's life: the queue's waits, downloads, recovery, the task store."""

from __future__ import annotations

from app.core.message_catalog import N_, MessageId


class QueueMsg(MessageId):
    """What a queue row says while it waits (poller, task queue)."""

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


class DownloadMsg(MessageId):
    """Downloading and verifying a clip (app/services/tasks/downloads.py)."""

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


class RecoveryMsg(MessageId):
    """Submissions whose answer was lost (app/services/tasks/recovery.py)."""

    SENT_ANSWER_UNUSABLE = N_(
        "The request was sent but the answer was unusable ({error}); a task may exist")
    SENT_NO_ANSWER = N_("The request was sent but no answer came back ({error}); a task may exist")
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


class StoreMsg(MessageId):
    """The task store's faults (app/services/tasks/store_open.py)."""

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
