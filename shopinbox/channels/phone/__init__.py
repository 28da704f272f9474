"""Phone calls the shop logs by hand (a log-only channel): see `channel.py`."""

from shopinbox.channels.phone.channel import PhoneChannel

CHANNEL = PhoneChannel()
