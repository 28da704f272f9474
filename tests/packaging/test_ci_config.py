"""The CI rules and the installer definitions say what issue 9 asks for. (The workflows run on the
code host; here they are read and checked for the things that matter.)"""

from __future__ import annotations

import re

import pytest
import yaml

from tests.fixtures.servers import missing_server
from tests.packaging.loader import ROOT


@pytest.mark.parametrize(("ci", "allow", "outcome"), [
    ("true", None, pytest.fail.Exception),     # CI: a missing server is a failure …
    ("true", "1", pytest.skip.Exception),      # … unless the job says it cannot have one
    (None, None, pytest.skip.Exception),       # a developer's machine: skip with the hint
    (None, "1", pytest.skip.Exception),
])
def test_missing_server_rule(monkeypatch, ci, allow, outcome):
    for name, value in (("CI", ci), ("SHOPINBOX_ALLOW_MISSING_SERVERS", allow)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    with pytest.raises(outcome, match="apt-get install dovecot-imapd"):
        missing_server("Dovecot", "apt-get install dovecot-imapd")


def _workflow(name: str) -> dict:
    data = yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_release_builds_every_os_on_tags_and_uploads():
    flow = _workflow("release.yml")
    assert flow["on"]["push"]["tags"] == ["v*"]
    jobs = flow["jobs"]
    assert jobs["linux"]["runs-on"] == "ubuntu-latest"
    assert jobs["windows"]["runs-on"] == "windows-latest"
    runners = {(m["runner"], m["arch"]) for m in jobs["macos"]["strategy"]["matrix"]["include"]}
    assert runners == {("macos-14", "arm64"), ("macos-13", "x86_64")}
    assert "build_linux.sh" in _runs(jobs["linux"])
    assert "build_installer.ps1" in _runs(jobs["windows"])
    assert "build_dmg.sh" in _runs(jobs["macos"])
    for script in ("build_linux.sh", "windows/build_installer.ps1", "macos/build_dmg.sh"):
        assert "--smoke" in (ROOT / "packaging" / script).read_text(encoding="utf-8"), script
    publish = jobs["publish"]
    assert set(publish["needs"]) == {"linux", "windows", "macos"}
    assert any(step.get("uses", "").startswith("softprops/action-gh-release")
               for step in publish["steps"])
    for secret in ("APPLE_CERTIFICATE", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert secret in jobs["macos"]["env"]


def test_tests_run_everywhere_and_only_linux_requires_servers():
    job = _workflow("tests.yml")["jobs"]["test"]
    assert set(job["strategy"]["matrix"]["os"]) == {"ubuntu-latest", "windows-latest",
                                                    "macos-14"}
    assert job["env"]["CI"] == "true"
    for step in job["steps"]:
        allows = "SHOPINBOX_ALLOW_MISSING_SERVERS" in step.get("env", {})
        if "pytest" in step.get("run", ""):
            linux = step["if"] == "runner.os == 'Linux'"
            assert allows is not linux, step["name"]
    assert "dev-setup.sh --test" in _runs(job)


def test_windows_installer_is_per_user_without_associations():
    script = (ROOT / "packaging" / "windows" / "shopinbox.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert settings["ChangesAssociations"] == "no"
    assert settings["AppVersion"] == "{#AppVersion}"  # passed in from shopinbox/__init__.py
    assert "[Registry]" not in script  # no file or URL associations
    assert "{autoprograms}" in script  # Start-menu shortcut


def test_ci_run_builds_the_linux_bundle_last():
    lines = [ln for ln in (ROOT / ".ci" / "run").read_text().splitlines() if ln.strip()]
    assert lines[-1] == "bash packaging/build_linux.sh"


def test_desktop_file_registers_no_mime_types():
    entry = (ROOT / "packaging" / "linux" / "shopinbox.desktop").read_text(encoding="utf-8")
    assert "MimeType" not in entry and "%U" not in entry and "%F" not in entry
    assert "\nIcon=shopinbox\n" in entry and "\nExec=shopinbox\n" in entry
