import logging

from shopinbox.app.core.secrets import SecretUnavailable, env_ref, load_secret, store_secret
from shopinbox.logs import setup_logging
from shopinbox.paths import resolve_profile


def test_profile_resolution_order(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOPINBOX_PROFILE", str(tmp_path / "from-env"))
    assert resolve_profile(None).root == tmp_path / "from-env"
    assert resolve_profile(str(tmp_path / "explicit")).root == tmp_path / "explicit"
    monkeypatch.delenv("SHOPINBOX_PROFILE")
    assert resolve_profile(None).root.name == "shopinbox"


def test_every_path_lives_in_the_profile(tmp_path):
    paths = resolve_profile(str(tmp_path)).ensure()
    for path in (paths.database, paths.attachments, paths.log_file, paths.backups,
                 paths.desktop_settings, paths.legacy_settings_file):
        assert path.is_relative_to(tmp_path)
    assert paths.database_url() == f"sqlite:///{tmp_path / 'shopinbox.sqlite3'}"


def test_secrets_never_reach_the_log(tmp_path, monkeypatch, memory_keyring):
    log_file = tmp_path / "logs" / "shopinbox.log"
    setup_logging(log_file)
    assert store_secret("shop mail", "hunter2-very-secret") == "keyring"
    assert load_secret("shop mail", "keyring") == "hunter2-very-secret"
    log = logging.getLogger("shopinbox.test")
    log.warning("login failed for password %s", "hunter2-very-secret")
    try:
        raise RuntimeError("server said: bad password hunter2-very-secret")
    except RuntimeError:
        log.exception("sync crashed")
    for handler in logging.getLogger("shopinbox").handlers:
        handler.flush()
    written = log_file.read_text()
    assert "sync crashed" in written and "RuntimeError" in written
    assert "hunter2" not in written


def test_env_secrets_and_clear_errors(monkeypatch):
    monkeypatch.setenv("SHOP_PASS", "from-env-123")
    assert load_secret("a", env_ref("SHOP_PASS")) == "from-env-123"
    monkeypatch.delenv("SHOP_PASS")
    try:
        load_secret("a", env_ref("SHOP_PASS"))
    except SecretUnavailable as error:
        assert "SHOP_PASS" in str(error)
    else:
        raise AssertionError("a missing variable must raise")
