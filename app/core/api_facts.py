"""Every fact about the Evolink API that code depends on, tagged as in api-notes.md.

[doc] is Evolink's documentation, [seen] third-party clients, [inferred] our reading. Facts that
are not [doc] live here only, so that a correction is a one-line change.
"""

from __future__ import annotations

from typing import Final

API_BASE_URL: Final = "https://api.evolink.ai"  # [doc]
FILES_BASE_URL: Final = "https://files-api.evolink.ai"  # [doc]

GENERATIONS_PATH: Final = "/v1/videos/generations"  # [doc]
TASK_PATH: Final = "/v1/tasks/{task_id}"  # [doc]
TASK_LIST_PATH: Final = "/v1/tasks"  # [seen] ?page=&page_size=, newest first, no result links
TASK_LIST_MAX_PAGE_SIZE: Final = 100  # [inferred] the list endpoint's limit is not documented
CREDITS_PATH: Final = "/v1/credits"  # [doc]
UPLOAD_STREAM_PATH: Final = "/api/v1/files/upload/stream"  # [doc]

RESULT_URL_TTL_S: Final = 24 * 3600  # [doc] result URLs expire after 24 hours
UPLOAD_TTL_S: Final = 72 * 3600  # [doc] uploaded files expire after 72 hours

IDEMPOTENCY_HEADER: Final = "Idempotency-Key"  # [seen] honoured by some gateways, not documented
IDEMPOTENCY_REPLAYED_HEADER: Final = "idempotency-replayed"  # [seen]
IDEMPOTENCY_KEY_PATTERN: Final = r"[A-Za-z0-9._-]{16,96}"  # [seen]
REQUEST_ID_HEADER: Final = "x-request-id"  # [seen]

RETRY_AFTER_CAP_S: Final = 30.0  # [seen] honour Retry-After, capped
DEFAULT_503_WAIT_S: Final = 30.0  # [seen]
RETRYABLE_STATUSES: Final = frozenset({429, 502, 503, 504})  # [seen]; 402 never retried

# [seen] a reference client polls every 8 s; each poll makes the gateway ask the provider.
REFERENCE_POLL_INTERVAL_S: Final = 8.0
# Ours (issue 21): never more often than this against the real API; Evolink's skill polls 5 s.
MIN_POLL_INTERVAL_S: Final = 5.0
# [inferred] task_info.estimated_time is read as the seconds still to go when it was reported
# (the docs show 165 on a fresh task, which fits either reading).
ESTIMATED_TIME_IS_REMAINING: Final = True

# [inferred] "MB" in the limits is read as 10**6 bytes: the stricter reading, so a file we
# accept is never one the server rejects for size.
MB: Final = 1_000_000

# [doc] prompt limit is 10000 tokens; the tokenizer is not published. [inferred] estimate:
# one token per CJK character, one per 4 other characters.
PROMPT_MAX_TOKENS: Final = 10_000
PROMPT_RECOMMENDED_CJK_CHARS: Final = 500  # [doc]
PROMPT_RECOMMENDED_WORDS: Final = 1000  # [doc]

CALLBACK_URL_MAX_CHARS: Final = 2048  # [doc]

# [seen] a completed task may carry the clip URLs in `results` [doc] or `result_data` [seen].
RESULT_DATA_URL_KEYS: Final = ("video_url", "url")

# [seen] about 68-70 credits are one US dollar; shown only as a hint.
CREDITS_PER_USD_APPROX: Final = 69.0

# --- Issue 21 item 4: the gateway's error envelope and account refusals (errors helper) ---
# [doc] `error.code` is the HTTP status as an integer; `error.type` names the kind of failure.
ERROR_TYPE_BY_STATUS: Final = {
    400: "invalid_request_error", 401: "authentication_error", 402: "insufficient_quota_error",
    403: "permission_error", 404: "not_found_error", 409: "invalid_request_error",
    413: "invalid_request_error", 429: "rate_limit_error", 500: "internal_server_error",
    502: "upstream_error", 503: "service_unavailable_error",
    504: "upstream_error",  # [inferred] a gateway timeout is the upstream's failure
}
ERROR_TYPES: Final = frozenset(ERROR_TYPE_BY_STATUS.values())  # [doc]
# [seen] request ids: either header, or `request_id` in the body (the body's wins).
REQUEST_ID_HEADERS: Final = ("x-request-id", "x-oneapi-request-id")
# [seen] Evolink's newer client: string codes (any case) decide, whatever the status.
BALANCE_CODES: Final = frozenset({"insufficient_quota", "insufficient_user_quota",
                                  "quota_not_enough", "account_balance_insufficient"})
KEY_LIMIT_CODES: Final = frozenset({"insufficient_token_quota", "key_quota_exhausted"})
KEY_DAILY_LIMIT_CODES: Final = frozenset({"token_daily_quota_exceeded",
                                          "key_daily_quota_exhausted"})
