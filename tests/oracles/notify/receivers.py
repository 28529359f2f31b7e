"""The receivers `candor notify` delivers to in the lifecycle oracle, all in this one process:
an HTTP server (stdlib, threaded) taking every webhook, chat post and WebSub ping, and an SMTP
server (aiosmtpd) taking every mail. Each appends what arrived to a JSON-lines file the moment
the request or message is whole, before answering, so what arrived is on disk even when the
sender is killed while waiting for the answer (the case that makes a send "maybe delivered").

They can answer slowly (`Receivers.slow`), so that a run is still in flight when it is killed.
"""
import asyncio
import base64
import json
import os
import random
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller


class Inbox:
    """One JSON-lines file per channel path, appended under a lock."""

    def __init__(self, folder):
        self.folder = folder
        self.lock = threading.Lock()

    def _file(self, name):
        return os.path.join(self.folder, name.strip("/").replace("/", "_") + ".jsonl")

    def append(self, name, record):
        line = json.dumps(record) + "\n"
        with self.lock, open(self._file(name), "a", encoding="utf-8") as f:
            f.write(line)
            f.flush()

    def read(self, name):
        try:
            with open(self._file(name), encoding="utf-8") as f:
                return [json.loads(line) for line in f if line.strip()]
        except FileNotFoundError:
            return []


class Receivers:
    def __init__(self, folder, seed):
        self.inbox = Inbox(folder)
        self.delay = (0.0, 0.0)
        self.rng = random.Random(seed)
        self.rng_lock = threading.Lock()
        # Connections the HTTP server has open: a killed sender's last request may still be
        # being read when the oracle looks, so it waits for these to close first.
        self.open = 0
        self.open_lock = threading.Lock()
        self.http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.http.daemon_threads = True
        self.http.handle_error = lambda request, address: None
        self.http_port = self.http.server_address[1]
        self.smtp_port = _free_port()
        self.smtp = Controller(_SmtpHandler(self), hostname="127.0.0.1", port=self.smtp_port)

    def start(self):
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.smtp.start()

    def stop(self):
        self.http.shutdown()
        self.smtp.stop()

    def url(self, path):
        return f"http://127.0.0.1:{self.http_port}{path}"

    def slow(self, low, high):
        """Every answer from now on waits between `low` and `high` seconds."""
        self.delay = (low, high)

    def wait(self):
        low, high = self.delay
        if high > 0:
            with self.rng_lock:
                pause = self.rng.uniform(low, high)
            time.sleep(pause)

    def settle(self, timeout=5.0):
        """Waits until every HTTP connection is closed (a killed sender's included)."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self.open_lock:
                if self.open == 0:
                    break
            time.sleep(0.01)
        # aiosmtpd reads a dead client's last DATA on its own loop: give it one turn.
        time.sleep(0.05)

    def _handler(self):
        receivers = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def setup(self):
                with receivers.open_lock:
                    receivers.open += 1
                super().setup()

            def finish(self):
                try:
                    super().finish()
                finally:
                    with receivers.open_lock:
                        receivers.open -= 1

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if len(body) < length:
                    # The sender died mid-body: nothing arrived.
                    self.close_connection = True
                    return
                path, _, query = self.path.partition("?")
                receivers.inbox.append(path, {
                    "query": query,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                    "body": base64.b64encode(body).decode(),
                    "at": time.time(),
                })
                receivers.wait()
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

        return Handler


def _free_port():
    """A port free now (aiosmtpd's controller cannot take port 0: it connects to itself to
    know it is up)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _SmtpHandler:
    def __init__(self, receivers):
        self.receivers = receivers

    async def handle_DATA(self, server, session, envelope):
        for rcpt in envelope.rcpt_tos:
            self.receivers.inbox.append("smtp/" + rcpt, {
                "from": envelope.mail_from,
                "data": base64.b64encode(envelope.content).decode(),
                "at": time.time(),
            })
        low, high = self.receivers.delay
        if high > 0:
            with self.receivers.rng_lock:
                pause = self.receivers.rng.uniform(low, high)
            await asyncio.sleep(pause)
        return "250 OK"
