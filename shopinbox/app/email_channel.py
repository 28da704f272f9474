"""Registers the email channel with the outbox, doctor and the sync service."""

from __future__ import annotations

from shopinbox.domain.kinds import AccountKind


def register() -> None:
    from shopinbox.app.doctor import register_connection_test
    from shopinbox.app.email_config import doctor_check
    from shopinbox.app.email_send import send_email
    from shopinbox.app.email_sync import sync_account
    from shopinbox.app.outbox import register_sender
    from shopinbox.app.sync_service import register_syncer

    register_sender(AccountKind.EMAIL, send_email)
    register_connection_test(AccountKind.EMAIL, doctor_check)
    register_syncer(AccountKind.EMAIL, sync_account)
