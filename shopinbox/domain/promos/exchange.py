"""The promo library file format (JSON), so a shop can back up or share its promo replies.

```json
{
  "format": "shopinbox-promos",
  "version": 1,
  "promos": [
    {
      "shortcut": "/thanks",               // required, unique, no spaces
      "title": "Thank you + discount code", // required
      "category": "Promotions",             // optional, default ""
      "variants": {                         // required, at least one; key = language code
        "en": {"subject": "Thank you!", "body": "Hi {{ customer.first_name }} … {{ promo.code }}"},
        "pl": {"subject": "Dziękujemy!", "body": "…"}
      },
      "attachments": [                      // optional
        {"filename": "size-chart.png", "mime_type": "image/png", "content_base64": "iVBORw0…"}
      ],
      "pool": "THANKS10"                    // optional: name of the discount-code pool to attach
    }
  ]
}
```
(The `//` comments are for this description only; real files are plain JSON, UTF-8.)
Codes themselves are never exported with the library: they belong to one shop. Bodies are
checked like any template when imported. Unknown keys are ignored, so newer files still load.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

FORMAT_NAME = "shopinbox-promos"
FORMAT_VERSION = 1


class PromoFormatError(ValueError):
    """The file is not a promo library this version can read; the message says where."""


@dataclass
class AttachmentSpec:
    filename: str
    mime_type: str
    content: bytes


@dataclass
class PromoSpec:
    shortcut: str
    title: str
    category: str = ""
    variants: dict[str, tuple[str, str]] = field(default_factory=dict)  # language -> (subject, body)
    attachments: list[AttachmentSpec] = field(default_factory=list)
    pool: str | None = None


def dump_library(promos: list[PromoSpec]) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "promos": [
            {
                "shortcut": promo.shortcut,
                "title": promo.title,
                "category": promo.category,
                "variants": {
                    language: {"subject": subject, "body": body}
                    for language, (subject, body) in sorted(promo.variants.items())
                },
                "attachments": [
                    {"filename": a.filename, "mime_type": a.mime_type,
                     "content_base64": base64.b64encode(a.content).decode("ascii")}
                    for a in promo.attachments
                ],
                **({"pool": promo.pool} if promo.pool else {}),
            }
            for promo in promos
        ],
    }


def _text(value: Any, where: str, *, required: bool = True) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise PromoFormatError(f"{where}: expected {'a non-empty ' if required else 'a '}text")
    return value


def validate_shortcut(shortcut: str) -> str:
    shortcut = shortcut.strip()
    if not shortcut or any(c.isspace() for c in shortcut) or len(shortcut) > 64:
        raise PromoFormatError(f"shortcut {shortcut!r}: one word of at most 64 characters, "
                               "e.g. /ship")
    return shortcut


def load_library(data: Any) -> list[PromoSpec]:
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise PromoFormatError(f'not a promo library (expected "format": "{FORMAT_NAME}")')
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise PromoFormatError(f"library version {version!r} is newer than this app "
                               f"(reads up to {FORMAT_VERSION})")
    items = data.get("promos")
    if not isinstance(items, list):
        raise PromoFormatError('"promos" must be a list')
    specs: list[PromoSpec] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"promos[{index}]"
        if not isinstance(item, dict):
            raise PromoFormatError(f"{where}: expected an object")
        shortcut = validate_shortcut(_text(item.get("shortcut"), f"{where}.shortcut"))
        if shortcut in seen:
            raise PromoFormatError(f"{where}: shortcut {shortcut} appears twice")
        seen.add(shortcut)
        spec = PromoSpec(shortcut=shortcut, title=_text(item.get("title"), f"{where}.title"),
                         category=_text(item.get("category"), f"{where}.category", required=False))
        variants = item.get("variants")
        if not isinstance(variants, dict) or not variants:
            raise PromoFormatError(f"{where}.variants: expected at least one language")
        for language, variant in variants.items():
            vwhere = f"{where}.variants.{language}"
            if not isinstance(variant, dict) or not language.strip():
                raise PromoFormatError(f"{vwhere}: expected {{'subject': …, 'body': …}}")
            spec.variants[language.strip().lower()] = (
                _text(variant.get("subject"), f"{vwhere}.subject", required=False),
                _text(variant.get("body"), f"{vwhere}.body"),
            )
        for number, attachment in enumerate(item.get("attachments") or []):
            awhere = f"{where}.attachments[{number}]"
            if not isinstance(attachment, dict):
                raise PromoFormatError(f"{awhere}: expected an object")
            try:
                content = base64.b64decode(
                    _text(attachment.get("content_base64"), f"{awhere}.content_base64"),
                    validate=True,
                )
            except (binascii.Error, ValueError):
                raise PromoFormatError(f"{awhere}.content_base64: not valid base64") from None
            spec.attachments.append(AttachmentSpec(
                filename=_text(attachment.get("filename"), f"{awhere}.filename"),
                mime_type=_text(attachment.get("mime_type"), f"{awhere}.mime_type",
                                required=False) or "application/octet-stream",
                content=content,
            ))
        pool = item.get("pool")
        spec.pool = _text(pool, f"{where}.pool") if pool is not None else None
        specs.append(spec)
    return specs
