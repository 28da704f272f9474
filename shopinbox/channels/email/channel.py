"""Registers the email channel with the outbox, doctor and the sync service."""

from __future__ import annotations

from shopinbox.domain.kinds import AccountKind


def register() -> None:
    from shopinbox.app.core.doctor import register_connection_test
    from shopinbox.app.outbox.sending import register_sender
    from shopinbox.app.sync.service import register_syncer
    from shopinbox.channels.email.account import doctor_check
    from shopinbox.channels.email.pull import sync_account
    from shopinbox.channels.email.send import send_email

    register_sender(AccountKind.EMAIL, send_email)
    register_connection_test(AccountKind.EMAIL, doctor_check)
    register_syncer(AccountKind.EMAIL, sync_account)
