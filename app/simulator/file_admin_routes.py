"""The file service beside uploads: quota, the paged list of uploads, delete [doc + seen]."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone
from typing import Any, Final
from urllib.parse import quote

from aiohttp import web

from app.core import api_facts
from app.simulator.context import SimContext, Upload, auth_problem, base_url, ctx, files_error

# [seen] the service's times carry +08:00.
SERVICE_TZ: Final = timezone(timedelta(hours=api_facts.FILES_NAIVE_TIME_OFFSET_H))
MAX_PAGE_SIZE: Final = 100


def service_time(ts: float) -> str:
    return datetime.fromtimestamp(ts, SERVICE_TZ).isoformat(timespec="seconds")


def live_uploads(c: SimContext) -> list[Upload]:
    """Uploads that still count against the quota (not expired, not deleted), newest first."""
    now = time.time()
    alive = [u for u in c.uploads.values() if now < u.uploaded_at + api_facts.UPLOAD_TTL_S]
    return sorted(alive, key=lambda u: u.uploaded_at, reverse=True)


def quota_view(c: SimContext) -> dict[str, Any]:
    used = len(live_uploads(c))
    return {"user_group": "default", "used_files": used, "max_files": c.max_files,
            "remain_files": max(0, c.max_files - used), "is_custom": False,
            "quota_reason": None}


def upload_view(request: web.Request, upload: Upload) -> dict[str, Any]:
    url = f"{base_url(request)}/files/uploads/{upload.file_id}/{quote(upload.name)}"
    return {"file_id": upload.file_id, "file_name": upload.name,
            "original_name": upload.original_name or upload.name,
            "upload_path": upload.upload_path, "file_size": upload.size,
            "mime_type": upload.mime_type, "file_url": url, "download_url": f"{url}?download=1",
            "upload_time": service_time(upload.uploaded_at),
            "expires_at": service_time(upload.uploaded_at + api_facts.UPLOAD_TTL_S)}


def ok(data: Any, msg: str = "success") -> web.Response:
    return web.json_response({"success": True, "code": 200, "msg": msg, "data": data})


def quota_exhausted(c: SimContext) -> web.Response:
    return files_error(403, f"Upload quota exceeded: {len(live_uploads(c))} of "
                       f"{c.max_files} files used; delete files or wait for them to expire")


def _whole(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return -1


async def quota(request: web.Request) -> web.StreamResponse:
    if (problem := auth_problem(request)) is not None:
        return files_error(401, problem)
    return ok(quota_view(ctx(request)))


async def list_files(request: web.Request) -> web.StreamResponse:
    if (problem := auth_problem(request)) is not None:
        return files_error(401, problem)
    q = request.query
    page = _whole(q.get("page"), 1)
    size = _whole(q.get(api_facts.FILES_PAGE_SIZE_PARAM) or q.get("page_size"), 20)
    if page < 1 or not 1 <= size <= MAX_PAGE_SIZE:
        return files_error(400, f"page must be >= 1 and pageSize 1-{MAX_PAGE_SIZE}")
    files = live_uploads(ctx(request))
    shown = files[(page - 1) * size:page * size]
    return ok({"list": [upload_view(request, u) for u in shown], "total": len(files),
               "page": page, "pageSize": size})


async def delete_file(request: web.Request) -> web.StreamResponse:
    if (problem := auth_problem(request)) is not None:
        return files_error(401, problem)
    c = ctx(request)
    upload = c.uploads.pop(request.match_info["file_id"], None)
    if upload is None:
        return files_error(404, "File not found")
    upload.path.unlink(missing_ok=True)
    return ok({"file_id": upload.file_id}, "file deleted")


def add_routes(app: web.Application) -> None:
    app.router.add_get(api_facts.FILES_QUOTA_PATH, quota, name="files-quota", allow_head=False)
    app.router.add_get(api_facts.FILES_LIST_PATH, list_files, name="files-list",
                       allow_head=False)
    app.router.add_delete(api_facts.FILES_DELETE_PATH, delete_file, name="files-delete")
