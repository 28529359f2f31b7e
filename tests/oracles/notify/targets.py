"""The targets of the lifecycle oracle: their lines in candor.yaml, the variables that hold
their addresses, and how what each receiver got is read back as entries: the generic webhook
by its `webhook-id` (checked against `Idempotency-Key`, its Standard Webhooks signature and
the entry's key in the body), email by `Message-ID` (parsed with Python's mail parser), chat
by the word only that entry's text carries, WebSub by the feeds it names.
"""
import base64
import hashlib
import hmac
import json
from email import policy
from email.parser import BytesParser
from urllib.parse import parse_qs

ALL_KINDS = ["webhook", "slack", "teams", "discord", "google-chat", "email", "websub"]
CHAT = {"slack", "teams", "discord", "google-chat"}
# Standard Webhooks' secret form: `whsec_` and the key in base64.
KEY = b"lifecycle-oracle-signing-key-32b"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
# The feeds a WebSub ping names for an entry about the `api` component.
BASE = "https://status.example/"
TOPICS = {BASE + f for f in ["feed.atom", "feed.rss", "history.atom", "history.rss",
                             "components/api/feed.atom", "components/api/feed.rss"]}


class Expected:
    """The entries due so far, in the order every target should get them."""

    def __init__(self):
        self.entries = []

    def add(self, new):
        self.entries.extend(new)

    def __len__(self):
        return len(self.entries)

    def names(self):
        return [e[0] for e in self.entries]

    def key(self, name):
        return next(e[1] for e in self.entries if e[0] == name)

    def by_text(self, text):
        """The entry whose word `text` carries; None when none or several do."""
        hits = [e for e in self.entries if e[2] and e[2] in text]
        reminder = [e for e in self.entries if e[2] is None]
        if reminder and len(hits) == 1 and hits[0][2] == "zqmt" and "remind" in text.lower():
            return reminder[0][0]
        return hits[0][0] if len(hits) == 1 else None

    def word(self, name):
        return next(e[2] for e in self.entries if e[0] == name)

    def by_key(self, key):
        return next((e[0] for e in self.entries if e[1] == key), None)


class Targets:
    def __init__(self, receivers, phase, kinds):
        self.r, self.phase, self.kinds = receivers, phase, kinds

    def path(self, kind):
        return f"/{self.phase}/{kind}"

    def rcpt(self):
        return f"subscribers-{self.phase}@lists.example.com"

    def config(self):
        lines = []
        for kind in self.kinds:
            var = kind.upper().replace("-", "_") + "_URL"
            if kind == "webhook":
                lines.append("{ name: webhook, kind: webhook, url_env: WEBHOOK_URL, "
                             "secret_env: WEBHOOK_SECRET }")
            elif kind in CHAT:
                lines.append(f"{{ name: {kind}, kind: {kind}, url_env: {var} }}")
            elif kind == "email":
                lines.append(f"{{ name: email, kind: email, server: 127.0.0.1, "
                             f"port: {self.r.smtp_port}, security: none, "
                             f"from: 'Lifecycle Status <status@status.example>', "
                             f"to: [{self.rcpt()}] }}")
            elif kind == "websub":
                lines.append(f"{{ name: websub, kind: websub, "
                             f"hub: '{self.r.url(self.path('websub'))}' }}")
        targets = "".join(f"    - {t}\n" for t in lines)
        return (f"title: Lifecycle Status\nbase_url: {BASE}\ntimezone: UTC\n"
                "components:\n  - { id: api, name: Payments API }\n"
                "notify:\n  ledger: state/ledger.jsonl\n"
                f"  retry: {{ attempts: 2, backoff: 1s }}\n  targets:\n{targets}")

    def env(self):
        env = {k.upper().replace("-", "_") + "_URL": self.r.url(self.path(k))
               for k in self.kinds if k in CHAT or k == "webhook"}
        env["WEBHOOK_SECRET"] = SECRET
        return env

    def received(self, kind, expected):
        """What `kind` got, oldest first, as (entry name or None, dedup id, problem)."""
        if kind == "email":
            return [mail(r, expected) for r in self.r.inbox.read("smtp/" + self.rcpt())]
        got = self.r.inbox.read(self.path(kind))
        if kind == "webhook":
            return [webhook(r, expected) for r in got]
        if kind == "websub":
            return [websub(r) for r in got]
        return [chat(r, expected) for r in got]

    def exactly(self, expected):
        """Per target: what is wrong, when anything is, with what it got."""
        for kind in self.kinds:
            got = self.received(kind, expected)
            problems = [p for _, _, p in got if p]
            if kind == "websub":
                if len(got) != len(TOPICS) * len(expected):
                    problems.append(f"{len(got)} pings for {len(expected)} entries "
                                    f"({len(TOPICS)} feeds each)")
            else:
                names = [n for n, _, _ in got]
                if names != expected.names():
                    problems.append(f"got {names}, expected {expected.names()}")
                problems += ids(got)
            yield kind, problems

    def at_least_once(self, expected, reported):
        for kind in self.kinds:
            got = self.received(kind, expected)
            problems = [p for _, _, p in got if p]
            if kind == "websub":
                if len(got) < len(TOPICS) * len(expected):
                    problems.append(f"{len(got)} pings for {len(expected)} entries")
                yield kind, problems
                continue
            names = [n for n, _, _ in got]
            firsts = list(dict.fromkeys(names))
            if firsts != expected.names():
                problems.append(f"first copies {firsts}, expected {expected.names()}")
            problems += ids(got)
            if kind in CHAT:
                for name in expected.names():
                    extra = names.count(name) - 1
                    said = reported.get((kind, expected.key(name)), 0)
                    if extra > said:
                        problems.append(f"{name}: {extra} extra copies, {said} reported")
            yield kind, problems

    def counts(self, expected, reported):
        for kind in self.kinds:
            got = self.received(kind, expected)
            said = sum(n for (t, _), n in reported.items() if t == kind)
            distinct = len({i for _, i, _ in got if i}) if kind not in CHAT else "-"
            yield (f"{kind}: {len(expected)} entries, {len(got)} deliveries, distinct ids "
                   f"{distinct}, copies candor reported {said}")


