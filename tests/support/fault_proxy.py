#!/usr/bin/env python3
"""A fault-injecting HTTP proxy in front of a real PostgREST, for the team store's failure tests.

Every request is forwarded to --upstream as it came (method, path, query, headers, body) and the
upstream's answer returned as it came — unless a fault is armed. Faults are read from
--faults (a JSON file, re-read on every request) so that a test can change them while the proxy
runs:

  {"mode": "pass"}                          forward (the default)
  {"mode": "down"}                          close the connection without an answer
  {"mode": "slow", "seconds": 5}            wait, then forward
  {"mode": "status", "status": 503}         answer with PostgREST's JSON error shape
  {"mode": "status", "status": 429, "retry_after": "1"}
  {"mode": "drop_answer"}                   forward, then close without answering (the store
                                            has the write; the client never hears it)
  "count": N (optional)                     only the next N requests; then pass again
  "path": "/rpc/x" (optional)               only requests whose path starts with it

Every request is appended to --log as one JSON line: method, path, headers, body, fault.
The port is written to --port-file once listening.
"""

import argparse
import json
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
              "proxy-authorization", "proxy-authenticate", "host", "content-length"}


def take_fault(path, request_path):
    """The fault for this request, counting down a limited one."""
    with LOCK:
        try:
            with open(path) as file:
                fault = json.load(file)
        except (OSError, ValueError):
            return {"mode": "pass"}
        if not request_path.startswith(fault.get("path", "")):
            return {"mode": "pass"}
        if "count" in fault:
            if fault["count"] <= 0:
                return {"mode": "pass"}
            fault["count"] -= 1
            with open(path, "w") as file:
                json.dump(fault, file)
        return fault


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        fault = take_fault(self.server.faults, self.path)
        with LOCK, open(self.server.log, "a") as log:
            log.write(json.dumps({
                "method": self.command, "path": self.path,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body.decode("utf-8", "replace"), "fault": fault.get("mode"),
            }) + "\n")
        mode = fault.get("mode", "pass")
        if mode == "down":
            self.close_connection = True
            self.connection.close()
            return
        if mode == "slow":
            time.sleep(float(fault.get("seconds", 5)))
        if mode == "status":
            status = int(fault["status"])
            payload = json.dumps({"code": "PGRST000", "details": None, "hint": None,
                                  "message": fault.get("message", "injected failure")}).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json; charset=utf-8")
            if "retry_after" in fault:
                self.send_header("retry-after", str(fault["retry_after"]))
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        request = urllib.request.Request(self.server.upstream + self.path, data=body or None,
                                         method=self.command)
        for name, value in self.headers.items():
            if name.lower() not in HOP_BY_HOP:
                request.add_header(name, value)
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, headers, payload = answer.status, answer.getheaders(), answer.read()
        except urllib.error.HTTPError as error:
            status, headers, payload = error.code, error.headers.items(), error.read()
        if mode == "drop_answer":
            self.close_connection = True
            self.connection.close()
            return
        self.send_response(status)
        for name, value in headers:
            if name.lower() not in HOP_BY_HOP:
                self.send_header(name, value)
        self.send_header("content-length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = handle_any


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--faults", required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--port-file", required=True)
    arguments = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.upstream = arguments.upstream.rstrip("/")
    server.faults = arguments.faults
    server.log = arguments.log
    with open(arguments.port_file + ".tmp", "w") as file:
        file.write(str(server.server_address[1]))
    import os
    os.replace(arguments.port_file + ".tmp", arguments.port_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
