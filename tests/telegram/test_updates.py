"""Update JSON → IncomingMessage, kind by kind (pure; shapes as documented by the Bot API)."""

from __future__ import annotations

import base64

from shopinbox.channels.telegram.convert.updates import (
    convert_update,
    normalise_phone,
    parse_start_payload,
)
from tests.fixtures.bot_api_server import private_chat, user

ANNA = user(42, "Anna", "Kowalska", "anna_k")


def _msg(update_id=1, **content):
    return {"update_id": update_id, "message": {"message_id": 7, "from": ANNA,
                                                "chat": private_chat(ANNA), "date": 1700000000,
                                                **content}}


def test_text_message_keys_customer_by_user_id():
    converted = convert_update(_msg(text="Gdzie jest moja paczka?"))
    message = converted.message
    assert message.external_id == "42:7"
    assert message.identity.kind == "telegram" and message.identity.value == "42"
    assert message.identity.display == "Anna Kowalska (@anna_k)"
    assert message.customer_name == "Anna Kowalska"
    assert message.body_text == "Gdzie jest moja paczka?"
    assert message.extra["kind"] == "text"
    assert message.sent_at.timestamp() == 1700000000
    assert b'"update_id":1' in message.raw


def test_photo_takes_the_largest_size_and_caption():
    small = {"file_id": "s", "file_unique_id": "s", "width": 90, "height": 90, "file_size": 1}
    big = {"file_id": "b", "file_unique_id": "b", "width": 1280, "height": 960, "file_size": 9}
    message = convert_update(_msg(photo=[small, big], caption="ta sukienka")).message
    assert message.body_text == "ta sukienka"
    assert [(a.locator, a.mime_type) for a in message.attachments] == [("b", "image/jpeg")]


def test_sticker_is_a_label_without_download():
    sticker = {"file_id": "st", "file_unique_id": "st", "type": "regular", "width": 512,
               "height": 512, "is_animated": False, "is_video": False, "emoji": "😀"}
    message = convert_update(_msg(sticker=sticker)).message
    assert message.body_text == "[sticker 😀]"
    assert message.attachments == [] and message.extra["kind"] == "sticker"


def test_voice_and_video_and_document():
    voice = convert_update(_msg(voice={"file_id": "v", "file_unique_id": "v", "duration": 75,
                                       "mime_type": "audio/ogg", "file_size": 10})).message
    assert voice.body_text == "[voice message 1:15]" and voice.attachments[0].locator == "v"
    video = convert_update(_msg(video={"file_id": "d", "file_unique_id": "d", "width": 1,
                                       "height": 1, "duration": 3})).message
    assert video.extra["kind"] == "video" and video.attachments[0].mime_type == "video/mp4"
    document = convert_update(_msg(document={"file_id": "p", "file_unique_id": "p",
                                             "file_name": "faktura.pdf",
                                             "mime_type": "application/pdf"})).message
    assert document.attachments[0].filename == "faktura.pdf"


def test_location_and_contact():
    location = convert_update(_msg(location={"latitude": 52.2297, "longitude": 21.0122})).message
    assert location.extra["location"] == {"latitude": 52.2297, "longitude": 21.0122}
    assert "52.2297" in location.body_text
    own = convert_update(_msg(contact={"phone_number": "48601234567", "first_name": "Anna",
                                       "user_id": 42}))
    assert own.phone == "+48601234567"
    other = convert_update(_msg(contact={"phone_number": "+48 602 000 111", "first_name": "Jan",
                                         "user_id": 99}))
    assert other.phone is None and other.message.extra["contact"]["phone"] == "+48602000111"


def test_reply_and_start_payload():
    reply = convert_update(_msg(text="ta", reply_to_message={
        "message_id": 3, "date": 1, "chat": private_chat(ANNA)})).message
    assert reply.in_reply_to == "42:3" and reply.extra["reply_to"] == "42:3"
    encoded = base64.urlsafe_b64encode(b"anna@example.com").decode().rstrip("=")
    start = convert_update(_msg(text=f"/start {encoded}")).message
    assert start.extra["start_payload"] == encoded
    assert start.extra["merge_hint"] == {"kind": "email", "value": "anna@example.com"}
    assert parse_start_payload("order-10234") == {"kind": "order", "value": "10234"}
    assert "start_payload" not in convert_update(_msg(text="/start")).message.extra


def test_edit_group_and_membership():
    update = _msg(text="nowy tekst")
    update["edited_message"] = update.pop("message")
    edit = convert_update(update).edit
    assert edit.external_id == "42:7" and edit.text == "nowy tekst"
    group = _msg(text="hi")
    group["message"]["chat"] = {"id": -100, "type": "supergroup", "title": "Fans"}
    assert convert_update(group).ignored == "supergroup chat"
    me = {"id": 1, "is_bot": True, "first_name": "Shop"}
    blocked = convert_update({"update_id": 3, "my_chat_member": {
        "chat": private_chat(ANNA), "from": ANNA, "date": 1,
        "old_chat_member": {"user": me, "status": "member"},
        "new_chat_member": {"user": me, "status": "kicked", "until_date": 0}}})
    assert blocked.membership.blocked and blocked.membership.identity.value == "42"


def test_unreadable_update_is_kept_with_parse_error():
    converted = convert_update({"update_id": 9, "message": {"message_id": 1, "from": ANNA,
                                                            "chat": {"id": 42, "type": "private"},
                                                            "date": "not a number"}})
    assert converted.message.parse_error and converted.message.raw


def test_phone_normalisation():
    assert normalise_phone("+7 (912) 345-67-89") == "+79123456789"
    assert normalise_phone("hello") is None
