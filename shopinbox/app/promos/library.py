"""The promo-reply library: list, read, save (with variants and attachments), duplicate, delete.

This is the module the window and the CLI call. Rendering and sending live in
`app/promo_reply.py` (re-exported here: `render_promo`, `preview_template`,
`prepare_promo_reply`, `finalize_codes_on_send`, `check_before_send`), code pools in
`app/discounts.py`, import/export in `app/promo_exchange.py`.

Every variant is checked with the template sandbox before it is saved, so a broken or hostile
template never reaches the database.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.lookup import PromoNotFound, find_promo
from shopinbox.app.promos.reply import (  # noqa: F401  (re-exported for callers)
    MissingValues,
    PreparedPromoReply,
    RenderedAttachment,
    RenderedPromo,
    check_before_send,
    finalize_codes_on_send,
    prepare_promo_reply,
    preview_template,
    reformat_edited,
    render_promo,
)
from shopinbox.domain.filenames import safe_filename
from shopinbox.domain.promos.exchange import PromoFormatError, validate_shortcut
from shopinbox.domain.promos.render import PromoTemplateError, check_template
from shopinbox.store.ingest import store_blob
from shopinbox.store.models import (
    AttachmentContent,
    DiscountCode,
    DiscountPool,
    PromoAttachment,
    PromoReply,
    PromoVariant,
)

__all__ = [
    "MissingValues", "PreparedPromoReply", "PromoAttachmentData", "PromoDetail", "PromoInvalid",
    "PromoNotFound", "PromoSummary", "RenderedAttachment", "RenderedPromo", "add_attachment",
    "attachment_bytes", "check_before_send", "delete_promo", "duplicate_promo",
    "finalize_codes_on_send", "get_promo", "list_promos", "prepare_promo_reply",
    "preview_template", "reformat_edited", "remove_attachment", "render_promo", "save_promo", "usage_counts",
]


class PromoInvalid(ValueError):
    """The promo cannot be saved as it is (duplicate shortcut, broken template …)."""


@dataclass
class PromoAttachmentData:
    """An attachment of a promo. New ones carry `content`; saved ones an `id` and `sha256`."""

    filename: str
    mime_type: str = "application/octet-stream"
    id: int | None = None
    sha256: str | None = None
    size: int = 0
    content: bytes | None = None


@dataclass
class PromoSummary:
    id: int
    shortcut: str
    title: str
    category: str
    languages: list[str]
    usage_count: int
    attachment_count: int
    pool_id: int | None = None
    pool_name: str | None = None
    codes_free: int | None = None
    codes_given: int | None = None


@dataclass
class PromoDetail:
    """Everything the editor shows and saves. `variants`: language -> (subject, body)."""

    title: str
    shortcut: str
    category: str = ""
    variants: dict[str, tuple[str, str]] = field(default_factory=dict)
    attachments: list[PromoAttachmentData] = field(default_factory=list)
    id: int | None = None
    usage_count: int = 0
    pool_id: int | None = None
    pool_name: str | None = None


def _pools_by_promo(session: Session) -> dict[int, tuple[int, str, int, int]]:
    rows = session.execute(
        select(DiscountPool.promo_id, DiscountPool.id, DiscountPool.name,
               func.count(DiscountCode.id), func.count(DiscountCode.given_to_id))
        .outerjoin(DiscountCode, DiscountCode.pool_id == DiscountPool.id)
        .where(DiscountPool.promo_id.is_not(None))
        .group_by(DiscountPool.promo_id, DiscountPool.id, DiscountPool.name)
        .order_by(DiscountPool.id.desc())
    )
    # The promo's pool is its oldest one (lowest id), like in render_promo.
    return {promo_id: (pool_id, name, total - given, given)
            for promo_id, pool_id, name, total, given in rows if promo_id is not None}


def list_promos(ctx: AppContext, *, category: str | None = None,
                text: str | None = None) -> list[PromoSummary]:
    """The library, by category then shortcut; `text` filters on shortcut, title and category."""
    with ctx.reader() as session:
        query = select(PromoReply).order_by(PromoReply.category, PromoReply.shortcut)
        if category is not None:
            query = query.where(PromoReply.category == category)
        if text:
            like = f"%{text.strip()}%"
            query = query.where(or_(PromoReply.shortcut.ilike(like), PromoReply.title.ilike(like),
                                    PromoReply.category.ilike(like)))
        pools = _pools_by_promo(session)
        attachment_counts = dict(session.execute(
            select(PromoAttachment.promo_id, func.count()).group_by(PromoAttachment.promo_id)
        ).all())
        result = []
        for promo in session.scalars(query):
            pool = pools.get(promo.id)
            result.append(PromoSummary(
                id=promo.id, shortcut=promo.shortcut, title=promo.title, category=promo.category,
                languages=[v.language for v in promo.variants], usage_count=promo.usage_count,
                attachment_count=int(attachment_counts.get(promo.id, 0)),
                pool_id=pool[0] if pool else None, pool_name=pool[1] if pool else None,
                codes_free=pool[2] if pool else None, codes_given=pool[3] if pool else None,
            ))
        return result


def _detail(session: Session, promo: PromoReply) -> PromoDetail:
    attachments = session.execute(
        select(PromoAttachment, AttachmentContent.size)
        .join(AttachmentContent, AttachmentContent.sha256 == PromoAttachment.sha256)
        .where(PromoAttachment.promo_id == promo.id).order_by(PromoAttachment.id)
    ).all()
    pool = _pools_by_promo(session).get(promo.id)
    return PromoDetail(
        id=promo.id, title=promo.title, shortcut=promo.shortcut, category=promo.category,
        variants={v.language: (v.subject, v.body) for v in promo.variants},
        attachments=[PromoAttachmentData(a.filename, a.mime_type, a.id, a.sha256, size)
                     for a, size in attachments],
        usage_count=promo.usage_count,
        pool_id=pool[0] if pool else None, pool_name=pool[1] if pool else None,
    )


def get_promo(ctx: AppContext, promo: int | str) -> PromoDetail:
    """One promo by id or shortcut (`/ship` or `ship`)."""
    with ctx.reader() as session:
        return _detail(session, find_promo(session, promo))


def _validate(detail: PromoDetail) -> None:
    try:
        validate_shortcut(detail.shortcut)
    except PromoFormatError as error:
        raise PromoInvalid(str(error)) from None
    if not detail.title.strip():
        raise PromoInvalid("the promo reply needs a title")
    if not detail.variants:
        raise PromoInvalid("the promo reply needs at least one language variant")
    for language, (subject, body) in detail.variants.items():
        if not language.strip():
            raise PromoInvalid("every variant needs a language code")
        for part, source in (("subject", subject), ("text", body)):
            try:
                check_template(source)
            except PromoTemplateError as error:
                # (the cause stays on the error: the window words its code in its language)
                raise PromoInvalid(f"{language} {part}: {error}") from error


def save_promo_in(session: Session, ctx: AppContext, detail: PromoDetail) -> int:
    """Create (id None) or update a promo in an open write transaction; returns its id."""
    _validate(detail)
    if detail.id is None:
        promo = PromoReply(title="", shortcut="")
        session.add(promo)
    else:
        promo = find_promo(session, detail.id)
    promo.title = detail.title.strip()
    promo.shortcut = detail.shortcut.strip()
    promo.category = detail.category.strip()
    wanted = {language.strip().lower(): texts for language, texts in detail.variants.items()}
    for variant in list(promo.variants):
        if variant.language not in wanted:
            promo.variants.remove(variant)
    have = {v.language: v for v in promo.variants}
    for language, (subject, body) in wanted.items():
        found = have.get(language)
        variant = found if found is not None else PromoVariant(language=language)
        if found is None:
            promo.variants.append(variant)
        variant.subject, variant.body = subject, body
    try:
        session.flush()
    except IntegrityError:
        raise PromoInvalid(f"the shortcut {promo.shortcut} is already used") from None
    keep = {a.id for a in detail.attachments if a.id is not None}
    for existing in session.scalars(select(PromoAttachment).where(
            PromoAttachment.promo_id == promo.id)):
        if existing.id not in keep:
            session.delete(existing)
    for attachment in detail.attachments:
        if attachment.id is None:
            _add_attachment(session, ctx, promo.id, attachment)
    session.flush()
    return promo.id


def save_promo(ctx: AppContext, detail: PromoDetail) -> int:
    """Create or update a promo with its variants and attachments; returns its id."""
    with ctx.writer() as session, session.begin():
        return save_promo_in(session, ctx, detail)


def _add_attachment(session: Session, ctx: AppContext, promo_id: int,
                    attachment: PromoAttachmentData) -> int:
    filename = safe_filename(attachment.filename)
    if attachment.content is not None:
        sha256 = store_blob(session, ctx.blobs, attachment.content)
    elif attachment.sha256 and session.get(AttachmentContent, attachment.sha256):
        sha256 = attachment.sha256
    else:
        raise PromoInvalid(f"the attachment {filename} has no content")
    mime = attachment.mime_type
    if not mime or mime == "application/octet-stream":
        mime = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    row = PromoAttachment(promo_id=promo_id, filename=filename, mime_type=mime, sha256=sha256)
    session.add(row)
    session.flush()
    return row.id


def add_attachment(ctx: AppContext, promo: int | str, filename: str, content: bytes,
                   mime_type: str | None = None) -> int:
    with ctx.writer() as session, session.begin():
        promo_id = find_promo(session, promo).id
        return _add_attachment(session, ctx, promo_id, PromoAttachmentData(
            filename, mime_type or "application/octet-stream", content=content))


def remove_attachment(ctx: AppContext, attachment_id: int) -> None:
    with ctx.writer() as session, session.begin():
        row = session.get(PromoAttachment, attachment_id)
        if row is not None:
            session.delete(row)


def attachment_bytes(ctx: AppContext, attachment_id: int) -> bytes:
    with ctx.reader() as session:
        row = session.get(PromoAttachment, attachment_id)
        if row is None:
            raise PromoNotFound(f"no promo attachment {attachment_id}")
        return ctx.blobs.read(row.sha256)


def _free_shortcut(session: Session, base: str) -> str:
    taken = set(session.scalars(select(PromoReply.shortcut).where(
        PromoReply.shortcut.like(f"{base}-copy%"))))
    candidate, number = f"{base}-copy", 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-copy{number}"
    return candidate


def duplicate_promo(ctx: AppContext, promo: int | str, new_shortcut: str | None = None) -> int:
    """A copy with `-copy` in the shortcut and "(copy)" in the title; code pools stay put."""
    with ctx.writer() as session, session.begin():
        source = _detail(session, find_promo(session, promo))
        copy = PromoDetail(
            title=f"{source.title} (copy)",
            shortcut=new_shortcut or _free_shortcut(session, source.shortcut),
            category=source.category,
            variants=dict(source.variants),
            attachments=[PromoAttachmentData(a.filename, a.mime_type, sha256=a.sha256)
                         for a in source.attachments],
        )
        return save_promo_in(session, ctx, copy)


def delete_promo(ctx: AppContext, promo: int | str) -> None:
    """Delete a promo, its variants and attachments; its code pools (and who got which code)
    are kept, detached, so the shop's records stay complete."""
    with ctx.writer() as session, session.begin():
        row = find_promo(session, promo)
        session.execute(update(DiscountPool).where(DiscountPool.promo_id == row.id)
                        .values(promo_id=None))
        session.delete(row)


@dataclass
class PromoUsage:
    promo_id: int
    shortcut: str
    title: str
    sent: int
    codes_given: int


def usage_counts(ctx: AppContext) -> list[PromoUsage]:
    """How often each promo was sent, and how many codes its pools gave out."""
    with ctx.reader() as session:
        given = dict(session.execute(
            select(DiscountPool.promo_id, func.count(DiscountCode.given_to_id))
            .join(DiscountCode, DiscountCode.pool_id == DiscountPool.id)
            .where(DiscountPool.promo_id.is_not(None))
            .group_by(DiscountPool.promo_id)
        ).all())
        return [PromoUsage(p.id, p.shortcut, p.title, p.usage_count, int(given.get(p.id, 0)))
                for p in session.scalars(select(PromoReply).order_by(PromoReply.shortcut))]
