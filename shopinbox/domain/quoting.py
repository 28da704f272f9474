"""Find where quoted history starts in a reply, so the timeline can fold it away.

Plain text: the "On … wrote:" line (in English, Polish or Russian) or the first run of `>` lines
that goes on to the end. HTML: the first `<blockquote>` or Gmail/Outlook quote container.
"""

from __future__ import annotations

import re

_ATTRIBUTION = re.compile(
    r"^(on .{3,200}wrote:|.{0,200}\b(napisał|napisała|napisał\(a\)):|"
    r".{0,200}(писал|написал|написала)\(?а?\)?:|-{2,}\s*original message\s*-{2,}|"
    r"-{2,}\s*wiadomość oryginalna\s*-{2,}|-{2,}\s*исходное сообщение\s*-{2,})\s*$",
    re.IGNORECASE,
)
_HTML_QUOTE = re.compile(
    r"<blockquote|<div[^>]+class=\"?[^\">]*(gmail_quote|moz-cite-prefix)|<div[^>]+id=\"?divRplyFwdMsg",
    re.IGNORECASE,
)


def split_quoted_text(text: str) -> tuple[str, str]:
    """(new text, quoted history); the history is empty when none was found."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        stripped = line.strip()
        if _ATTRIBUTION.match(stripped) or (
            stripped.startswith(">")
            and all(not rest.strip() or rest.lstrip().startswith(">")
                    for rest in lines[number:])
        ):
            head = "\n".join(lines[:number]).rstrip()
            if head:
                return head, "\n".join(lines[number:])
            return text, ""
    return text, ""


def split_quoted_html(html: str) -> tuple[str, str]:
    match = _HTML_QUOTE.search(html)
    if match is None or match.start() == 0:
        return html, ""
    return html[: match.start()], html[match.start():]
