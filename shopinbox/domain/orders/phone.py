"""Phone numbers from order data, in E.164 (the form `phone` identities are stored in).

Orders carry phones however the buyer typed them: `601 234 567`, `+48 601-234-567`,
`8 (912) 345-67-89`. A number without a country code is read in the shop's default region.
(The identity work has its own `domain/phones.py`; this small helper keeps orders independent.)
"""

from __future__ import annotations

import phonenumbers


def phone_to_e164(raw: str | None, default_region: str = "PL") -> str | None:
    """E.164 (`+48601234567`) or None when the text is not a valid phone number."""
    text = (raw or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
