"""The clip actions' messages in the user's language: the same templates as
app.services.clip_files.MESSAGES, marked here for lupdate."""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication

from app.services.clip_files import ClipActionError
from app.ui.labels import QT_TRANSLATE_NOOP

# One line per template (lupdate reads each literal whole).
CONTEXT: Final = "ClipMessages"
TEMPLATES: Final = {
    "no_file": QT_TRANSLATE_NOOP(
        "ClipMessages", "This task has no saved clip."),
    "missing": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” is no longer in {folder}: it was moved or deleted outside the studio."),  # noqa: E501
    "name_empty": QT_TRANSLATE_NOOP(
        "ClipMessages", "Type a name for the clip."),
    "name_separator": QT_TRANSLATE_NOOP(
        "ClipMessages", "A name cannot contain / or \\: the clip stays in its folder (use Save as… to put a copy elsewhere)."),  # noqa: E501
    "name_chars": QT_TRANSLATE_NOOP(
        "ClipMessages", "A file name cannot contain {chars}."),
    "name_too_long": QT_TRANSLATE_NOOP(
        "ClipMessages", "The name is too long: at most {limit} bytes."),
    "name_taken": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” already exists in {folder}: choose another name."),
    "export_self": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” is the clip itself: choose another name or folder."),
    "export_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "Could not save a copy as {path}: {reason}"),
    "rename_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "Could not rename “{name}”: {reason}"),
    "rename_sidecar_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "Could not rename the settings file of “{name}”: {reason}"),
    "rename_store_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "The library could not record the new name, so “{name}” keeps its name: {reason}"),  # noqa: E501
    "trash_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "Could not move “{name}” to the trash: {reason}"),
    "trash_sidecar_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” is in the trash, but its settings file stayed behind: {reason}"),
    "trash_store_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” is in the trash, but the library could not record it: {reason}"),
    "favourite_failed": QT_TRANSLATE_NOOP(
        "ClipMessages", "The library could not keep the star: {reason}"),
    "frame_no_video": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” has no picture to take a frame from."),
    "frame_decode": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” could not be decoded: {reason}"),
    "frame_none": QT_TRANSLATE_NOOP(
        "ClipMessages", "“{name}” holds no decodable frame."),
    "frame_save": QT_TRANSLATE_NOOP(
        "ClipMessages", "The last frame of “{name}” could not be saved: {reason}"),
    "unexpected": QT_TRANSLATE_NOOP(
        "ClipMessages", "Something went wrong: {reason}"),
}


def render(error: ClipActionError) -> str:
    """The message translated; the English sentence when its id is unknown here or its
    translation does not format."""
    template = TEMPLATES.get(error.code)
    if template is None:
        return str(error)
    try:
        return QCoreApplication.translate(CONTEXT, template).format(**error.params)
    except (KeyError, IndexError, ValueError):
        return str(error)
