"""The compiled catalogues (.qm) are committed so that a wheel or a plain `pip install .` speaks
Polish and Russian; they must match their .ts sources (rebuild with
`python -m shopinbox.ui.build_translations`)."""

from __future__ import annotations

import subprocess

from shopinbox.ui.build_translations import lrelease_command
from shopinbox.ui.common.i18n import translations_dir


def test_committed_qm_files_match_their_sources(tmp_path):
    sources = sorted(translations_dir().glob("*.ts"))
    assert {s.stem for s in sources} >= {"shopinbox_pl", "shopinbox_ru", "shopinbox_en"}
    for source in sources:
        fresh = tmp_path / f"{source.stem}.qm"
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(fresh)],
                       check=True)
        committed = source.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} is missing: run build_translations"
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is older than {source.name}: run build_translations")
