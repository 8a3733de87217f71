"""The form of every user-facing sentence of the core and the services: an id and its template.

The templates are English and marked with N_, a no-op that packaging/update-translations.py
teaches lupdate to read (as QT_TR_NOOP, which puts them in the .ts under the empty context,
CONTEXT). The UI translates a Message's template with QCoreApplication.translate(CONTEXT, …)
and fills its parameters. A member with two templates is plural: (one, many), chosen by the
parameter `n`. The member's name is the stable id the task store keeps (never reuse one).
"""

from __future__ import annotations

import itertools
from enum import Enum
from typing import Final

CONTEXT: Final = ""  # lupdate gives QT_TR_NOOP outside a QObject class no context
_ORDER = itertools.count()


def N_(text: str) -> str:
    """Mark `text` for translation (lupdate reads the call); returns it unchanged."""
    return text


class MessageId(Enum):
    """A sentence the core or the services can say: `forms` holds its English template(s).

    The sentences themselves are the members of its subclasses, one per area, in
    app/core/catalog/ (an Enum with members cannot be subclassed)."""

    forms: tuple[str, ...]

    def __new__(cls, *forms: str) -> MessageId:
        self = object.__new__(cls)
        self._value_ = next(_ORDER)  # unique even where two ids share a template
        self.forms = forms
        return self

    def template(self, n: object = None) -> str:
        """The English template: the singular form when `n` is 1 for a plural message."""
        return self.forms[0] if n == 1 or len(self.forms) == 1 else self.forms[1]

    @property
    def key(self) -> str:
        """The stable id kept in the store: the member's name."""
        return self.name
