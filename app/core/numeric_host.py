"""Hosts written as numbers in any form a resolver accepts: "127.1", "0x7f000001", "2130706433",
"0177.0.0.1" all name 127.0.0.1 (inet_aton's one to four parts, each decimal, octal or hex)."""

from __future__ import annotations

import ipaddress
import re
from typing import Final

_PART: Final = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")
# The last part fills what the earlier parts leave: a.b.c.d, a.b.c16, a.b24, a32.
_LAST_BITS: Final = {1: 32, 2: 24, 3: 16, 4: 8}


def _number(part: str) -> int | None:
    if not _PART.fullmatch(part):
        return None
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part[0] == "0":
        return int(part, 8)
    return int(part)


def inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """The IPv4 address `host` names in a numeric form, or None when it is a name."""
    parts = host.rstrip(".").split(".")
    if not 1 <= len(parts) <= 4:
        return None
    numbers = [_number(p) for p in parts]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    *first, last = values
    if any(n > 255 for n in first) or last >= 1 << _LAST_BITS[len(values)]:
        return None
    value = last
    for i, n in enumerate(first):
        value |= n << (24 - 8 * i)
    return ipaddress.IPv4Address(value)


def ip_of(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address a numeric host names (IPv6 literal or any IPv4 form), None for a name."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return inet_aton(host)