KEY_DISABLED_CODE: Final = "key_disabled"
KEY_EXPIRED_CODE: Final = "key_expired"
KEY_MODEL_NOT_ALLOWED_CODE: Final = "key_model_not_allowed"
USER_DISABLED_CODE: Final = "user_disabled"
INVALID_MEDIA_URL_CODE: Final = "invalid_media_url"
PAID_OUTCOME_UNKNOWN_CODE: Final = "paid_outcome_unknown"  # [seen] 409: a task may exist
# [seen] the gateway's admission check, before dispatch: a create refused with one of these
# was certainly not created (nothing charged). Any other failure after sending is unknown.
ADMISSION_CODES: Final = (BALANCE_CODES | KEY_LIMIT_CODES | KEY_DAILY_LIMIT_CODES | frozenset({
    KEY_DISABLED_CODE, KEY_EXPIRED_CODE, KEY_MODEL_NOT_ALLOWED_CODE, USER_DISABLED_CODE}))
# Statuses the refusals come with. [seen] Evolink's client tests show 402 for the quotas, 401
# for a disabled or expired key, 403 for a model the key may not use; the notes say 402 for
# disabled/expired too: the code decides, so either status is read the same way.
ACCOUNT_REFUSAL_STATUS: Final = {
    **dict.fromkeys(BALANCE_CODES | KEY_LIMIT_CODES | KEY_DAILY_LIMIT_CODES, 402),
    KEY_DISABLED_CODE: 402, KEY_EXPIRED_CODE: 402, KEY_MODEL_NOT_ALLOWED_CODE: 403,
    USER_DISABLED_CODE: 401,  # [inferred]
}
# [seen] an `action_url` may be relative to the site; only https links on its hosts are opened.
ACCOUNT_SITE: Final = "https://evolink.ai"
ACCOUNT_SITE_HOSTS: Final = ("evolink.ai",)  # and their subdomains
# [seen] the daily limit resets at midnight in `reset_timezone`.
DAILY_RESET_TIME: Final = "00:00"
ERROR_MESSAGE_MAX_CHARS: Final = 600  # [seen] the newer client cuts the server's text there
# --- The file service beyond uploads (issue 21 item 5, "files") ---
FILES_QUOTA_PATH: Final = "/api/v1/files/quota"  # [doc]
FILES_LIST_PATH: Final = "/api/v1/files/list"  # [seen] ?page=&pageSize=
FILES_DELETE_PATH: Final = "/api/v1/files/{file_id}"  # [seen] DELETE
FILES_PAGE_SIZE_PARAM: Final = "pageSize"  # [seen] camelCase, unlike the task list
FILES_LIST_PAGE_SIZE: Final = 50  # [inferred] the list's page limit is not documented
FILES_LIST_MAX_PAGES: Final = 40  # ours: the dialog stops there (quotas are 100 or 500 [seen])
FILES_DEFAULT_MAX: Final = 100  # [seen] 100 files by default, 500 for VIP accounts
# [seen] the service's times may carry +08:00; [inferred] one without an offset is read so.
FILES_NAIVE_TIME_OFFSET_H: Final = 8
# [inferred] no code for "quota exhausted" is documented ("uploads fail when the quota is
# exhausted" [doc]): an error whose code or msg holds one of these words is read as that.
FILES_QUOTA_WORDS: Final = ("quota", "配额", "額度", "额度")
# [seen] uploads take an Idempotency-Key too; ours are "upload_<32 hex>", like "run_<32 hex>".
UPLOAD_IDEMPOTENCY_PREFIX: Final = "upload_"
# --- Recovery of lost submissions (issue 21, part "recovery") ----------------------------------
# [seen] GET /v1/tasks?status=&type=&model=&page=&page_size= answers {data, total, page,
# page_size}; its items are light: id, status, model, type, progress, created_at (unix s),
# credits_used, has_results, has_error — no result links. Older answers carried `created`.
TASK_LIST_TYPE_VIDEO: Final = "video"
# [seen] Evolink's skill docs name `queued` and `running` beside `pending` and `processing`.
STATUS_ALIASES: Final = {"queued": "pending", "running": "processing"}
# [inferred] a timestamp this large is in milliseconds, not seconds (year 5138 in seconds).
EPOCH_MS_THRESHOLD: Final = 10**11
# --- polling (issue 21 item 6) ---------------------------------------------------------------
# [seen] POST {"task_ids": [...]} answers {"data": [task, ...]} in the task-status format; not in
# the public docs, so a 404/405 means "no such endpoint here": read each task on its own.
TASK_BATCH_PATH: Final = "/v1/tasks/batch"
TASK_BATCH_MAX_IDS: Final = 50  # [seen]
# [inferred] what a gateway without the batch read answers
TASK_BATCH_ABSENT_STATUSES: Final = frozenset({404, 405})
# --- Prices, models and charges (issue 21 item 2) -------------------------------------------
# [seen] Evolink's newer client: public pricing rules (no key), an account quote for one
# request (read-only) and the models this key may use.
PRICING_RULES_PATH: Final = "/v1/catalog/models/{model}/pricing-rules"  # [seen] ?view=full
QUOTE_PATH: Final = "/v1/agent-estimates"  # [seen]
MODELS_PATH: Final = "/v1/models"  # [seen]
CONTROL_BASE_ENV: Final = "EVOLINK_CONTROL_BASE"  # [seen] where the pricing rules live
RULES_MAX_CACHE_S: Final = 60.0  # [seen] a rules reply is kept until fresh_until, at most 1 min
QUOTE_DEBOUNCE_MS: Final = 600  # ours: ask for a quote once the user stops changing settings
