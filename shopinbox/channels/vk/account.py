"""VK community accounts: adding one (the token checked against the community), editing it, the
doctor's connection test (`VkChannel.check`).

The check, in order: `groups.getById` (whose community the token is, and its name),
`groups.getTokenPermissions` (the token must have the `messages` right), then
`groups.getLongPollSettings` — when the Bots Long Poll API is off or does not send the message
events, it is switched on for API 5.199 with `message_new`, `message_reply` and `message_edit`
(and `message_allow` / `message_deny`; `groups.setLongPollSettings`, which needs the `manage` right; without it the user is told
where to switch it on). The long-poll `ts` of that moment becomes the account's cursor, so
what customers write from then on is fetched by the first sync (the Long Poll API gives no
older history).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from shopinbox.app.core.account_edit import load_account, write_account
from shopinbox.app.core.accounts import AccountError, add_account
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.doctor import Check
from shopinbox.app.core.secrets import env_ref, load_secret, store_secret
from shopinbox.channels.vk.client import VkClient, VkFailure, VkPermissionDenied
from shopinbox.channels.vk.convert import API_VERSION, KIND
from shopinbox.domain.errors import ShopError
from shopinbox.store.cursors import save_cursor
from shopinbox.store.models import Account

EVENTS = ("message_new", "message_reply", "message_edit")  # needed
MORE_EVENTS = ("message_allow", "message_deny")  # asked for too when switching it on


@dataclass(frozen=True)
class Community:
    id: int
    name: str
    screen_name: str
    long_poll_switched_on: bool = False
    start_ts: str | None = None  # the long-poll ts when checked: the first sync starts there


def _groups(answer: Any) -> list[dict[str, Any]]:
    """`groups.getById` answers a list (before 5.194) or {"groups": […]} (since)."""
    if isinstance(answer, dict):
        answer = answer.get("groups") or []
    return [g for g in answer or [] if isinstance(g, dict)]


async def _check(token: str, group_id: int, api_url: str | None) -> Community:
    async with VkClient(token, api_url, attempts=2) as client:
        groups = _groups(await client.call("groups.getById"))
        if not groups or int(groups[0].get("id") or 0) != group_id:
            found = groups[0].get("id") if groups else "?"
            raise AccountError("wrong_community", group=group_id, detail=f"token of {found}")
        group = groups[0]
        rights = await client.call("groups.getTokenPermissions")
        names = {str(p.get("name")) for p in (rights or {}).get("permissions") or []}
        if "messages" not in names:
            raise VkPermissionDenied(detail=f"token rights: {sorted(names)}")
        settings = await client.call("groups.getLongPollSettings", group_id=group_id) or {}
        events = settings.get("events") or {}
        switched = False
        if not settings.get("is_enabled") or not all(events.get(e) for e in EVENTS):
            try:
                await client.call("groups.setLongPollSettings", group_id=group_id, enabled=1,
                                  api_version=API_VERSION,
                                  **{e: 1 for e in EVENTS + MORE_EVENTS})
            except VkPermissionDenied:
                raise AccountError("long_poll_off") from None
            switched = True
        server = await client.long_poll_server(group_id)
        return Community(group_id, str(group.get("name") or ""),
                         str(group.get("screen_name") or f"club{group_id}"), switched,
                         server["ts"])


def check_token(token: str, group_id: int | str, api_url: str | None = None) -> Community:
    """The checks above with this token; raises a ShopError (`token_revoked`,
    `permission_denied`, `wrong_community`, `long_poll_off`, `server_unreachable` …)."""
    token = (token or "").strip()
    if len(token) < 20 or any(c.isspace() for c in token):
        raise AccountError("not_a_token")
    try:
        group = int(str(group_id).strip().removeprefix("club").removeprefix("public"))
    except ValueError:
        raise AccountError("wrong_community", group=str(group_id)) from None
    try:
        return asyncio.run(_check(token, group, api_url))
    except VkFailure as error:
        raise AccountError(error.code, **error.params) from None


def _settings(community: Community, api_url: str | None) -> dict[str, Any]:
    settings: dict[str, Any] = {"group_id": community.id, "display_name": community.name,
                                "username": community.screen_name}
    if api_url:
        settings["api_url"] = api_url.rstrip("/")
    return settings


def add_vk_account(ctx: AppContext, name: str, group_id: int | str, token: str, *,
                   token_env: str | None = None, api_url: str | None = None) -> tuple[int,
                                                                                      Community]:
    """Check the token, then save the account; the token goes to the keyring, or only the name
    of the environment variable is saved when `token_env` is given."""
    community = check_token(token, group_id, api_url)
    secret_ref = env_ref(token_env) if token_env else store_secret(name, token.strip())
    account_id = add_account(ctx, name, KIND, _settings(community, api_url), secret_ref)
    if community.start_ts is not None:  # messages written from now on are not missed
        with ctx.writer() as session, session.begin():
            save_cursor(session, account_id, "", {"ts": community.start_ts})
    return account_id, community


def update_vk_account(ctx: AppContext, account_id: int, group_id: int | str, token: str | None,
                      api_url: str | None, token_env: str | None = None) -> Community:
    """`token_env`: the token is (now) read from that environment variable, and only its
    name is kept."""
    account = load_account(ctx, account_id)
    if token_env:
        secret = load_secret(account.name, env_ref(token_env))
    else:
        secret = token or load_secret(account.name, account.secret_ref)
    community = check_token(secret, group_id, api_url or None)
    settings = {**dict(account.settings or {}), **_settings(community, api_url or None)}
    if not api_url:
        settings.pop("api_url", None)
    if token_env:
        secret_ref: str | None = env_ref(token_env)
    else:
        secret_ref = store_secret(account.name, token.strip()) if token else account.secret_ref
    write_account(ctx, account_id, settings, secret_ref)
    return community


def connection_test(account: Account) -> Check:
    settings = dict(account.settings or {})
    try:
        token = load_secret(account.name, account.secret_ref)
        community = check_token(token, settings.get("group_id", ""), settings.get("api_url"))
    except ShopError as error:
        hint = error.hint()
        if error.code in ("token_revoked", "not_a_token", "permission_denied"):
            hint = ("create a community token with access to messages (community → Manage → "
                    "API usage → Access tokens) and enter it in the account settings")
        return Check("", False, error.english(), hint)
    return Check("", True, f"community {community.name} (@{community.screen_name}) answers; "
                           "long poll is on")
