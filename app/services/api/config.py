"""Where the API lives: base URLs from settings or the environment, HTTPS enforced off loopback."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.core import api_facts
from app.core.catalog import SettingFieldMsg
from app.core.messages import Message

ENV_BASE_URL = "EVOLINK_BASE_URL"
ENV_FILES_URL = "EVOLINK_FILES_BASE_URL"


# What require_secure calls the URL it checks (a noun inside its sentences).
API_BASE_URL_NAME = Message(SettingFieldMsg.URL_NAME_API_BASE)
FILES_URL_NAME = Message(SettingFieldMsg.URL_NAME_FILES)


class InsecureURL(ValueError):
    """A URL that would send the key in clear text, or that is not a URL at all.

    `str()` gives the Message itself, so a dialog that shows `str(exc)` can still translate it.
    """

    def __str__(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else super().__str__()


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure(url: str, what: str = API_BASE_URL_NAME) -> str:
    """`url` without a trailing slash; plain http is refused except to this machine."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureURL(Message(SettingFieldMsg.URL_NOT_HTTP_URL, what=what, url=url))
    if "@" in parts.netloc:  # httpx would send Basic auth in place of the key's Bearer
        raise InsecureURL(
            Message(SettingFieldMsg.URL_HAS_CREDENTIALS, what=what, host=parts.hostname)
        )
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise InsecureURL(Message(SettingFieldMsg.URL_NEEDS_HTTPS, what=what, url=url))
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class Endpoints:
    base_url: str
    files_base_url: str

    @property
    def is_loopback(self) -> bool:
        return is_loopback_host(urlsplit(self.base_url).hostname)


def resolve_endpoints(base_url: str | None = None,
                      env: Mapping[str, str] | None = None, *,
                      setting: str | None = None) -> Endpoints:
    """Explicit value (--base-url), else EVOLINK_BASE_URL, else the window's setting, else the
    public API: the environment wins over the setting in the window as in the CLI.

    The file service is its own host on the public API [doc]; any other base (the simulator, a
    proxy) is taken to serve both, unless EVOLINK_FILES_BASE_URL says otherwise.
    """
    env = os.environ if env is None else env
    base = require_secure(base_url or env.get(ENV_BASE_URL) or setting
                          or api_facts.API_BASE_URL)
    files = env.get(ENV_FILES_URL)
    if files:
        files = require_secure(files, FILES_URL_NAME)
    elif base == api_facts.API_BASE_URL:
        files = api_facts.FILES_BASE_URL
    else:
        files = base
    return Endpoints(base, files)


def control_base_url(endpoints: Endpoints, env: Mapping[str, str] | None = None) -> str:
    """Where the public pricing rules live [seen]: EVOLINK_CONTROL_BASE, else the API base."""
    env = os.environ if env is None else env
    value = env.get(api_facts.CONTROL_BASE_ENV)
    return require_secure(value) if value else endpoints.base_url
