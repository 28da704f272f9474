"""Getting an attachment out of the store: save it into a folder the user chose (the name can
never escape that folder) or into a private temporary folder to open it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from shopinbox.app.core.context import AppContext
from shopinbox.domain.filenames import safe_filename
from shopinbox.store.models import Attachment


class AttachmentUnavailable(Exception):
    """The content was never downloaded (too large, or lazily fetched later)."""


def _load(ctx: AppContext, attachment_id: int) -> tuple[str, bytes]:
    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        if attachment is None or not attachment.sha256:
            raise AttachmentUnavailable(attachment_id)
        name, digest = attachment.filename, attachment.sha256
    return safe_filename(name), ctx.blobs.read(digest)


def suggested_name(ctx: AppContext, attachment_id: int) -> str:
    with ctx.reader() as session:
        attachment = session.get(Attachment, attachment_id)
        return safe_filename(attachment.filename if attachment else "")


def save_attachment(ctx: AppContext, attachment_id: int, target: Path) -> Path:
    """Write to `target`'s folder under a safe version of `target`'s name (never elsewhere)."""
    _, content = _load(ctx, attachment_id)
    folder = Path(target).parent.resolve()
    final = folder / safe_filename(Path(target).name)
    if final.resolve().parent != folder:
        raise ValueError("the file name would leave the chosen folder")
    final.write_bytes(content)
    return final


def export_for_opening(ctx: AppContext, attachment_id: int) -> Path:
    """A copy in a fresh private temp folder, for the system's default application."""
    name, content = _load(ctx, attachment_id)
    folder = Path(tempfile.mkdtemp(prefix="shopinbox-open-"))
    path = folder / name
    path.write_bytes(content)
    return path
