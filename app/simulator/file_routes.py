"""The file service's uploads (quota, list, delete: file_admin_routes) and the CDN that serves
result clips, with HEAD and Range."""

from __future__ import annotations

import asyncio
import mimetypes
import re
import secrets
import time
from pathlib import Path
from typing import Final

from aiohttp import BodyPartReader, web

from app.core import api_facts
from app.simulator import file_admin_routes
from app.simulator.context import Upload, auth_problem, cdn_error, ctx, files_error
from app.simulator.faults import CURRENT
from app.simulator.file_admin_routes import live_uploads, quota_exhausted, upload_view

MAX_UPLOAD_BYTES: Final = 95 * api_facts.MB  # [seen] a reference client uploads up to 95 MB
# [doc] images; [seen] video and audio accepted the same way.
UPLOAD_TYPES: Final = frozenset({
    "image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4", "video/quicktime",
    "audio/mpeg", "audio/wav", "audio/x-wav", "audio/wave",
})
IDEMPOTENCY_KEY_RE: Final = re.compile(api_facts.IDEMPOTENCY_KEY_PATTERN)
_RANGE_RE: Final = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK: Final = 64 * 1024
_STREAM_CHUNK: Final = 1 << 20


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    return re.sub(r"[^A-Za-z0-9._-]", "_", base)[:120] or "file"


