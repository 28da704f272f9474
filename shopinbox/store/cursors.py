"""The channel-owned sync cursor of one (account, folder): a small JSON object in
`SyncState.cursor` that only its channel reads (IMAP: uidvalidity / last_uid / highest_modseq;
Telegram: offset).

`save_cursor` takes the caller's session and does not commit: a channel calls it inside the
transaction that stores the batch the cursor covers, so messages and cursor commit together.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.store.models import SyncState


def _decode(value: str | None) -> dict[str, Any]:
    if not value:
        return {}
    try:
        data = json.loads(value)
    except ValueError:  # not ours (an order source's plain text): nothing a channel can use
        return {}
    return data if isinstance(data, dict) else {}


def _row(session: Session, account_id: int, folder: str) -> SyncState | None:
    return session.scalar(select(SyncState).where(SyncState.account_id == account_id,
                                                  SyncState.folder == folder))


def load_cursor(session: Session, account_id: int, folder: str = "") -> dict[str, Any]:
    """The stored cursor, or {} when the account has not synced this folder yet."""
    return _decode(session.scalar(select(SyncState.cursor).where(
        SyncState.account_id == account_id, SyncState.folder == folder)))


def save_cursor(session: Session, account_id: int, folder: str, cursor: dict[str, Any],
                *, merge: bool = False) -> None:
    """Write the cursor in the caller's transaction. `merge`: update only the given keys
    (a batch advances `last_uid` and leaves `highest_modseq` for the end of the folder)."""
    state = _row(session, account_id, folder)
    if state is None:
        state = SyncState(account_id=account_id, folder=folder)
        session.add(state)
    value = {**_decode(state.cursor), **cursor} if merge else dict(cursor)
    state.cursor = json.dumps(value, sort_keys=True)
