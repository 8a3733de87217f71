"""The file service's answers beyond an upload: quota, the list of uploads, its error envelope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.core import api_facts
from app.core.malformed import MalformedResponse

_NAIVE_TZ = timezone(timedelta(hours=api_facts.FILES_NAIVE_TIME_OFFSET_H))


def unwrap(data: object) -> object:
    """`data` of the service's `{success, code, msg, data}` envelope; a bare answer as it is."""
    if isinstance(data, dict) and "data" in data and ("success" in data or "code" in data):
        return data["data"]
    return data


def _int(value: object) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return int(float(str(value)))
    except ValueError:
        return None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_time(value: object) -> float | None:
    """Unix seconds from an ISO time (with `Z`, an offset, or none: +08:00) or a unix number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) / (1000 if value > 1e11 else 1)  # milliseconds, if that large
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        when = datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_NAIVE_TZ)
    return when.timestamp()


@dataclass(frozen=True)
class FileQuota:
    """GET /api/v1/files/quota [doc]: how many files this account may still keep uploaded."""

    used_files: int | None
    max_files: int | None
    remain_files: int | None
    user_group: str | None = None
    is_custom: bool | None = None
    quota_reason: str | None = None

    @property
    def left(self) -> int | None:
        if self.remain_files is not None:
            return max(0, self.remain_files)
        if self.max_files is not None and self.used_files is not None:
            return max(0, self.max_files - self.used_files)
        return None

    def can_take(self, uploads: int) -> bool:
        """True unless the quota certainly cannot take `uploads` more files."""
        return self.left is None or uploads <= self.left


def parse_quota(data: object) -> FileQuota:
    inner = unwrap(data)
    if not isinstance(inner, dict):
        raise MalformedResponse("the quota answer is not an object")
    quota = FileQuota(used_files=_int(inner.get("used_files")),
                      max_files=_int(inner.get("max_files")),
                      remain_files=_int(inner.get("remain_files")),
                      user_group=_str(inner.get("user_group")),
                      is_custom=inner.get("is_custom") if isinstance(inner.get("is_custom"),
                                                                      bool) else None,
                      quota_reason=_str(inner.get("quota_reason")))
    if quota.left is None:
        raise MalformedResponse("the quota answer has no file counts")
    return quota


@dataclass(frozen=True)
class StoredFile:
    """One upload as the list shows it."""

    file_id: str
    name: str
    size: int | None
    mime_type: str | None
    url: str | None
    uploaded_at: float | None  # unix seconds
    expires_at: float | None


@dataclass(frozen=True)
class FilePage:
    files: list[StoredFile]
    total: int | None
    page: int
    page_size: int


_LIST_KEYS = ("list", "files", "items", "records", "rows", "data")


def parse_file(item: object) -> StoredFile | None:
    if not isinstance(item, dict):
        return None
    file_id = _str(item.get("file_id")) or _str(item.get("id"))
    if file_id is None:
        return None
    name = (_str(item.get("original_name")) or _str(item.get("file_name"))
            or _str(item.get("name")) or file_id)
    return StoredFile(file_id=file_id, name=name, size=_int(item.get("file_size")),
                      mime_type=_str(item.get("mime_type")), url=_str(item.get("file_url")),
                      uploaded_at=parse_time(item.get("upload_time") or item.get("created_at")),
                      expires_at=parse_time(item.get("expires_at")))


def parse_file_page(data: object, *, page: int, page_size: int) -> FilePage:
    """A page of GET /api/v1/files/list [seen]; its shape is not documented, so the items are
    looked for under the usual names, and unreadable ones are skipped."""
    inner = unwrap(data)
    items: object = inner
    meta = inner if isinstance(inner, dict) else {}
    if isinstance(inner, dict):
        items = next((inner[k] for k in _LIST_KEYS if isinstance(inner.get(k), list)), None)
        if items is None:
            raise MalformedResponse("the file list answer holds no list")
    if not isinstance(items, list):
        raise MalformedResponse("the file list answer holds no list")
    files = [f for f in (parse_file(i) for i in items) if f is not None]
    return FilePage(files=files, total=_int(meta.get("total")),
                    page=_int(meta.get("page")) or page,
                    page_size=_int(meta.get("pageSize") or meta.get("page_size")) or page_size)


def is_quota_error(code: object, message: object) -> bool:
    """The service's "quota exhausted" [inferred: recognised by its words, see api_facts]."""
    text = f"{code or ''} {message or ''}".lower()
    return any(word in text for word in api_facts.FILES_QUOTA_WORDS)
