"""The outbox: every reply is written as `queued` first, then sent by a channel sender.

queued → sending → sent | failed. A message is claimed with a conditional UPDATE
(queued → sending), so two workers never send it twice. In the same transaction the reply gets
the id the server will know it by where the channel fixes one (`Channel.delivery_id`: email's
Message-ID), so the copy a later pull brings back (the Sent folder) is matched to this row —
one timeline row — and proves the delivery (`store/ingest.py`).

Exactly once across kill -9: a sender records every step that reaches the server
(`begin_step` before, `end_step` after, each committed at once — the last one together with
the outcome: an SMTP hand-over, one part of a split Telegram reply) and skips the steps already
done. A message found in `sending` after a crash (`recover_interrupted`) with no step in
flight is queued again and resumes where it stopped; one with a step in flight may have gone
out: it is failed as `may_have_been_sent`, never re-sent blindly. When the user retries such a
message, its channel is asked first whether the server holds it (`Channel.delivered`: the Sent
folder) — if so it is recorded as sent and not sent again. Senders are registered per account
kind by the channel modules.

The outbox's write transactions take one lock per process first (`writes.py`): several
accounts sending side by side queue there instead of in SQLite's sleeping busy handler.

Errors are codes (domain/errors.py): `delivery_error` holds `ShopError.stored()` — e.g.
`recipient_blocked`, `may_have_been_sent`, `pool_empty(pool)` — and `send_message` returns that
stored value, which ui/ words with tr() and the CLI with `describe_stored`. A sender's raw
exception text goes to the log only.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox import claims

# OutboxError and ReplyTarget are imported from here by callers too (the rule is in targets).
from shopinbox.app.outbox.targets import OutboxError, ReplyTarget, choose_target  # noqa: F401
from shopinbox.app.outbox.writes import outbox_write
from shopinbox.channels import registry
from shopinbox.channels.base import SendOutcome
from shopinbox.channels.registry import DEMO_KIND
from shopinbox.domain.errors import ShopError, as_shop_error
from shopinbox.domain.filenames import safe_filename
from shopinbox.domain.kinds import DeliveryState, Direction
from shopinbox.store.conversations import refresh_conversations
from shopinbox.store.database import require
from shopinbox.store.discounts import PoolEmpty
from shopinbox.store.ingest import store_blob
from shopinbox.store.models import Account, Attachment, Customer, Identity, Message
from shopinbox.store.search import reindex_messages

log = logging.getLogger(__name__)
SETTLE_TIMEOUT = 120.0  # seconds to wait for a send another worker is doing



class PermanentSendError(ShopError):
    """Retrying will not help (e.g. the customer blocked the bot): failed without retry."""


Sender = Callable[[AppContext, int], SendOutcome]
QueueListener = Callable[[int], None]  # account id of a reply just queued

# The running sync engine listens here, so an account's outbox sends a reply as soon as it is
# queued in this process (another process's replies are found by the outbox's polling).
_queue_listeners: list[QueueListener] = []


def add_queue_listener(listener: QueueListener) -> None:
    if listener not in _queue_listeners:
        _queue_listeners.append(listener)


def remove_queue_listener(listener: QueueListener) -> None:
    if listener in _queue_listeners:
        _queue_listeners.remove(listener)


def _notify_queued(account_id: int) -> None:
    for listener in list(_queue_listeners):
        try:
            listener(account_id)
        except Exception:  # a listener's bug must not undo the queued reply
            log.exception("outbox listener failed")


def _demo_sender(ctx: AppContext, message_id: int) -> SendOutcome:
    """Demo accounts deliver locally, so the demo shop can be tried end to end."""
    return SendOutcome(external_id=f"demo-sent-{message_id}")


# Accounts that deliver without a channel (the demo shop's); every other account sends through
# its channel's `send` (channels/registry.py).
LOCAL_SENDERS: dict[str, Sender] = {DEMO_KIND: _demo_sender}


def sender_for(kind: str, settings: dict[str, Any] | None) -> Sender | None:
    if kind in LOCAL_SENDERS:
        return LOCAL_SENDERS[kind]
    channel = registry.for_account(kind, settings)
    return channel.send if channel is not None else None


@dataclass(frozen=True)
class StoredAttachment:
    """An attachment whose bytes are already in the blob store (e.g. a promo's size chart)."""

    filename: str
    mime_type: str
    sha256: str
    size: int


def queued_channel(ctx: AppContext, message_id: int) -> str | None:
    """The channel a queued reply goes out on (the command line words its warnings)."""
    with ctx.reader() as session:
        return session.scalar(select(Message.channel).where(Message.id == message_id))


def queue_reply(ctx: AppContext, customer_id: int, text: str, *, channel: str | None = None,
                account_name: str | None = None, subject: str | None = None,
                html: str | None = None, attachments: list[Path] | None = None,
                stored_attachments: list[StoredAttachment] | None = None,
                extra: dict[str, Any] | None = None) -> int:
    """Write the reply as `queued` and return its message id (nothing is sent here)."""
    if not text.strip() and not attachments and not stored_attachments:
        raise OutboxError("empty_reply")
    with ctx.writer() as session, session.begin():
        customer = session.get(Customer, customer_id)
        if customer is None or customer.merged_into_id is not None:
            raise OutboxError("unknown_customer", id=customer_id)
        target = choose_target(session, customer_id, channel, account_name)
        message = queue_in(session, ctx, customer_id, target, text, subject=subject, html=html,
                           attachments=attachments, stored_attachments=stored_attachments,
                           extra=extra)
        message_id, account_id = message.id, message.account_id
    _notify_queued(account_id)  # after the commit: the outbox must see the row
    return message_id


def queue_in(session: Any, ctx: AppContext, customer_id: int, target: ReplyTarget, text: str,
             *, subject: str | None = None, html: str | None = None,
             attachments: list[Path] | None = None,
             stored_attachments: list[StoredAttachment] | None = None,
             extra: dict[str, Any] | None = None, index: bool = True) -> Message:
    """Write a queued message to `target` in the caller's write transaction (so a campaign
    records its recipient with the message in one commit); the caller tells the outbox
    (`notify_queued`) after committing. `index=False`: the caller indexes the text itself
    once it is final (a campaign claims the message in the same transaction, code and all)."""
    account = require(session, Account, target.account_id)
    identity = require(session, Identity, target.identity_id)
    reply_to = session.get(Message, target.reply_to_message_id) \
        if target.reply_to_message_id else None
    if subject is None and reply_to is not None:
        subject = registry.channel(target.channel).reply_subject(reply_to.subject)
    details = dict(extra or {})
    if reply_to is not None:
        details.setdefault("reply_to_message_id", reply_to.id)
    message = Message(
        account_id=account.id,
        customer_id=customer_id,
        identity_id=identity.id,
        channel=target.channel,
        direction=Direction.OUTBOUND,
        external_id=f"outbox:{uuid.uuid4()}",
        thread_key=reply_to.thread_key if reply_to is not None else None,
        sent_at=datetime.now(UTC),
        sender_address=str((account.settings or {}).get("email")
                           or (account.settings or {}).get("username") or account.name),
        sender_name=str((account.settings or {}).get("display_name")
                        or (account.settings or {}).get("shop_name") or ""),
        recipients=identity.value,
        subject=subject or "",
        body_text=text,
        body_html=html,
        is_read=True,
        delivery_state=DeliveryState.QUEUED,
        extra=details,
    )
    for path in attachments or []:
        content = Path(path).read_bytes()
        digest = store_blob(session, ctx.blobs, content)
        message.attachments.append(
            Attachment(filename=safe_filename(Path(path).name), size=len(content),
                       sha256=digest, mime_type=_guess_mime(Path(path).name))
        )
    for stored in stored_attachments or []:
        message.attachments.append(
            Attachment(filename=safe_filename(stored.filename), size=stored.size,
                       sha256=stored.sha256, mime_type=stored.mime_type)
        )
    session.add(message)
    session.flush()
    if index:
        reindex_messages(session, [message.id])
    refresh_conversations(session, [customer_id])
    return message


def notify_queued(account_id: int) -> None:
    """Tell the running outboxes that `account_id` has a message queued (after a commit)."""
    _notify_queued(account_id)


def _rowcount(result: Any) -> int:
    """Rows an UPDATE changed (typed: SQLAlchemy's Result only has it for DML)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _guess_mime(name: str) -> str:
    import mimetypes

    return mimetypes.guess_type(name)[0] or "application/octet-stream"


STEPS = "delivery_steps"  # Message.extra: {"done": {step: value}, "in_flight": step | None}
INTERRUPTED = "interrupted"  # Message.extra: a crash left this reply's delivery unknown
MAY_HAVE_BEEN_SENT = "may_have_been_sent"
NOT_BEFORE = "not_before"  # Message.extra: a throttled reply waits until then (ISO time)


def _steps(extra: dict[str, Any] | None) -> dict[str, Any]:
    steps = dict((extra or {}).get(STEPS) or {})
    steps["done"] = dict(steps.get("done") or {})
    steps.setdefault("in_flight", None)
    return steps


def done_steps(message: Message) -> dict[str, Any]:
    """The steps of this reply that reached the server (step → what the server answered)."""
    return _steps(message.extra)["done"]


def begin_step(ctx: AppContext, message_id: int, step: str) -> None:
    """Committed before a step goes to the server: a crash now leaves it "in flight"."""
    with outbox_write(ctx) as session:
        message = require(session, Message, message_id)
        steps = _steps(message.extra)
        steps["in_flight"] = step
        message.extra = {**(message.extra or {}), STEPS: steps}


# The last step of a send, taken by the server and recorded with the outcome (`_finish`), in
# one transaction instead of two: (context, message id) → (step, value). Keyed by context too:
# two profiles open in one process number their messages alike.
_final_steps: dict[tuple[str, int], tuple[str, Any]] = {}
_final_lock = threading.Lock()


def end_step(ctx: AppContext, message_id: int, step: str, value: Any = True, *,
             last: bool = False) -> None:
    """Committed as soon as the server took the step (`value`: e.g. its message id).

    `last`: nothing else goes to the server for this message — the step is recorded with the
    outcome, which `send_message` writes right after the sender returns. A crash in between
    leaves the step in flight, exactly as a crash before this commit would: the reply "may
    have been sent", never sent again blindly."""
    if last:
        with _final_lock:
            _final_steps[(context_token(ctx), message_id)] = (step, value)
        return
    with outbox_write(ctx) as session:
        message = require(session, Message, message_id)
        steps = _steps(message.extra)
        steps["done"][step] = value
        steps["in_flight"] = None
        message.extra = {**(message.extra or {}), STEPS: steps}


def _with_final_step(ctx: AppContext, message_id: int, extra: dict[str, Any]
                     ) -> dict[str, Any]:
    """`extra` with the last step `end_step(last=True)` left for the outcome, if any."""
    with _final_lock:
        final = _final_steps.pop((context_token(ctx), message_id), None)
    if final is None:
        return extra
    steps = _steps(extra)
    steps["done"][final[0]] = final[1]
    steps["in_flight"] = None
    return {**extra, STEPS: steps}


# Who claimed a reply, and whether they still run: app/outbox/claims.py.
CLAIMED_BY = claims.CLAIMED_BY
context_token = claims.context_token
_claim_is_live = claims.claim_is_live


def _channel_of(kind: str, settings: dict[str, Any] | None) -> Any:
    return None if kind in LOCAL_SENDERS else registry.for_account(kind, settings)


@dataclass(frozen=True)
class Claimed:
    """A reply this worker took (queued → sending), with its account's sending facts."""

    message: Message
    kind: str
    settings: dict[str, Any]


def _claim(ctx: AppContext, message_id: int) -> tuple[Message | None, str | None]:
    """queued → sending in a transaction of its own (see `claim_in`). Returns (message, None)
    when claimed, (None, reason) when the message cannot go out (e.g. the pool ran dry)."""
    with outbox_write(ctx) as session:
        claimed, refused = claim_in(session, ctx, message_id)
    return (claimed.message if claimed is not None else None), refused


def claim_in(session: Any, ctx: AppContext, message_id: int, *, index: bool = False
             ) -> tuple[Claimed | None, str | None]:
    """queued → sending in the caller's write transaction, and in it the reply's server-side
    id is fixed and the promo's discount code is taken, so a code is given exactly when its
    message goes out (a campaign queues and claims a recipient's message in one commit).
    `index`: (re)index the message's text here even when no code changed it (a caller that
    queued it without indexing). Returns (claimed, None), (None, None) when someone else has
    it, or (None, reason) when it cannot go out — then it is failed in this transaction."""
    claimed = session.execute(
        update(Message)
        .where(Message.id == message_id, Message.delivery_state == DeliveryState.QUEUED)
        .values(delivery_state=DeliveryState.SENDING, send_attempts=Message.send_attempts + 1)
    )
    if _rowcount(claimed) != 1:
        return None, None
    message = require(session, Message, message_id)
    extra = {k: v for k, v in (message.extra or {}).items() if k != NOT_BEFORE}
    message.extra = {**extra, CLAIMED_BY: claims.claimant(ctx, message.account_id)}
    account = require(session, Account, message.account_id)
    channel = _channel_of(account.kind, account.settings)
    if channel is not None and message.external_id.startswith("outbox:"):
        fixed = channel.delivery_id(message.external_id, dict(account.settings or {}))
        if fixed:
            message.external_id = fixed
    try:
        with session.begin_nested():
            from shopinbox.app.promos.reply import finalize_codes_on_send

            if finalize_codes_on_send(session, message_id) or index:
                reindex_messages(session, [message_id])  # the code is now in the text
    except (PoolEmpty, LookupError) as error:
        failure = error if isinstance(error, ShopError) else as_shop_error(error)
        log.warning("message %s not sent: %s", message_id, failure.for_log())
        message.delivery_state = DeliveryState.FAILED
        message.delivery_error = failure.stored()
        if index:
            reindex_messages(session, [message_id])
        return None, message.delivery_error
    session.flush()
    return Claimed(message, account.kind, dict(account.settings or {})), None


def _finish(ctx: AppContext, message_id: int, state: str, error: ShopError | None,
            outcome: SendOutcome | None) -> str | None:
    """Record the outcome; returns what was stored as `delivery_error`."""
    stored = error.stored() if error is not None else None
    with outbox_write(ctx) as session:
        message = require(session, Message, message_id)
        extra = _with_final_step(ctx, message_id, dict(message.extra or {}))
        if message.delivery_state == DeliveryState.SENT and state != DeliveryState.SENT:
            if extra != (message.extra or {}):
                message.extra = extra
            return None  # a pull meanwhile found the server's copy: it went out after all
        message.delivery_state = state
        message.delivery_error = stored
        if state == DeliveryState.SENT:
            extra.pop(INTERRUPTED, None)
        if outcome is not None:
            if outcome.external_id:
                message.external_id = outcome.external_id
            extra.update(outcome.extra)
        if extra != (message.extra or {}):
            message.extra = extra
    return stored


def _already_delivered(ctx: AppContext, channel: Any, message: Message) -> bool:
    """Before an interrupted reply is sent again (the user chose Retry): does the server hold
    it? Raises the channel's `ShopError` when it cannot be asked (nothing is sent then)."""
    if channel is None or not (message.extra or {}).get(INTERRUPTED):
        return False
    return channel.delivered(ctx, message.id) is True


def send_message(ctx: AppContext, message_id: int) -> tuple[str, str | None]:
    """Send one queued message now. Returns (state, stored error): the error as
    `ShopError.stored()` (read it with `parse_stored` / `describe_stored`), None when sent."""
    with outbox_write(ctx) as session:
        claimed, refused = claim_in(session, ctx, message_id)
    if refused is not None:
        return DeliveryState.FAILED, refused
    if claimed is None:  # not queued (any more): maybe the engine's outbox is sending it
        return _settled(ctx, message_id)
    return send_claimed(ctx, claimed)


def send_claimed(ctx: AppContext, claimed: Claimed) -> tuple[str, str | None]:
    """Send a reply this worker claimed (`claim_in`, committed) and record how it went."""
    message, kind, settings = claimed.message, claimed.kind, claimed.settings
    message_id = message.id
    sender = sender_for(kind, settings)
    if sender is None:
        stored = _finish(ctx, message_id, DeliveryState.FAILED, ShopError("no_sender", kind=kind),
                         None)
        return DeliveryState.FAILED, stored
    try:
        if _already_delivered(ctx, _channel_of(kind, settings), message):
            log.info("message %s was delivered before it was interrupted; not sent again",
                     message_id)
            _finish(ctx, message_id, DeliveryState.SENT, None, None)
            return DeliveryState.SENT, None
        outcome = sender(ctx, message_id)
    except Exception as error:  # every failure is recorded on the message, never lost
        failure = as_shop_error(error)
        log.warning("sending message %s failed: %s", message_id, failure.for_log())
        if failure.code == "throttled" and failure.until is not None:
            return DeliveryState.QUEUED, _defer(ctx, message_id, failure)
        stored = _finish(ctx, message_id, DeliveryState.FAILED, failure, None)
        return DeliveryState.FAILED, stored
    _finish(ctx, message_id, DeliveryState.SENT, None, outcome)
    return DeliveryState.SENT, None


def _defer(ctx: AppContext, message_id: int, failure: ShopError) -> str:
    """The service asked to wait (flood control): queued again, not before that moment — the
    steps already done stay recorded, so it resumes where it stopped. The error stays on the
    message meanwhile ("Telegram asks to wait until 14:05")."""
    stored = failure.stored()
    until = failure.until
    assert until is not None
    with outbox_write(ctx) as session:
        message = require(session, Message, message_id)
        message.delivery_state = DeliveryState.QUEUED
        message.delivery_error = stored
        message.extra = {**_with_final_step(ctx, message_id, dict(message.extra or {})),
                         NOT_BEFORE: until.isoformat()}
    return stored


def _due(extra: dict[str, Any] | None, now: datetime) -> bool:
    value = (extra or {}).get(NOT_BEFORE)
    if not value:
        return True
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return True
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment <= now


def _settled(ctx: AppContext, message_id: int, timeout: float = SETTLE_TIMEOUT
             ) -> tuple[str, str | None]:
    """(state, error) of a message someone else claimed, once it has left `sending` (or as it
    is after `timeout`): the composer that queued a reply learns how it went even when the
    sync engine's outbox took it first. Runs on a background thread, never the UI's."""
    ends = time.monotonic() + timeout
    while True:
        with ctx.reader() as session:
            current = session.get(Message, message_id)
            if current is None:
                return "", ShopError("unknown_message", id=message_id).stored()
            state, error = current.delivery_state or "", current.delivery_error
        if state != DeliveryState.SENDING or time.monotonic() >= ends:
            return state, error
        time.sleep(0.1)


def pending_message_ids(ctx: AppContext, account_id: int | None = None) -> list[int]:
    """Queued replies that may go out now (not those the service asked to hold back)."""
    query = select(Message.id, Message.extra).where(
        Message.delivery_state == DeliveryState.QUEUED)
    if account_id is not None:
        query = query.where(Message.account_id == account_id)
    now = datetime.now(UTC)
    with ctx.reader() as session:
        return [row.id for row in session.execute(query.order_by(Message.id))
                if _due(row.extra, now)]


def retry(ctx: AppContext, message_id: int) -> None:
    """The user asked to try a failed message again. One that may have gone out
    (`may_have_been_sent`) is checked on the server before anything is sent (`send_message`);
    the window asks the user to confirm such a retry first."""
    with ctx.writer() as session, session.begin():
        requeued = session.execute(
            update(Message)
            .where(Message.id == message_id, Message.delivery_state == DeliveryState.FAILED)
            .values(delivery_state=DeliveryState.QUEUED, delivery_error=None)
        )
        account_id = session.scalar(select(Message.account_id).where(Message.id == message_id))
    if _rowcount(requeued) and account_id is not None:
        _notify_queued(int(account_id))


def recover_interrupted(ctx: AppContext, account_id: int | None = None) -> int:
    """At start-up: replies a crash left in `sending`. No network here (the window calls it
    before it opens). On a team database also when this desktop takes an account over
    (`account_id`: that account only) — the replies the previous runner left half-sent.

    A reply whose channel records its steps (`Channel.resumable_sends`) and had none in flight
    did not reach the server beyond what is recorded: it is queued again and resumes without
    repeating a step. Any other may have gone out: failed as `may_have_been_sent`, for the user
    to check — a later pull that finds the server's copy records it as sent. A reply that
    someone still running claimed is left to it (`_claim_is_live`): another process, another
    context of this one, or — team mode — the desktop whose runner lock still holds the
    account; only replies of a claimer that is gone (or lost its lock) are touched.
    Returns how many replies are now "may have been sent"."""
    from shopinbox.app.sync.election import runner_connections

    own = context_token(ctx)
    unsure = 0
    with ctx.writer() as session, session.begin():
        query = (select(Message, Account.kind, Account.settings)
                 .join(Account, Account.id == Message.account_id)
                 .where(Message.delivery_state == DeliveryState.SENDING))
        if account_id is not None:
            query = query.where(Message.account_id == account_id)
        rows = session.execute(query).all()
        holders = runner_connections(ctx, {m.account_id for m, _k, _s in rows}) if rows \
            else None
        for message, kind, settings in rows:
            runners = holders.get(message.account_id, set()) if holders is not None else None
            if _claim_is_live((message.extra or {}).get(CLAIMED_BY), own, runners):
                continue  # someone still running (a window, a sync service) sends it
            channel = _channel_of(kind, settings)
            steps = _steps(message.extra)
            if channel is not None and channel.resumable_sends and steps["in_flight"] is None:
                message.delivery_state = DeliveryState.QUEUED
                log.info("message %s was interrupted before reaching the server; resuming",
                         message.id)
                continue
            unsure += 1
            message.delivery_state = DeliveryState.FAILED
            message.delivery_error = ShopError(MAY_HAVE_BEEN_SENT).stored()
            message.extra = {**(message.extra or {}), INTERRUPTED: True}
            log.warning("message %s was interrupted while %s; it may have been sent",
                        message.id, steps["in_flight"] or "sending")
    return unsure


def queue_promo_reply(ctx: AppContext, customer_id: int, promo: int | str, *,
                      channel: str | None = None, account_name: str | None = None,
                      language: str | None = None, order_id: int | None = None,
                      answers: dict[str, str] | None = None, new_code: bool = False) -> int:
    """Render a promo reply for the customer's channel and queue it; its discount code (if
    any) is taken when it is sent. Raises MissingValues / PoolEmpty before queueing."""
    from shopinbox.app.promos.reply import prepare_promo_reply

    with ctx.reader() as session:
        target = choose_target(session, customer_id, channel, account_name)
    prepared = prepare_promo_reply(ctx, customer_id, promo, target.channel, language=language,
                                   order_id=order_id, answers=answers, new_code=new_code)
    return queue_reply(
        ctx, prepared.customer_id, prepared.body_text, channel=target.channel,
        account_name=account_name, subject=prepared.subject or None, html=prepared.body_html,
        stored_attachments=[StoredAttachment(a.filename, a.mime_type, a.sha256, a.size)
                            for a in prepared.attachments],
        extra=prepared.extra,
    )