def ids(got):
    """For deduplicating channels: one id per entry and one entry per id."""
    problems = []
    per_id, per_name = {}, {}
    for name, i, _ in got:
        if i is None:
            continue
        per_id.setdefault(i, set()).add(name)
        per_name.setdefault(name, set()).add(i)
    problems += [f"id {i} carries {sorted(map(str, n))}" for i, n in per_id.items() if len(n) > 1]
    problems += [f"{n} came under {len(i)} ids" for n, i in per_name.items() if len(i) > 1]
    return problems


def webhook(r, expected):
    body = base64.b64decode(r["body"])
    h = r["headers"]
    wid = h.get("webhook-id")
    if not wid:
        return None, None, "no webhook-id header"
    if h.get("idempotency-key") != wid:
        return None, wid, f"Idempotency-Key {h.get('idempotency-key')!r} is not webhook-id"
    signed = f"{wid}.{h.get('webhook-timestamp')}.".encode() + body
    want = base64.b64encode(hmac.new(KEY, signed, hashlib.sha256).digest()).decode()
    given = [s.partition(",")[2] for s in h.get("webhook-signature", "").split()]
    if want not in given:
        return None, wid, "the webhook-signature does not verify (Standard Webhooks v1)"
    j = json.loads(body)
    entry = j.get("candor_entry") or {}
    name = expected.by_key(entry.get("key"))
    text = f"{entry.get('label', '')} {entry.get('body', '')}"
    if name is None or expected.by_text(text) != name:
        return None, wid, f"entry {entry.get('key')!r} / its text does not match: {text[:200]!r}"
    updates = (j.get("incident") or {}).get("incident_updates") or []
    # Statuspage's receivers read the update delivered as `incident_updates[0]`.
    if "/update/" in entry["key"] and (
            not updates or expected.word(name) not in updates[0].get("body", "")):
        return name, wid, "incident_updates[0] is not the update delivered"
    return name, wid, None


def chat(r, expected):
    text = json.dumps(json.loads(base64.b64decode(r["body"])), ensure_ascii=False)
    name = expected.by_text(text)
    return name, None, None if name else f"no single entry's text in {text[:300]}"


def mail(r, expected):
    msg = BytesParser(policy=policy.default).parsebytes(base64.b64decode(r["data"]))
    mid = msg["Message-ID"]
    part = msg.get_body(preferencelist=("plain",))
    text = f"{msg['Subject']}\n{part.get_content() if part else ''}"
    name = expected.by_text(text)
    if not mid:
        return name, None, "no Message-ID"
    return name, mid, None if name else f"no single entry's text in {text[:300]!r}"


def websub(r):
    form = parse_qs(base64.b64decode(r["body"]).decode())
    topic = form.get("hub.url", [""])[0]
    ok = form.get("hub.mode") == ["publish"] and topic in TOPICS
    return None, None, None if ok else f"unexpected ping {form}"
