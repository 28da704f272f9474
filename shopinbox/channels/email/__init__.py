"""Email (IMAP + SMTP): see `channel.py`."""

from shopinbox.channels.email.channel import EmailChannel

CHANNEL = EmailChannel()
