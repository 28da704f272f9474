"""Use-cases for merge suggestions, shared by the window and the command line.

- `list_suggestions(ctx, customer_id=None, refresh=True) -> list[SuggestionRow]`: the open
  suggestions, one per pair of customers with every reason (`reasons[i].reason` is a code of
  `domain.merge_reasons.SuggestionReason`, `.detail` its values, `.text` an English sentence),
  and the default direction (`source_id` into `into_id`). With `refresh` the suggestions are
  first recomputed from the data (a write transaction).
- `accept_suggestion(ctx, suggestion_id, actor="", into_id=None) -> int`: merge the pair (the
  default way, or into `into_id`); returns the merge id, undone with `merging.unmerge`.
- `dismiss_suggestion(ctx, suggestion_id) -> int`: the pair is not suggested again for these
  reasons; returns how many reasons were dismissed.

What each reason means is described in `shopinbox.store.identity.suggestions`. Failures raise
`SuggestionError` or another `MergeError` with a message to show as is.
"""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from shopinbox.app.core.context import AppContext
from shopinbox.domain.phones import DEFAULT_REGION
from shopinbox.store.database import transaction
from shopinbox.store.identity import suggestions as store
from shopinbox.store.identity.suggestions import (
    RefreshResult,
    SuggestionError,
    SuggestionReasonRow,
    SuggestionRow,
)

__all__ = [
    "RefreshResult",
    "SuggestionError",
    "SuggestionReasonRow",
    "SuggestionRow",
    "accept_suggestion",
    "dismiss_suggestion",
    "list_suggestions",
    "refresh_suggestions",
]


def refresh_suggestions(ctx: AppContext, default_region: str = DEFAULT_REGION) -> RefreshResult:
    """Recompute the open suggestions from the data."""
    for attempt in range(2):
        try:
            with transaction(ctx.writer) as session:
                return store.refresh_suggestions(session, default_region)
        except IntegrityError:
            # Another desktop (team mode) added the same suggestion at the same moment.
            if attempt:
                raise
    raise AssertionError("unreachable")


def list_suggestions(
    ctx: AppContext,
    customer_id: int | None = None,
    refresh: bool = True,
    default_region: str = DEFAULT_REGION,
) -> list[SuggestionRow]:
    """Open suggestions, oldest first (only those about `customer_id`, when given)."""
    if refresh:
        refresh_suggestions(ctx, default_region)
    with ctx.reader() as session:
        return store.open_suggestions(session, customer_id)


def accept_suggestion(
    ctx: AppContext, suggestion_id: int, actor: str = "", into_id: int | None = None
) -> int:
    """Merge the suggestion's pair; returns the merge id."""
    with transaction(ctx.writer) as session:
        return store.accept(session, suggestion_id, actor=actor, into_id=into_id).id


def dismiss_suggestion(ctx: AppContext, suggestion_id: int) -> int:
    """Never suggest this pair again for its current reasons; returns how many were dismissed."""
    with transaction(ctx.writer) as session:
        return store.dismiss(session, suggestion_id)
