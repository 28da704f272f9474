"""VK (a community's messages through the Bots Long Poll API): see `channel.py`."""

from shopinbox.channels.vk.channel import VkChannel

CHANNEL = VkChannel()
