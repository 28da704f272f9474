"""The pure conversion of VK events (documented JSON) to what the store takes."""

from __future__ import annotations

from shopinbox.channels.vk.convert.events import (
    VkUser,
    convert_event,
    largest_photo_url,
    split_text,
)


def _new(message: dict) -> dict:
    base = {"id": 7, "peer_id": 42, "from_id": 42, "date": 1700000000, "text": "",
            "attachments": [], "out": 0}
    return {"type": "message_new", "event_id": "e1", "v": "5.199",
            "object": {"message": {**base, **message}, "client_info": {}}}


def test_text_identity_and_names():
    names = {42: VkUser(42, "Ирина", "Петрова", "irina_p")}
    converted = convert_event(_new({"text": "Добрый день"}), names=names)
    message = converted.message
    assert message.external_id == "42:7" and message.direction == "in"
    assert (message.identity.kind, message.identity.value, message.identity.display) == (
        "vk", "42", "Ирина Петрова (@irina_p)")
    assert message.customer_name == "Ирина Петрова" and message.sender_address == "@irina_p"
    assert message.thread_key == "vk:42" and b'"message_new"' in message.raw
    unknown = convert_event(_new({"text": "x"})).message
    assert unknown.customer_name == "VK user 42" and unknown.identity.display == ""


def test_attachments_are_described_not_fetched():
    event = _new({"text": "", "attachments": [
        {"type": "audio_message", "audio_message": {"duration": 65, "link_ogg": "http://x/v.ogg",
                                                    "link_mp3": "http://x/v.mp3"}},
        {"type": "sticker", "sticker": {"sticker_id": 9, "product_id": 1}},
        {"type": "link", "link": {"url": "https://shop.example/p/1", "title": "P"}},
        {"type": "video", "video": {"id": 1, "owner_id": 1, "title": "unboxing"}},
        {"type": "doc", "doc": {"id": 3, "title": "invoice.pdf", "ext": "pdf", "size": 10,
                                "url": "http://x/d"}},
    ], "geo": {"type": "point", "coordinates": {"latitude": 55.75, "longitude": 37.61}}})
    message = convert_event(event).message
    assert message.body_text.splitlines() == [
        "[voice message 1:05]", "[sticker]", "[link https://shop.example/p/1]", "[video]",
        "[location 55.75, 37.61]"]
    files = [(a.filename, a.mime_type, a.locator, a.content) for a in message.attachments]
    assert files == [("voice_7.ogg", "audio/ogg", "http://x/v.ogg", None),
                     ("invoice.pdf", "application/pdf", "http://x/d", None)]
    assert message.extra["location"] == {"latitude": 55.75, "longitude": 37.61}


def test_largest_photo_size_and_orig_photo():
    sizes = {"sizes": [{"type": "s", "url": "s", "width": 75, "height": 50},
                       {"type": "z", "url": "z", "width": 1080, "height": 720},
                       {"type": "x", "url": "x", "width": 604, "height": 403}]}
    assert largest_photo_url(sizes) == ("z", 1080, 720)
    assert largest_photo_url({**sizes, "orig_photo": {"url": "o", "width": 2000,
                                                      "height": 1333}})[0] == "o"
    assert largest_photo_url({"sizes": []}) == (None, 0, 0)


def test_reply_edit_echo_chat_and_unreadable():
    reply = {"type": "message_reply", "object": {"id": 8, "peer_id": 42, "from_id": -5,
                                                 "date": 1, "text": "ok", "out": 1,
                                                 "random_id": 12345, "admin_author_id": 9}}
    converted = convert_event(reply, shop_name="Sklep")
    assert converted.message.direction == "out" and converted.echo_random_id == 12345
    assert converted.message.delivery_state == "sent" and converted.message.sender_name == "Sklep"
    edit = {"type": "message_edit", "object": {"id": 7, "peer_id": 42, "from_id": 42,
                                               "date": 1, "update_time": 100, "text": "L"}}
    converted = convert_event(edit)
    assert converted.edit.external_id == "42:7" and converted.edit.text == "L"
    assert converted.edit.edited_at.timestamp() == 100
    assert convert_event(_new({"peer_id": 2000000003})).ignored == "chat"
    assert convert_event({"type": "wall_post_new", "object": {}}).ignored == "wall_post_new"
    broken = convert_event({"type": "message_new", "event_id": "e9",
                            "object": {"message": {"peer_id": 42, "text": "no id"}}})
    assert broken.message.parse_error and broken.message.body_text.startswith("[a VK event")


def test_phones_only_from_what_the_customer_wrote():
    converted = convert_event(_new({"text": "мой номер 8 (916) 123-45-67"}))
    assert converted.phones == ["+79161234567"]
    assert convert_event(_new({"text": "заказ 12345"})).phones == []


def test_split_text():
    text = " ".join(["słowo"] * 1500)
    parts = split_text(text, 4096)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert " ".join(parts).split() == text.split()
    assert split_text("  krótko  ") == ["krótko"] and split_text("") == []


def test_identity_label():
    from shopinbox.channels.vk import CHANNEL

    assert CHANNEL.identity_label("42", "Ирина Петрова (@irina_p)") == "Ирина Петрова (@irina_p)"
    assert CHANNEL.identity_label("42", "") == "id42"
    assert CHANNEL.account_summary({"display_name": "Sklep", "username": "sklep"}) == \
        "Sklep (@sklep)"