async def upload_stream(request: web.Request) -> web.StreamResponse:
    if (problem := auth_problem(request)) is not None:
        return files_error(401, problem)
    c = ctx(request)
    if not request.content_type.startswith("multipart/"):
        return files_error(400, "Send multipart/form-data with a 'file' part")
    key = request.headers.get(api_facts.IDEMPOTENCY_HEADER)
    if key is not None and not IDEMPOTENCY_KEY_RE.fullmatch(key):
        return files_error(400, "Idempotency-Key must be 16-96 characters of letters, digits, "
                           "'.', '_' or '-'")
    earlier = c.uploads.get(c.upload_keys.get(key, "")) if key is not None else None
    if earlier is not None:  # [seen] a replay answers with the first upload, not a new file
        return web.json_response(
            {"success": True, "code": 200, "msg": "upload successful",
             "data": upload_view(request, earlier)},
            headers={api_facts.IDEMPOTENCY_REPLAYED_HEADER: "true"})
    reader = await request.multipart()
    data: bytearray | None = None
    name, mime, wanted_name, folder = "file", "", None, ""
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "file":
            name = part.filename or "file"
            mime = (part.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            data = bytearray()
            while chunk := await part.read_chunk(_CHUNK):
                data += chunk
                if len(data) > MAX_UPLOAD_BYTES:
                    return files_error(413, "The file exceeds the upload size limit")
        elif part.name in ("file_name", "fileName"):  # [doc] both spellings
            wanted_name = (await part.text()).strip() or None
        elif part.name in ("upload_path", "uploadPath"):
            folder = (await part.text()).strip().strip("/")
    if data is None:
        return files_error(400, "No 'file' part in the upload")
    original = Path((wanted_name or name).replace("\\", "/")).name or "file"
    name = _safe_name(original)
    if not mime or mime == "application/octet-stream":
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if mime not in UPLOAD_TYPES:
        return files_error(400, f"Unsupported file type: {mime}")
    if c.faults.refuses_upload(mime):
        return files_error(415, f"File type not allowed: {mime}")
    if len(live_uploads(c)) >= c.max_files:
        return quota_exhausted(c)
    file_id = f"file_{secrets.token_hex(12)}"
    path = c.uploads_dir / file_id
    await asyncio.to_thread(path.write_bytes, bytes(data))
    upload = Upload(file_id, name, mime, path, time.time(), size=len(data),
                    original_name=original, upload_path=folder)
    c.uploads[file_id] = upload
    if key is not None:
        c.upload_keys[key] = file_id
    return web.json_response({"success": True, "code": 200, "msg": "upload successful",
                              "data": upload_view(request, upload)})


class Unsatisfiable(ValueError):
    pass


def _byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first, last) of a single Range; None to send it all; raises Unsatisfiable."""
    if header is None:
        return None
    m = _RANGE_RE.match(header.strip())
    if m is None or (not m.group(1) and not m.group(2)):
        return None  # multi-range or junk: RFC 9110 lets a server ignore it
    first_s, last_s = m.groups()
    if not first_s:
        n = int(last_s)
        if n <= 0 or size <= 0:
            raise Unsatisfiable(header)
        return max(0, size - n), size - 1
    first = int(first_s)
    last = min(int(last_s), size - 1) if last_s else size - 1
    if first >= size or (last_s and int(last_s) < first):
        raise Unsatisfiable(header)
    return first, last


async def serve_file(request: web.Request, path: Path, content_type: str,
                     etag: str) -> web.StreamResponse:
    size = path.stat().st_size
    headers = {"Accept-Ranges": "bytes", "ETag": etag, "Content-Type": content_type,
               "Cache-Control": "private, max-age=86400"}
    wanted = request.headers.get("Range")
    if_range = request.headers.get("If-Range")
    if if_range is not None and if_range != etag:
        wanted = None  # the file changed since the client's first part: send it whole
    try:
        rng = _byte_range(wanted, size)
    except Unsatisfiable:
        return web.Response(status=416, headers={"Content-Range": f"bytes */{size}",
                                                 "Accept-Ranges": "bytes"})
    status, first, last = 200, 0, size - 1
    if rng is not None:
        status, (first, last) = 206, rng
        headers["Content-Range"] = f"bytes {first}-{last}/{size}"
    length = max(0, last - first + 1)
    headers["Content-Length"] = str(length)
    fault = CURRENT.get()
    if request.method == "HEAD":
        return web.Response(status=status, headers=headers)
    if fault is not None and fault.kind == "truncate_download" and request.transport is not None:
        # Written by hand: aiohttp would frame a body without a length as chunked.
        with path.open("rb") as fh:
            fh.seek(first)
            data = fh.read(min(length, fault.after_bytes))
        request.transport.write(
            f"HTTP/1.1 {status} OK\r\nContent-Type: {content_type}\r\n"
            f"Connection: close\r\n\r\n".encode() + data)
        request.transport.close()
        return web.Response(status=499)  # never sent: the connection is gone
    # Streamed in chunks: a CDN never holds a whole clip in memory, and neither do we.
    reset = fault is not None and fault.kind == "reset_download"
    limit = min(length, fault.after_bytes) if reset and fault is not None else length
    rate = ctx(request).download_bytes_per_s
    step = _STREAM_CHUNK if rate is None else max(1024, int(rate / 20))  # ~20 writes a second
    resp = web.StreamResponse(status=status, headers=headers)
    await resp.prepare(request)
    with path.open("rb") as fh:
        fh.seek(first)
        sent = 0
        while sent < limit:
            chunk = await asyncio.to_thread(fh.read, min(step, limit - sent))
            if not chunk:
                break
            await resp.write(chunk)
            sent += len(chunk)
            rate = ctx(request).download_bytes_per_s  # a test may lift the limit mid-way
            if rate is not None:
                await asyncio.sleep(len(chunk) / rate)
    if reset:
        if request.transport is not None:
            request.transport.close()  # flushes what was written, then hangs up mid-body
        return resp
    await resp.write_eof()
    return resp


async def download_result(request: web.Request) -> web.StreamResponse:
    engine = ctx(request).engine
    task = engine.by_token(request.match_info["token"])
    now = time.monotonic()
    if task is None or task.clip is None or task.completed_at is None or now < task.completed_at:
        return cdn_error(404, "NoSuchKey", "The specified key does not exist.")
    if engine.result_expired(task, now):
        return cdn_error(403, "AccessDenied", "Request has expired")
    return await serve_file(request, task.clip, "video/mp4", f'"{task.result_token}"')


async def download_upload(request: web.Request) -> web.StreamResponse:
    upload = ctx(request).uploads.get(request.match_info["file_id"])
    if upload is None:
        return cdn_error(404, "NoSuchKey", "The specified key does not exist.")
    if time.time() >= upload.uploaded_at + api_facts.UPLOAD_TTL_S:
        return cdn_error(403, "AccessDenied", "Request has expired")
    return await serve_file(request, upload.path, upload.mime_type, f'"{upload.file_id}"')


def add_routes(app: web.Application) -> None:
    app.router.add_post(api_facts.UPLOAD_STREAM_PATH, upload_stream, name="upload")
    file_admin_routes.add_routes(app)
    app.router.add_get("/files/results/{token}.mp4", download_result, name="download-result")
    app.router.add_get("/files/uploads/{file_id}/{name}", download_upload,
                       name="download-upload")
