"""Local files: probing media, settings fields, saved clips, sequences, the player."""

from __future__ import annotations

from app.core.message_catalog import N_, MessageId


class ProbeMsg(MessageId):
    """Reading a local file (app/services/media/probe.py, inputs.py)."""

    PROBE_NO_SUCH_FILE = N_("no such file")
    PROBE_UNSUPPORTED_TYPE = N_(
        "unsupported file type “{suffix}”; images are .jpg/.png/.webp, videos .mp4/.mov, audio "
        ".wav/.mp3")
    PROBE_NOT_AN_IMAGE = N_("not a readable image ({error})")
    PROBE_NO_VIDEO_STREAM = N_("has no video stream")
    PROBE_NO_AUDIO_STREAM = N_("has no audio stream")
    PROBE_UNREADABLE_AS = N_("not readable as {kind} ({error})")
    PROBE_IMAGE_DAMAGED = N_("the image is damaged or cut short ({error})")
    PROBE_NOT_READABLE = N_("cannot be read: permission denied")
    PROBE_IS_FOLDER = N_("is a folder, not a file")
    PROBE_NOT_REGULAR = N_("is not a regular file (a pipe, socket or device)")
    PROBE_LINK_LOOP = N_("is a symbolic link that loops back on itself")
    PROBE_READ_FAILED = N_("cannot be read: {reason}")
    INPUT_SCHEME_REFUSED = N_(
        "“{source}”: {scheme}:// links are not accepted; give an https:// link or a local file")


class SettingFieldMsg(MessageId):
    """A settings field's problem (settings, naming, config)."""

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
    URL_HAS_CREDENTIALS = N_(
        "The {what} must not contain a user name or password (user:password@{host}): the API "
        "key is the only credential sent")


class ClipMsg(MessageId):
    """Actions on a saved clip (clip files, clip actions, last frame)."""

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


class SequenceMsg(MessageId):
    """Sequences (sequence runner, sequence project)."""

    SEQUENCE_SHOT_FAILED = N_("Shot {shot} was not made: {reason}")
    SEQUENCE_NEEDS_PREVIOUS = N_(
        "Shot {shot} starts from the shot before it, which has no clip yet.")
    SEQUENCE_CLIP_UNREADABLE = N_("The clip of shot {shot} cannot be used: {reason}")
    SEQUENCE_NOT_FOUND = (
        N_("{n} clip of the sequence is no longer where it was and was not found in the "
           "library."),
        N_("{n} clips of the sequence are no longer where they were and were not found in "
           "the library."))
    SEQUENCE_FILE_NOT_SAVED = N_("The sequence could not be saved to {name}: {reason}.")
    SEQUENCE_FILE_UNREADABLE = N_("{name} could not be read: {reason}.")
    SEQUENCE_FILE_FOREIGN = N_("{name} is not a sequence file.")
    SEQUENCE_FILE_NEWER = N_(
        "{name} was saved by a newer Seedance Studio; update the app to open it.")
    SEQUENCE_FILE_DAMAGED = N_("{name} is damaged ({n} problems).")
    SEQUENCE_CLIP_NO_VIDEO = N_("{name} has no video.")
    SEQUENCE_CLIP_NOT_VIDEO = N_("{name} is not a readable video.")
    SEQUENCE_CLIP_NO_LENGTH = N_("{name} has no length.")


class PlayerMsg(MessageId):
    """The player (app/services/clips/playback.py)."""

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
