"""A segment's filter: what `Segment.rules` holds, checked and normalised here (pure).

Every field is optional; a customer matches when every given field matches:

- `languages`: customer language in this list (`""` stands for "not set");
- `channels`: reachable on at least one of these channels (an identity of the channel's kind
  that is not marked unreachable);
- `labels`: carries at least one of these labels; `without_labels`: carries none of these;
- `min_orders` / `max_orders`: number of orders;
- `min_value` / `max_value`: lifetime value (orders that were not cancelled or refunded);
- `ordered_after` / `ordered_before`: date of the last order (ISO dates, inclusive);
- `product`: bought a product whose SKU equals it or whose name contains it (case-insensitive);
- `contacted_after` / `contacted_before`: last message from the customer (ISO dates);
- `has_code_from` / `no_code_from`: has / has not received a code from this pool (id);
- `consent`: `"yes"` only customers with recorded marketing consent and no opt-out, `"no"`
  those without; absent: anyone (a campaign still sends only to consented customers).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any


class SegmentRuleError(ValueError):
    """A filter field has a value that cannot be used; the message names it."""


@dataclass
class SegmentRules:
    languages: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    without_labels: list[str] = field(default_factory=list)
    min_orders: int | None = None
    max_orders: int | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    ordered_after: date | None = None
    ordered_before: date | None = None
    product: str = ""
    contacted_after: date | None = None
    contacted_before: date | None = None
    has_code_from: int | None = None
    no_code_from: int | None = None
    consent: str = ""

    def to_json(self) -> dict[str, Any]:
        """Only the fields that are set, JSON-ready (what `Segment.rules` stores)."""
        out: dict[str, Any] = {}
        for key, value in asdict(self).items():
            if value in (None, "", []):
                continue
            if isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, date):
                value = value.isoformat()
            out[key] = value
        return out


_LISTS = ("languages", "channels", "labels", "without_labels")
_INTS = ("min_orders", "max_orders", "has_code_from", "no_code_from")
_MONEY = ("min_value", "max_value")
_DATES = ("ordered_after", "ordered_before", "contacted_after", "contacted_before")


def _list(name: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        raise SegmentRuleError(f"{name}: expected a list")
    return [str(v).strip() for v in value if str(v).strip() or name == "languages"]


def parse_rules(data: dict[str, Any] | None) -> SegmentRules:
    """Check and normalise a filter (from JSON, the CLI or the window)."""
    rules = SegmentRules()
    for key, value in (data or {}).items():
        if value in (None, ""):
            continue
        try:
            if key in _LISTS:
                items = _list(key, value)
                if key == "languages":
                    items = [i.lower() for i in items]
                setattr(rules, key, items)
            elif key in _INTS:
                setattr(rules, key, int(value))
            elif key in _MONEY:
                setattr(rules, key, Decimal(str(value)))
            elif key in _DATES:
                setattr(rules, key, value if isinstance(value, date)
                        else date.fromisoformat(str(value)[:10]))
            elif key == "product":
                rules.product = str(value).strip()
            elif key == "consent":
                if str(value) not in ("yes", "no"):
                    raise SegmentRuleError("consent: expected yes or no")
                rules.consent = str(value)
            else:
                raise SegmentRuleError(f"unknown filter field {key!r}")
        except (ValueError, InvalidOperation, TypeError) as error:
            if isinstance(error, SegmentRuleError):
                raise
            raise SegmentRuleError(f"{key}: {value!r} is not usable ({error})") from None
    return rules


def parse_cli_filters(pairs: list[str]) -> dict[str, Any]:
    """`key=value` pairs of the command line (lists comma-separated) as a filter dict."""
    data: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise SegmentRuleError(f"{pair!r}: expected key=value")
        data[key.strip().replace("-", "_")] = value.strip()
    parse_rules(data)
    return data
