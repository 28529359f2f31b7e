"""Mail from candor's email target, received by a real SMTP server (aiosmtpd) and read with
Python's own mail parser (`email`, policy=default).

Starts aiosmtpd on a free loopback port with a login required, runs the Rust test
`notify::email::tests::oracle_sends_one_incident_to_a_real_server` against it (three entries of
one incident, the first sent twice as a re-run would), then checks what arrived: the envelope
and the login, the decoded From/To/Reply-To/Subject, stable and distinct Message-IDs that
thread on the incident's root, both parts in UTF-8, the non-ASCII title, SMTP's dot
transparency, List-Unsubscribe and Auto-Submitted. Prints one `ok` line per check.
"""

import email
import email.policy
import logging
import os
import socket
import subprocess
import sys
import warnings
from datetime import datetime, timedelta, timezone

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

# What the Rust test sends; keep in step with it (src/notify/email/mod.rs).
TITLE = "Paiements refusés — Zahlungsausfall Łódź"
FROM = ("Acme Statut — Łódź", "status@acme.example")
TO = ["ops@acme.example", "customers@lists.acme.example"]
ROOT = "<checkout@status.acme.example>"
STATUSES = ["Investigating · 30 Nov 2026, 10:15 GMT", "Identified · 30 Nov 2026, 10:40 GMT",
            "Our apology · 30 Nov 2026, 10:40 GMT", "Investigating · 30 Nov 2026, 10:15 GMT"]

failures = []
# For the checks made on every mail: which mails failed each one, in the order first made.
per_mail = {}


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def each(n, ok, what):
    per_mail.setdefault(what, [])
    if not ok:
        per_mail[what].append(n)


class Sink:
    def __init__(self):
        self.mails = []

    async def handle_DATA(self, server, session, envelope):
        login = session.auth_data.login if session.authenticated else None
        self.mails.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content, login))
        return "250 OK"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        b"candor", b"s3cret")
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def send(port):
    env = dict(os.environ, CANDOR_SMTP_ORACLE=f"127.0.0.1:{port}")
    test = "notify::email::tests::oracle_sends_one_incident_to_a_real_server"
    run = subprocess.run(["cargo", "test", "--quiet", "--lib", test, "--", "--ignored", "--exact"],
                         env=env, capture_output=True, text=True)
    check(run.returncode == 0 and "1 passed" in run.stdout,
          "candor's email target sent through aiosmtpd (cargo test " + test + ")")
    if run.returncode != 0:
        print(run.stdout[-4000:], run.stderr[-4000:], sep="\n", file=sys.stderr)
        sys.exit(1)


def check_mail(i, mail_from, rcpt_tos, raw, login):
    n = i + 1
    each(n, mail_from == FROM[1] and rcpt_tos == TO and login == b"candor",
         f"envelope from {FROM[1]} to {TO}, after AUTH as candor")
    each(n, raw.isascii(), "7-bit on the wire (headers in RFC 2047, parts encoded)")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    frm = msg["From"].addresses[0]
    each(n, (frm.display_name, frm.addr_spec) == FROM, f"From decoded to {FROM}")
    each(n, [a.addr_spec for a in msg["To"].addresses] == TO, f"To {TO}")
    each(n, msg["Reply-To"].addresses[0].addr_spec == "support@acme.example", "Reply-To")
    each(n, str(msg["Subject"]) == TITLE, f"Subject decoded to {TITLE!r}, the same on each")
    each(n, (msg["In-Reply-To"], msg["References"]) == (ROOT, ROOT),
         f"In-Reply-To and References name the incident's root {ROOT}")
    each(n, msg["List-Unsubscribe"] == "<mailto:leave@lists.acme.example>", "List-Unsubscribe")
    each(n, msg["Auto-Submitted"] == "auto-generated", "Auto-Submitted: auto-generated")
    sent = msg["Date"].datetime
    each(n, abs(datetime.now(timezone.utc) - sent) < timedelta(minutes=10),
         "Date is the sending time")
    each(n, msg.get_content_type() == "multipart/alternative", "multipart/alternative")
    plain, html = msg.get_body(("plain",)), msg.get_body(("html",))
    for kind, part in (("text/plain", plain), ("text/html", html)):
        each(n, part is not None and part.get_content_charset() == "utf-8" and not part.defects,
             f"a {kind} part in utf-8, without defects")
    text = plain.get_content().replace("\r\n", "\n")
    each(n, text.startswith(f"{STATUSES[i]}\n{TITLE}\n"),
         "the text starts with the status, then the title")
    page = html.get_content()
    each(n, '<html lang="fr">' in page and f"{TITLE}</h1>" in page,
         "the HTML is a document in French with the title")
    each(n, not msg.defects, "no defects in the message")
    return msg, text


def main():
    # aiosmtpd warns that a login without TLS is unsafe: this one never leaves loopback.
    warnings.filterwarnings("ignore", module="aiosmtpd")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, authenticator=authenticator,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    try:
        send(port)
    finally:
        controller.stop()
    check(len(sink.mails) == 4, f"4 mails arrived ({len(sink.mails)}); the STARTTLS one did not")
    if len(sink.mails) != 4:
        sys.exit(1)
    read = [check_mail(i, *m) for i, m in enumerate(sink.mails)]
    for what, failed in per_mail.items():
        check(not failed, f"every mail: {what}" + (f" (failed in mail {failed})" if failed else ""))
    ids = [m["Message-ID"] for m, _ in read]
    check(len(set(ids[:3])) == 3 and ROOT not in ids, f"three entries, three Message-IDs: {ids[:3]}")
    check(ids[3] == ids[0], "the entry sent again carries the same Message-ID")
    check("\n.\n" in read[1][1] and "Still here after the dot." in read[1][1],
          "a line holding only a dot arrives whole (SMTP dot transparency)")
    check("申し訳ありません" in read[2][1] and "申し訳ありません" in read[2][0].get_body(("html",)).get_content(),
          "non-Latin text in both parts of the apology")
    print(f"{len(failures)} failed" if failures else "all SMTP checks passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
