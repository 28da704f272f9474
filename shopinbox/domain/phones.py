"""Phone numbers in E.164 (`+48601234567`), the form `phone` identities are stored and compared in.

Customers type numbers every way there is: `601 234 567`, `+48 601-234-567`, `0048 601 234 567`,
`8 (916) 123-45-67`, `+7 916 123 45 67`. A number with a country code (`+` or the international
prefix `00`) is read as it stands. One without is read in the shop's `default_region` (Poland
unless told otherwise) first and, when it is not a valid number there, in each of the
`fallback_regions` in turn: a Russian `8 (916) …` is not a Polish number, so it is read as
Russian. The first reading that gives a *valid* number wins. A number written with its country
code only has to be *possible* (the right length for its country, e.g. the UK drama number
`+44 7700 900123`), so that a customer's number is not thrown away for want of metadata.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import phonenumbers
else:
    class _Deferred:
        """`phonenumbers` (its metadata takes ~30 ms to import) loaded at the first number
        read, not with every module that can read one — the window's start among them."""

        def __getattr__(self, name: str) -> Any:
            import phonenumbers as module  # (a plain import: bundlers see it)

            return getattr(module, name)

    phonenumbers = _Deferred()

DEFAULT_REGION = "PL"
# Where Russian-speaking customers of a Polish shop usually come from, in the order a bare
# national number is tried after the default region.
FALLBACK_REGIONS: tuple[str, ...] = ("RU", "UA", "BY")

_STRIP_PREFIXES = ("tel:", "tel.", "tel ", "phone:", "тел.", "тел:", "tel")


def _clean(raw: str) -> str:
    text = raw.strip()
    lowered = text.lower()
    for prefix in _STRIP_PREFIXES:
        if lowered.startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_phone(
    raw: str | None,
    default_region: str = DEFAULT_REGION,
    fallback_regions: Sequence[str] = FALLBACK_REGIONS,
) -> str | None:
    """The E.164 form of `raw`, or None when it is not a phone number.

    >>> normalize_phone("601 234 567")
    '+48601234567'
    >>> normalize_phone("8 (916) 123-45-67")
    '+79161234567'
    """
    if raw is None:
        return None
    text = _clean(raw)
    digits = sum(ch.isdigit() for ch in text)
    if digits < 6 or digits > 17:
        return None
    if text.startswith("+"):
        number = _parse(text, None)
        if number is None:
            return None
        if phonenumbers.is_valid_number(number) or phonenumbers.is_possible_number(number):
            return _e164(number)
        return None
    regions = [default_region.upper()] + [
        region.upper() for region in fallback_regions if region.upper() != default_region.upper()
    ]
    readings = [number for number in (_parse(text, region) for region in regions) if number]
    for number in readings:
        if phonenumbers.is_valid_number(number):
            return _e164(number)
    return None


def phone_key(value: str | None, default_region: str = DEFAULT_REGION) -> str | None:
    """What two phone values are compared by: E.164 when the value reads as a number, else its
    bare digits (so that even a number phonenumbers rejects still matches itself)."""
    if not value:
        return None
    normalised = normalize_phone(value, default_region)
    if normalised:
        return normalised
    digits = "".join(ch for ch in value if ch.isdigit())
    return digits or None


def find_phones(text: str, default_region: str = DEFAULT_REGION) -> list[str]:
    """Phone numbers written in free text, in E.164, first occurrence first, no repeats."""
    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(text, default_region.upper()):
        value = _e164(match.number)
        if value not in found:
            found.append(value)
    return found



def phone_spans(text: str, default_region: str = DEFAULT_REGION) -> list[tuple[int, int, str]]:
    """(start, end, E.164) of each phone number written in `text`, in order — for `tel:`
    links where a number is shown."""
    return [(match.start, match.end, _e164(match.number))
            for match in phonenumbers.PhoneNumberMatcher(text, default_region.upper())]
