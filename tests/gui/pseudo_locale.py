"""A pseudo-locale built from the .ts sources at test time: every string longer (about +40 %)
and accented, placeholders and markup kept, so clipped labels show up in a layout test
(Vorta's approach)."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from shopinbox.ui.build_translations import lrelease_command

ACCENTS = str.maketrans("aceilnorsuyzACEILNORSUYZ", "ąćęíłńóřśüýżĄĆĘÍŁŃÓŘŚÜÝŻ")
KEEP = re.compile(r"(\{[a-z_]+\}|%n|<[^>]+>|&(?=\w))")


def pseudo(text: str) -> str:
    parts = KEEP.split(text)
    out = []
    for part in parts:
        if KEEP.fullmatch(part or "") or not part:
            out.append(part)
        else:
            out.append(part.translate(ACCENTS))
    body = "".join(out)
    visible = len(KEEP.sub("", text))
    return f"⟦{body}{'~' * max(1, int(visible * 0.4))}⟧" if visible else body


def build_pseudo_qm(source_ts: Path, target_dir: Path) -> Path:
    tree = ET.parse(source_ts)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            for form in translation:
                form.text = pseudo(source)
        else:
            translation.text = pseudo(source)
        translation.attrib.pop("type", None)
    tree.getroot().set("language", "pl_PL")
    ts = target_dir / "shopinbox_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
