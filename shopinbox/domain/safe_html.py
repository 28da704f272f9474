"""HTML from outside (email bodies) made safe to show, and the one switch for remote content.

nh3 (ammonia) removes scripts, handlers, forms, iframes, styles …; its attribute filter is the
single place where remote content is decided: an `<img src>` that points to the network
(`http:`, `https:`, `//`) is kept only when remote content is allowed, and the filter tells
whether there was any. Ingest keeps it (`remote=True`: the stored HTML is safe and complete, and
knows it had remote images); the timeline cleans again with `remote=False` unless the user
allowed that sender ("Show images from this sender"), so opening a mail never tells a tracker
it was read. `cid:` inline images and `data:` images stay. Pure: no I/O.
"""

from __future__ import annotations

import nh3

TAGS = set(nh3.ALLOWED_TAGS) | {"font", "center", "span", "div", "table", "thead", "tbody",
                                "tfoot", "tr", "td", "th", "img", "hr", "br", "u", "s"}
ATTRIBUTES = {
    "*": {"align", "valign", "width", "height", "title", "dir", "lang", "bgcolor", "color"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "font": {"face", "size", "color"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
SCHEMES = {"http", "https", "mailto", "cid", "data", "tel"}
BLOCKED = "blocked:image"  # what a hidden remote image points to (the viewer loads nothing)


def is_remote(url: str) -> bool:
    return url.strip().lower().startswith(("http:", "https:", "//"))


def clean(source: str, *, remote: bool) -> tuple[str, bool]:
    """(safe HTML, whether it refers to remote images). With `remote=False` those images lose
    their address (it becomes `BLOCKED`); links get rel="noopener noreferrer"."""
    found: list[str] = []

    def decide(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src" and is_remote(value):
            found.append(value)
            return value if remote else BLOCKED
        return value

    cleaned = nh3.clean(source, tags=TAGS, attributes=ATTRIBUTES, attribute_filter=decide,
                        url_schemes=SCHEMES, link_rel="noopener noreferrer",
                        strip_comments=True)
    return cleaned, bool(found)
