"""The outbox's email sender: build the reply, send it by SMTP, file a copy in Sent.

The Message-ID is fixed when the outbox claims the reply (`delivery_id`, from the outbox id given
when it was queued), so a retried send carries the same id and the copy in Sent is matched to
the outbox row by it (clients and our own sync see one message). In-Reply-To/References point at
the customer's message being answered. The copy is APPENDed to Sent with \\Seen unless the
provider files sent mail itself (Gmail, Outlook, iCloud); a failed copy does not fail the send
(the mail is out) but is noted on the message.

Steps (app/outbox/sending.py): `smtp` is recorded in flight before the hand-over and done as
soon as the server accepted it, so a reply interrupted after that is never handed over again
(it resumes with the copy in Sent); `sent_copy` once the copy is filed. `delivered` answers
"is it in Sent?" by `UID SEARCH HEADER Message-ID`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from shopinbox.app.core.context import AppContext
from shopinbox.app.outbox.sending import PermanentSendError, begin_step, done_steps, end_step
from shopinbox.channels.base import SendOutcome
from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email import smtp_client as smtp
from shopinbox.channels.email.account import load_config
from shopinbox.channels.email.convert.mail_compose import OutgoingMail, build_mail
from shopinbox.domain.campaigns.optout import list_unsubscribe
from shopinbox.domain.errors import as_shop_error
from shopinbox.store.database import require
from shopinbox.store.models import Account, Message

log = logging.getLogger(__name__)


def message_id_for(outbox_id: str, address: str) -> str:
    """A stable Message-ID for a queued reply (`outbox:<uuid>` → `<uuid@domain>`)."""
    if outbox_id.startswith("<"):
        return outbox_id
    token = outbox_id.split(":", 1)[-1].replace("-", "")
    return f"<{token}@{address.rpartition('@')[2] or 'shopinbox.invalid'}>"


def send_email(ctx: AppContext, message_id: int) -> SendOutcome:
    with ctx.reader() as session:
        message = require(session, Message, message_id)
        account = require(session, Account, message.account_id)
        reply_to_id = (message.extra or {}).get("reply_to_message_id")
        reply_to = session.get(Message, reply_to_id) if reply_to_id else None
        attachments = [(a.filename, a.mime_type, ctx.blobs.read(a.sha256))
                       for a in message.attachments if a.sha256]
    config = load_config(account.name, dict(account.settings or {}), account.secret_ref)
    if not message.recipients:
        raise PermanentSendError("recipient_missing")
    in_reply_to = reply_to.external_id if reply_to is not None \
        and reply_to.external_id.startswith("<") else None
    header_id = message_id_for(message.external_id, config.address)
    raw = build_mail(OutgoingMail(
        from_address=config.address,
        from_name=config.display_name,
        to=[message.recipients],
        subject=message.subject,
        text=message.body_text,
        html=message.body_html,
        message_id=header_id,
        date=datetime.now(UTC),
        in_reply_to=in_reply_to,
        references=reply_to.references if reply_to is not None else None,
        attachments=attachments,
        # marketing (a campaign): recipients can unsubscribe by a mail the app understands
        list_unsubscribe=list_unsubscribe(config.address)
        if (message.extra or {}).get("marketing") else None,
    ))
    done = done_steps(message)
    resumed = "smtp" in done  # handed over before an interruption: only the copy is left
    if not resumed:
        begin_step(ctx, message_id, "smtp")
        smtp.send(config.smtp, raw, config.address, [message.recipients])
        # with no copy to file, the hand-over is the last step: recorded with the outcome
        end_step(ctx, message_id, "smtp", header_id, last=config.saves_sent)
    extra: dict = {"message_id": header_id}
    if not config.saves_sent and "sent_copy" not in done:
        extra.update(_file_in_sent(config, raw, header_id if resumed else None))
        if "sent_copy" in extra:
            end_step(ctx, message_id, "sent_copy", extra["sent_copy"])
    return SendOutcome(external_id=header_id, extra=extra)


def delivered(ctx: AppContext, message_id: int) -> bool | None:
    """Whether the account's Sent folder holds this reply (by its Message-ID); None when the
    account has no Sent folder to look in. Raises `MailConnectionError` when IMAP fails."""
    with ctx.reader() as session:
        message = require(session, Message, message_id)
        account = require(session, Account, message.account_id)
    config = load_config(account.name, dict(account.settings or {}), account.secret_ref)
    header_id = message_id_for(message.external_id, config.address)
    client = imap.connect(config.imap)
    try:
        folder = imap.find_sent_folder(client)
        if folder is None:
            return None
        return imap.holds_message_id(client, folder, header_id)
    except imap.MailConnectionError:
        raise
    except Exception as error:
        raise imap.classify(error, config.imap.host, config.imap.port) from None
    finally:
        imap.close(client)


def _file_in_sent(config, raw: bytes, unless_there: str | None = None) -> dict:
    """APPEND the copy to Sent (`unless_there`: a Message-ID whose copy an interrupted attempt
    may have filed already — looked for first, so Sent never holds it twice)."""
    try:
        client = imap.connect(config.imap)
        try:
            folder = imap.find_sent_folder(client)
            if folder is None:
                return {"sent_copy_error": "no Sent folder found on the server"}
            if unless_there and imap.holds_message_id(client, folder, unless_there):
                return {"sent_copy": folder}
            imap.append(client, folder, raw, seen=True)
            return {"sent_copy": folder}
        finally:
            imap.close(client)
    except Exception as error:  # the mail went out; the copy is a convenience
        failure = as_shop_error(error)
        log.warning("sent, but the copy in Sent failed: %s", failure.for_log())
        return {"sent_copy_error": failure.stored()}
