"""Who is sending a reply: the claim the outbox writes into `Message.extra` when it takes a
reply (queued → sending), and the rule start-up / take-over recovery uses to tell a claimer
that still runs (leave its reply alone) from one that is gone (recover the reply).

A claim names the machine, the process, the context in that process (two desktops in one
process: the team tests; a demo profile beside the real one) and — team mode — the backend pid
of the sync-runner lock connection under which it was made (`app/sync/election.py`): a desktop
that was killed, crashed or lost its network lost that lock with its connection.
"""

from __future__ import annotations

import os
import socket
import uuid
import weakref
from datetime import UTC, datetime
from typing import Any

from shopinbox.app.core.context import AppContext

CLAIMED_BY = "claimed_by"  # Message.extra: which process is sending it (host, pid, since)
FOREIGN_CLAIM_AGE = 900.0  # seconds: a claim by another machine (team mode) counts as dead

# Each open context of this process has a token of its own, so a claim tells which context
# made it (two desktops in one process: the team tests; a demo profile beside the real one).
_live_tokens: weakref.WeakValueDictionary[str, AppContext] = weakref.WeakValueDictionary()


def context_token(ctx: AppContext) -> str:
    token = getattr(ctx, "_claim_token", None)
    if token is None:
        token = uuid.uuid4().hex[:12]
        object.__setattr__(ctx, "_claim_token", token)
        _live_tokens[token] = ctx
    return str(token)


def claimant(ctx: AppContext, account_id: int) -> dict[str, Any]:
    """Who claims a reply: host, process, context, and — team mode — the sync-runner lock
    connection that holds the account (`election.claim_runner`), whose loss ends the claim."""
    from shopinbox.app.sync.election import claim_runner

    claim: dict[str, Any] = {"host": socket.gethostname(), "pid": os.getpid(),
                             "ctx": context_token(ctx), "at": datetime.now(UTC).isoformat()}
    runner = claim_runner(ctx, account_id)
    if runner is not None:
        claim["runner"] = runner
    return claim


def pid_alive(pid: int) -> bool:
    if os.name != "posix":  # os.kill(pid, 0) is not a probe there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def claim_is_live(claim: Any, own_token: str | None = None,
                   runners: set[int] | None = None) -> bool:
    """Whether someone still running holds this claim (it is sending now: recovery must leave
    the reply alone).

    - made by `own_token`'s context: it is ours, and we are not recovering our own sends;
    - made while holding the account's runner lock (team mode): live exactly while that lock
      connection still holds it (`runners`: the connections holding it now) — a desktop that
      was killed, crashed or lost its network lost the lock with its connection;
    - made on this machine: live while that process runs (and, in this process, while that
      context is open);
    - made on another machine without a lock: live for FOREIGN_CLAIM_AGE."""
    if not isinstance(claim, dict):
        return False
    if own_token is not None and claim.get("ctx") == own_token:
        return True
    if claim.get("runner") is not None and runners is not None:
        return int(claim["runner"]) in runners
    if claim.get("host") == socket.gethostname():
        pid = int(claim.get("pid") or 0)
        if pid == os.getpid():
            token = claim.get("ctx")
            return token is not None and token != own_token and token in _live_tokens
        return pid != 0 and pid_alive(pid)
    try:
        since = datetime.fromisoformat(str(claim.get("at")))
    except ValueError:
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return (datetime.now(UTC) - since).total_seconds() < FOREIGN_CLAIM_AGE
