"""Getting an attachment out of the store: save it into a folder the user chose (the name can
never escape that folder) or into a private temporary folder to open it. Content that is not in
the profile yet (a sync that only described it) is fetched on demand by the message's channel
(`Channel.fetch_attachment`), with `on_progress(done, expected)` for the window."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError
from shopinbox.domain.filenames import safe_filename
from shopinbox.store.models import Attachment, Message

Progress = Callable[[int, int], None]


class AttachmentUnavailable(ShopError):
    """Neither stored nor fetchable (the channel cannot, or the server lost it)."""

    def __init__(self) -> None:
        super().__init__("attachment_unavailable")


def _load(ctx: AppContext, attachment_id: int,
          on_progress: Progress | None = None) -> tuple[str, bytes]:
    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            raise AttachmentUnavailable()
        name, digest = attachment.filename, attachment.sha256
        message = session.get(Message, attachment.message_id)
        kind = message.channel if message is not None else None
    if digest:
        return safe_filename(name), ctx.blobs.read(digest)
    channel = registry.find(kind)
    content = channel.fetch_attachment(ctx, attachment_id, on_progress) if channel else None
    if content is None:
        raise AttachmentUnavailable()
    return safe_filename(name), content


def suggested_name(ctx: AppContext, attachment_id: int) -> str:
    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        return safe_filename(attachment.filename if attachment else "")


def save_attachment(ctx: AppContext, attachment_id: int, target: Path,
                    on_progress: Progress | None = None) -> Path:
    """Write to `target`'s folder under a safe version of `target`'s name (never elsewhere)."""
    _, content = _load(ctx, attachment_id, on_progress)
    folder = Path(target).parent.resolve()
    final = folder / safe_filename(Path(target).name)
    if final.resolve().parent != folder:
        raise ValueError("the file name would leave the chosen folder")
    final.write_bytes(content)
    return final


def export_for_opening(ctx: AppContext, attachment_id: int,
                       on_progress: Progress | None = None) -> Path:
    """A copy in a fresh private temp folder, for the system's default application."""
    name, content = _load(ctx, attachment_id, on_progress)
    folder = Path(tempfile.mkdtemp(prefix="shopinbox-open-"))
    path = folder / name
    path.write_bytes(content)
    return path
