"""Saved segments: create, edit, list, and count + sample while a filter is edited."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry
from shopinbox.domain.campaigns.segments import SegmentRules, parse_rules
from shopinbox.domain.errors import ShopError
from shopinbox.store import campaigns as store
from shopinbox.store.models import Segment


@dataclass
class SegmentInfo:
    id: int
    name: str
    rules: dict[str, Any]


def identity_kinds(channels: list[str]) -> list[str]:
    kinds = []
    for kind in channels:
        channel = registry.find(kind)
        if channel is None:
            raise ShopError("unknown_channel", channel=kind)
        kinds.append(channel.identity_kind)
    return kinds


def preview(ctx: AppContext, rules: dict[str, Any] | SegmentRules,
            limit: int = 20) -> store.SegmentSample:
    """How many customers match and the first few (a background query of the editor)."""
    parsed = rules if isinstance(rules, SegmentRules) else parse_rules(rules)
    kinds = identity_kinds(parsed.channels)
    with ctx.reader() as session:
        return store.segment_sample(session, parsed, kinds, limit)


def customer_ids(ctx: AppContext, rules: dict[str, Any]) -> list[int]:
    parsed = parse_rules(rules)
    with ctx.reader() as session:
        return store.segment_customer_ids(session, parsed, identity_kinds(parsed.channels))


def save_segment(ctx: AppContext, name: str, rules: dict[str, Any]) -> int:
    """Create or replace the segment called `name`; returns its id."""
    name = name.strip()
    if not name:
        raise ValueError("a segment needs a name")
    normalised = parse_rules(rules).to_json()
    with ctx.writer() as session, session.begin():
        row = session.scalar(select(Segment).where(Segment.name == name))
        if row is None:
            row = Segment(name=name, rules=normalised)
            session.add(row)
        else:
            row.rules = normalised
        session.flush()
        return row.id


def find_segment(ctx: AppContext, segment: int | str) -> SegmentInfo:
    with ctx.reader() as session:
        row = session.get(Segment, segment) if isinstance(segment, int) else \
            session.scalar(select(Segment).where(Segment.name == segment))
        if row is None and isinstance(segment, str) and segment.isdigit():
            row = session.get(Segment, int(segment))
        if row is None:
            raise LookupError(f"no segment {segment!r}")
        return SegmentInfo(row.id, row.name, dict(row.rules or {}))


def list_segments(ctx: AppContext) -> list[SegmentInfo]:
    with ctx.reader() as session:
        return [SegmentInfo(r.id, r.name, dict(r.rules or {}))
                for r in session.scalars(select(Segment).order_by(Segment.name))]


def delete_segment(ctx: AppContext, segment: int | str) -> None:
    info = find_segment(ctx, segment)
    with ctx.writer() as session, session.begin():
        row = session.get(Segment, info.id)
        if row is not None:
            session.delete(row)
