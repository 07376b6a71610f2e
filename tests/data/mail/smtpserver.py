#!/usr/bin/python3
"""A real SMTP server for the mail tests (Debian's python3-aiosmtpd).

Each message the server accepts is written to DIR as one JSON file (envelope sender, envelope
recipients, the message as received). Prints "ready PORT" on stdout once it listens.

  smtpserver.py --dir DIR [--port N] [--cert C --key K [--tls]] [--auth USER:PASSWORD]
                [--stall-after-data] [--refuse RCPT]

--cert/--key: offer STARTTLS with that certificate (and require it before MAIL);
--tls: implicit TLS on connect instead. --auth: require AUTH PLAIN or LOGIN with that user.
--stall-after-data: write the message, then never answer the end of DATA (a crash test).
--refuse RCPT: answer 550 to that recipient.
"""
import argparse
import asyncio
import json
import os
import signal
import socket
import ssl
import sys
import time
import uuid

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dir", required=True)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--tls", action="store_true")
    p.add_argument("--auth")
    p.add_argument("--stall-after-data", action="store_true")
    p.add_argument("--refuse", action="append", default=[])
    a = p.parse_args()

    port = a.port
    if port == 0:
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()

    context = None
    if a.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.cert, a.key)

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address in a.refuse:
                return "550 5.1.1 <%s>: no such mailbox here" % address
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            name = "%d-%s.json" % (time.time_ns(), uuid.uuid4().hex)
            body = {
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "data": envelope.content.decode("utf-8", "replace"),
                "tls": a.tls or session.ssl is not None,
                "auth": session.authenticated,
            }
            tmp = os.path.join(a.dir, name + ".tmp")
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(body, f)
            os.rename(tmp, os.path.join(a.dir, name))
            if a.stall_after_data:
                await asyncio.sleep(3600)
            return "250 2.0.0 Ok: queued as %s" % name[:12]

    def authenticator(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = a.auth.split(":", 1)
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        # handled=False: the server answers 535 itself (handled defaults to True: no answer).
        return AuthResult(success=ok, handled=False)

    kwargs = dict(hostname="127.0.0.1", port=port)
    if a.tls:
        kwargs["ssl_context"] = context
    elif context is not None:
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True
    if a.auth:
        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
        # AUTH over a TLS connection; plain connections may authenticate in the tests too.
        kwargs["auth_require_tls"] = context is not None
    controller = Controller(Handler(), **kwargs)
    controller.start()
    print("ready %d" % port, flush=True)

    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    try:
        while not stop:
            time.sleep(0.1)
    except KeyboardInterrupt:
        pass
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
