"""`shopinbox account add-email NAME --email ADDR …`: test the connection, then save."""

from __future__ import annotations

import argparse
import getpass

from shopinbox.app.core.accounts import AccountError
from shopinbox.app.core.secrets import SecretUnavailable
from shopinbox.channels.email.account import (
    SECURITY,
    MailConnectionError,
    add_email_account,
    side_prefix,
)
from shopinbox.commands.common import CliError, open_context

HINTS = {
    "auth": "check the user name and password; Gmail, Yahoo, iCloud, Yandex, Mail.ru and "
            "2-step Outlook accounts need an app password",
    "host": "check the server name (e.g. imap.example.com) and the internet connection",
    "refused": "check the port and --imap-security/--smtp-security (ssl: 993/465, "
               "starttls: 143/587)",
    "tls": "check the security setting, or that the server certificate is valid "
           "(--ca-file for a private CA)",
    "timeout": "check the port, a firewall or VPN, then retry",
}


def register(actions: argparse._SubParsersAction) -> None:
    parser = actions.add_parser("add-email", help="add an IMAP/SMTP mailbox (tested first)")
    parser.add_argument("name", metavar="NAME")
    parser.add_argument("--email", required=True, metavar="ADDR")
    parser.add_argument("--display-name", default="", help="the From name of replies")
    parser.add_argument("--imap-host", metavar="H")
    parser.add_argument("--imap-port", type=int, metavar="N")
    parser.add_argument("--imap-security", choices=SECURITY)
    parser.add_argument("--smtp-host", metavar="H")
    parser.add_argument("--smtp-port", type=int, metavar="N")
    parser.add_argument("--smtp-security", choices=SECURITY)
    parser.add_argument("--username", metavar="U", help="default: the address")
    parser.add_argument("--ca-file", metavar="PEM", help="trust this CA (self-hosted server)")
    parser.add_argument("--password-env", metavar="VAR",
                        help="read the password from $VAR at sync time (headless service); "
                             "otherwise it is asked for and kept in the OS keyring")
    parser.add_argument("--automated-as-customers", action="store_true",
                        help="also make customers of newsletters and no-reply senders")
    parser.add_argument("--no-test", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    password = None
    if not args.password_env:
        password = getpass.getpass(f"Password for {args.email}: ")
    given = {
        "display_name": args.display_name, "username": args.username,
        "imap_host": args.imap_host, "imap_port": args.imap_port,
        "imap_security": args.imap_security, "smtp_host": args.smtp_host,
        "smtp_port": args.smtp_port, "smtp_security": args.smtp_security,
        "ca_file": args.ca_file, "automated_as_customers": args.automated_as_customers or None,
    }
    ctx = open_context(args)
    try:
        account_id, notes = add_email_account(ctx, args.name, args.email, given,
                                              password=password, password_env=args.password_env,
                                              test=not args.no_test)
    except MailConnectionError as error:
        raise CliError.of(error, before="connection test failed, nothing was saved: "
                          + side_prefix(error), hint=HINTS.get(error.kind)) from None
    except (AccountError, SecretUnavailable) as error:
        raise CliError.of(error, more="Nothing was saved.") from None
    finally:
        ctx.close()
    for note in notes:
        print(note)
    print(f"Added email account {args.name} (id {account_id}). "
          "Fetch its mail with `shopinbox sync --once`.")
    return 0
