"""What a user action changed (Anki's `OpChanges`): the window refreshes only these.

An operation (`ui/common/operations.py`) runs an app/ function in the background; the function
returns a `Changes` (or a set of customer ids, or an `OpResult` when it also has a value such as
the new message id), and one `changes_applied` signal carries it to every view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Changes:
    """Customers whose rows, timeline or panel changed; messages whose delivery state changed;
    whether the account list or the promo library changed; which shop settings changed (team
    mode: set on another desktop)."""

    customer_ids: set[int] = field(default_factory=set)
    messages: set[int] = field(default_factory=set)
    accounts: bool = False
    promos: bool = False
    settings: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.customer_ids or self.messages or self.accounts or self.promos
                    or self.settings)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.customer_ids | other.customer_ids, self.messages | other.messages,
                       self.accounts or other.accounts, self.promos or other.promos,
                       self.settings | other.settings)

    @classmethod
    def of(cls, result: Any) -> Changes:
        """Normalise what an app function returned: Changes, OpResult, ids, or nothing."""
        if isinstance(result, Changes):
            return result
        if isinstance(result, OpResult):
            return result.changes
        if isinstance(result, set | frozenset):  # the customer ids an action changed
            return cls(customer_ids={int(i) for i in result})
        return cls()


@dataclass
class OpResult:
    """An operation's value (a message id, a merge id) together with what it changed."""

    value: Any
    changes: Changes
