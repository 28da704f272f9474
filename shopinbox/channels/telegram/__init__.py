"""Telegram (a shop's bot on the Bot API): see `channel.py`."""

from shopinbox.channels.telegram.channel import TelegramChannel

CHANNEL = TelegramChannel()
