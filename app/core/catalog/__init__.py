"""Every user-facing sentence of the core and the services, written once, grouped by area:
an Enum per area (its members are the stable ids the task store keeps; never reuse one).
"""

from __future__ import annotations

from app.core.catalog.account import AccountMsg, ApiMsg, FilesMsg, KeychainMsg, PricesMsg
from app.core.catalog.local import ClipMsg, PlayerMsg, ProbeMsg, SequenceMsg, SettingFieldMsg
from app.core.catalog.request import (
    CapabilityMsg,
    ComposerMsg,
    MediaLimitsMsg,
    ReuseMsg,
    RulesMsg,
    TakesMsg,
    WordsMsg,
)
from app.core.catalog.tasks import DownloadMsg, QueueMsg, RecoveryMsg, StoreMsg
from app.core.message_catalog import MessageId

AREAS: tuple[type[MessageId], ...] = (
    WordsMsg,
    CapabilityMsg,
    RulesMsg,
    MediaLimitsMsg,
    ComposerMsg,
    TakesMsg,
    ReuseMsg,
    PricesMsg,
    ApiMsg,
    AccountMsg,
    FilesMsg,
    KeychainMsg,
    QueueMsg,
    DownloadMsg,
    RecoveryMsg,
    StoreMsg,
    ProbeMsg,
    SettingFieldMsg,
    ClipMsg,
    SequenceMsg,
    PlayerMsg,
)
ALL_IDS: tuple[MessageId, ...] = tuple(id for area in AREAS for id in area)
BY_KEY: dict[str, MessageId] = {id.key: id for id in ALL_IDS}
assert len(BY_KEY) == len(ALL_IDS), "an id is used by two areas"

__all__ = [
    "ALL_IDS",
    "AREAS",
    "BY_KEY",
    "AccountMsg",
    "ApiMsg",
    "CapabilityMsg",
    "ClipMsg",
    "ComposerMsg",
    "DownloadMsg",
    "FilesMsg",
    "KeychainMsg",
    "MediaLimitsMsg",
    "PlayerMsg",
    "PricesMsg",
    "ProbeMsg",
    "QueueMsg",
    "RecoveryMsg",
    "ReuseMsg",
    "RulesMsg",
    "SequenceMsg",
    "SettingFieldMsg",
    "StoreMsg",
    "TakesMsg",
    "WordsMsg",
]
