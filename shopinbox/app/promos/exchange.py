"""Export and import the promo library as a JSON file (format: domain/promo_exchange.py).

Import upserts by shortcut: an existing promo with the same shortcut is updated (title, category,
variants, attachments replaced); a named pool is created when missing and attached. Everything is
checked first and written in one transaction, so a bad file changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.promos.library import PromoAttachmentData, PromoDetail, save_promo_in
from shopinbox.app.promos.lookup import PromoNotFound, find_promo, promo_pool
from shopinbox.domain.promos.exchange import (
    AttachmentSpec,
    PromoFormatError,
    PromoSpec,
    dump_library,
    load_library,
)
from shopinbox.store.models import DiscountPool, PromoAttachment, PromoReply


@dataclass
class ImportSummary:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    pools_created: list[str] = field(default_factory=list)


def export_library(ctx: AppContext) -> dict:
    with ctx.reader() as session:
        specs = []
        for promo in session.scalars(select(PromoReply).order_by(PromoReply.shortcut)):
            pool = promo_pool(session, promo.id)
            attachments = session.scalars(select(PromoAttachment).where(
                PromoAttachment.promo_id == promo.id).order_by(PromoAttachment.id)).all()
            specs.append(PromoSpec(
                shortcut=promo.shortcut, title=promo.title, category=promo.category,
                variants={v.language: (v.subject, v.body) for v in promo.variants},
                attachments=[AttachmentSpec(a.filename, a.mime_type, ctx.blobs.read(a.sha256))
                             for a in attachments],
                pool=pool.name if pool else None,
            ))
    return dump_library(specs)


def export_library_file(ctx: AppContext, path: Path) -> int:
    data = export_library(ctx)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return len(data["promos"])


def import_library(ctx: AppContext, data: object) -> ImportSummary:
    specs = load_library(data)
    summary = ImportSummary()
    with ctx.writer() as session, session.begin():
        for spec in specs:
            existing: PromoReply | None
            try:
                existing = find_promo(session, spec.shortcut)
                if existing.shortcut != spec.shortcut:
                    existing = None
            except PromoNotFound:
                existing = None
            detail = PromoDetail(
                id=existing.id if existing else None, title=spec.title, shortcut=spec.shortcut,
                category=spec.category, variants=dict(spec.variants),
                attachments=[PromoAttachmentData(a.filename, a.mime_type, content=a.content)
                             for a in spec.attachments],
            )
            promo_id = save_promo_in(session, ctx, detail)
            (summary.updated if existing else summary.created).append(spec.shortcut)
            if spec.pool:
                pool = session.scalar(select(DiscountPool).where(DiscountPool.name == spec.pool))
                if pool is None:
                    session.add(DiscountPool(name=spec.pool, promo_id=promo_id))
                    summary.pools_created.append(spec.pool)
                elif pool.promo_id is None:
                    pool.promo_id = promo_id
                session.flush()
    return summary


def import_library_file(ctx: AppContext, path: Path) -> ImportSummary:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise PromoFormatError(f"{path.name} is not valid JSON: {error}") from None
    return import_library(ctx, data)
