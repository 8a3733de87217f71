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
MIN_POLL_INTERVAL_S: Final = 2.0
# [inferred] task_info.estimated_time is read as the seconds still to go when it was reported
# (the docs show 165 on a fresh task, which fits either reading).
ESTIMATED_TIME_IS_REMAINING: Final = True  # ours: never more often than this against the real API

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

# --- Prices, models and charges (issue 21 item 2) -------------------------------------------
# [seen] Evolink's newer client: public pricing rules (no key), an account quote for one
# request (read-only) and the models this key may use.
PRICING_RULES_PATH: Final = "/v1/catalog/models/{model}/pricing-rules"  # [seen] ?view=full
QUOTE_PATH: Final = "/v1/agent-estimates"  # [seen]
MODELS_PATH: Final = "/v1/models"  # [seen]
CONTROL_BASE_ENV: Final = "EVOLINK_CONTROL_BASE"  # [seen] where the pricing rules live
RULES_MAX_CACHE_S: Final = 60.0  # [seen] a rules reply is kept until fresh_until, at most 1 min
QUOTE_DEBOUNCE_MS: Final = 600  # ours: ask for a quote once the user stops changing settings
