#!/usr/bin/env python3
"""A local stand-in for the hosted LLM providers, which cannot be reached from CI.

It speaks each provider's documented wire format (Anthropic Messages, OpenAI chat
completions, Ollama /api/chat; OpenAI /v1/embeddings and Ollama /api/embed, whose vectors are
a deterministic bag of hashed words, so that texts sharing words are near), validates requests
as the real services do, answers what a script says, and logs every request, so that the Rust integration tests, the
headless Neovim suite and the VS Code suite can check exactly what selfheal sends.
Python 3 standard library only.

Usage:
    python3 tests/support/fake_llm.py --script SCRIPT.json --port-file PORTFILE \
        [--log LOG.jsonl] [--key KEY]

  - Binds 127.0.0.1 on a free port, writes the port number to PORTFILE (to a temporary
    name first, then renamed: a reader never sees a partial file) and serves until killed.
  - --log: every request is appended as one JSON line (flushed at once):
        {"path": "/v1/messages", "headers": {"x-api-key": "...", ...}, "body": {...}}
    header names lower-case; "body" is the parsed JSON (null, with "raw" text, when the
    body is not JSON). Requests refused by validation are logged too.
  - --key: the key the Anthropic and OpenAI routes require. Without it any non-empty
    Anthropic key is taken and OpenAI takes no key at all. Ollama never needs one.

Routes (POST):
    /v1/messages                            Anthropic Messages
    /v1/chat/completions, /chat/completions OpenAI chat completions
    /api/chat                               Ollama
  Anything else: 404 (405 for another method on a known path) in the shape of the
  provider the path looks like.

Validation (before the script is consulted; a refused request consumes no step):
    Anthropic: no x-api-key -> 401 authentication_error "x-api-key header is required";
      a wrong one (with --key) -> 401 authentication_error "invalid x-api-key"; no
      anthropic-version -> 400 invalid_request_error; a body that is not JSON, or without
      model, max_tokens or messages -> 400 invalid_request_error.
    OpenAI: with --key, a missing or wrong "Authorization: Bearer" -> 401
      {"error":{"message":"Incorrect API key provided…","type":"invalid_request_error",
      "param":null,"code":"invalid_api_key"}}; no model or messages -> 400.
    Ollama: no model -> 400 {"error":"model is required"}. "stream" true or absent (Ollama's
      default is to stream) -> the reply streamed as Ollama does: NDJSON
      (application/x-ndjson), one chunk with the text and "done":false, then a last chunk
      with "done":true. selfheal always sends "stream": false.

SCRIPT: a JSON array of steps. Each accepted request takes the next step; when they run
out the last one repeats. The file is re-read when its mtime or size changes, and the
steps start over at the first: a test switches behaviour without restarting the server.
A step is one of:
    {"text": "reply text", "stop": "end" | "max_tokens", "delay_ms": 0}
        a completion in the provider's exact shape, answering with the request's model:
          Anthropic {"id","type":"message","role":"assistant",
                     "content":[{"type":"text","text"}],"model",
                     "stop_reason":"end_turn"|"max_tokens","stop_sequence":null,"usage"}
          OpenAI    {"id","object":"chat.completion","created","model",
                     "choices":[{"index":0,"message":{"role":"assistant","content",
                     "refusal":null},"logprobs":null,"finish_reason":"stop"|"length"}],"usage"}
          Ollama    {"model","created_at","message":{"role":"assistant","content"},
                     "done":true,"done_reason":"stop"|"length", durations and counts}
    {"refusal": "I can't help with that"}
        the model declines: OpenAI "content": null with "refusal"; Anthropic
        "stop_reason": "refusal"; Ollama (no such thing) the text as an ordinary reply.
    {"status": 429, "retry_after": "1", "retry_after_ms": "1000",
     "code": "rate_limit_exceeded" | "insufficient_quota", "message": "…", "type": "…"}
    {"status": 529} {"status": 500} {"status": 401} {"status": 404}
    {"status": 400, "message": "Your credit balance is too low…"}
        an error in the provider's documented error body, with its content-type:
          Anthropic {"type":"error","error":{"type":T,"message":M}}, T from the status
                    (400 invalid_request_error, 401 authentication_error, 403
                    permission_error, 404 not_found_error, 413 request_too_large, 429
                    rate_limit_error, 500 api_error, 529 overloaded_error) unless "type"
                    is given; a "request-id" header on every Anthropic answer.
          OpenAI    {"error":{"message","type","param":null,"code"}}; 429 defaults to code
                    rate_limit_exceeded (type "requests"); code insufficient_quota gets
                    type insufficient_quota and OpenAI's quota message.
          Ollama    {"error": M} (404 defaults to 'model "X" not found, try pulling it
                    first').
        "retry_after" becomes the retry-after header and "retry_after_ms" the
        retry-after-ms header; "headers" adds any others.
    "delay_ms" delays any step's answer (a slow reply).
"""

import argparse
import hashlib
import json
import math
import os
import re
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ANTHROPIC_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    500: "api_error",
    529: "overloaded_error",
}

DEFAULT_MESSAGES = {
    400: "Invalid request",
    401: "invalid x-api-key",
    403: "Your API key does not have permission to use the specified resource.",
    404: "Not found",
    413: "Request exceeds the maximum allowed number of bytes.",
    429: "Number of request tokens has exceeded your per-minute rate limit",
    500: "Internal server error",
    502: "Bad gateway",
    503: "Service unavailable",
    504: "Gateway timeout",
    529: "Overloaded",
}

OPENAI_QUOTA_MESSAGE = (
    "You exceeded your current quota, please check your plan and billing details. "
    "For more information on this error, read the docs: "
    "https://platform.openai.com/docs/guides/error-codes/api-errors."
)
OPENAI_BAD_KEY_MESSAGE = (
    "Incorrect API key provided. You can find your API key at "
    "https://platform.openai.com/account/api-keys."
)


class Script:
    """The steps, re-read when the file changes; thread-safe."""

    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()
        self.signature = None
        self.steps = [{"text": "ok"}]
        self.index = 0

    def next_step(self):
        with self.lock:
            try:
                stat = os.stat(self.path)
                signature = (stat.st_mtime_ns, stat.st_size)
            except OSError:
                signature = None
            if signature is not None and signature != self.signature:
                try:
                    with open(self.path, encoding="utf-8") as handle:
                        steps = json.load(handle)
                    if isinstance(steps, dict):
                        steps = [steps]
                    if steps:
                        self.steps, self.index, self.signature = steps, 0, signature
                except (OSError, ValueError):
                    pass  # Half-written: read it again at the next request.
            step = self.steps[min(self.index, len(self.steps) - 1)]
            self.index += 1
            return step


class Log:
    def __init__(self, path):
        self.path = path
        self.lock = threading.Lock()

    def append(self, entry):
        if not self.path:
            return
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self.lock, open(self.path, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()


def now_iso():
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()) + ".000000Z"


def provider_of(path):
    if path.startswith("/api/"):
        return "ollama"
    if path.startswith("/v1/messages"):
        return "anthropic"
    return "openai"


def embed(text, dimensions):
    """A bag of words hashed into `dimensions`, L2-normalised: texts sharing words are near."""
    vector = [0.0] * dimensions
    for word in re.findall(r"[a-z0-9_]{2,}", str(text).lower()):
        digest = hashlib.sha256(word.encode("utf-8")).digest()
        vector[int.from_bytes(digest[:4], "big") % dimensions] += 1.0
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-llm/1"

    # Set by main().
    script = None
    log = None
    key = None

    def log_message(self, format, *args):  # Quiet: the JSON log says it all.
        pass

    # -- answering ---------------------------------------------------------------------

    def send(self, status, body, content_type="application/json", headers=None):
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("content-type", content_type)
            self.send_header("content-length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, str(value))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # The client gave up (a timeout): nothing to answer.

    def error(self, provider, status, message, kind=None, code=None, headers=None):
        headers = dict(headers or {})
        if provider == "anthropic":
            headers.setdefault("request-id", "req_fake_" + uuid.uuid4().hex[:24])
            kind = kind or ANTHROPIC_ERROR_TYPES.get(status, "api_error")
            body = {"type": "error", "error": {"type": kind, "message": message}}
            self.send(status, body, headers=headers)
        elif provider == "openai":
            headers.setdefault("x-request-id", "req_" + uuid.uuid4().hex)
            if kind is None:
                kind = "server_error" if status >= 500 else "invalid_request_error"
            body = {"error": {"message": message, "type": kind, "param": None, "code": code}}
            self.send(status, body, headers=headers)
        else:
            self.send(status, {"error": message}, "application/json; charset=utf-8", headers)

    # -- requests ----------------------------------------------------------------------

    def read_request(self):
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        try:
            body = json.loads(raw.decode("utf-8")) if raw else None
            entry = {"path": self.path, "headers": headers, "body": body}
        except (UnicodeDecodeError, ValueError):
            body = None
            entry = {"path": self.path, "headers": headers, "body": None,
                     "raw": raw.decode("utf-8", "replace")}
        self.log.append(entry)
        return headers, body

    def do_GET(self):
        self.read_request()
        routes = {"/v1/messages", "/v1/chat/completions", "/chat/completions", "/api/chat"}
        if self.path.split("?", 1)[0] in routes:
            self.error(provider_of(self.path), 405, "Method Not Allowed")
        else:
            self.not_found()

    def do_POST(self):
        headers, body = self.read_request()
        path = self.path.split("?", 1)[0]
        if path == "/v1/messages":
            self.anthropic(headers, body)
        elif path in ("/v1/chat/completions", "/chat/completions"):
            self.openai(headers, body)
        elif path == "/api/chat":
            self.ollama(headers, body)
        elif path == "/v1/embeddings":
            self.openai_embeddings(headers, body)
        elif path == "/api/embed":
            self.ollama_embed(headers, body)
        else:
            self.not_found()

    # -- embeddings: deterministic, so that texts sharing words are near ----------------

    def openai_embeddings(self, headers, body):
        if self.key is not None and headers.get("authorization") != f"Bearer {self.key}":
            return self.error("openai", 401, OPENAI_BAD_KEY_MESSAGE, code="invalid_api_key")
        if not isinstance(body, dict) or "input" not in body:
            return self.error("openai", 400, "Missing required parameter: 'input'.",
                              code="missing_required_parameter")
        if "model" not in body:
            return self.error("openai", 400, "you must provide a model parameter")
        texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
        dimensions = int(body.get("dimensions") or 1536)
        data = [{"object": "embedding", "index": index, "embedding": embed(text, dimensions)}
                for index, text in enumerate(texts)]
        tokens = sum(len(str(text).split()) for text in texts)
        self.send(200, {"object": "list", "data": data, "model": body["model"],
                        "usage": {"prompt_tokens": tokens, "total_tokens": tokens}},
                  headers={"x-request-id": "req_" + uuid.uuid4().hex})

    def ollama_embed(self, headers, body):
        if not isinstance(body, dict):
            return self.error("ollama", 400, "invalid character looking for beginning of value")
        if not body.get("model"):
            return self.error("ollama", 400, "model is required")
        texts = body.get("input", [])
        texts = texts if isinstance(texts, list) else [texts]
        self.send(200, {"model": body["model"], "embeddings": [embed(t, 768) for t in texts],
                        "total_duration": 1000000, "load_duration": 100000,
                        "prompt_eval_count": sum(len(str(t).split()) for t in texts)},
                  "application/json; charset=utf-8")

    def not_found(self):
        provider = provider_of(self.path)
        if provider == "ollama":
            self.send(404, b"404 page not found", "text/plain")
        else:
            code = "unknown_url" if provider == "openai" else None
            self.error(provider, 404, "Not Found", code=code)

    # -- the providers -----------------------------------------------------------------

    def anthropic(self, headers, body):
        key = headers.get("x-api-key")
        if not key:
            return self.error("anthropic", 401, "x-api-key header is required")
        if self.key is not None and key != self.key:
            return self.error("anthropic", 401, "invalid x-api-key")
        if not headers.get("anthropic-version"):
            return self.error("anthropic", 400, "anthropic-version: header is required")
        if not isinstance(body, dict):
            return self.error("anthropic", 400, "There was an error parsing the body as JSON")
        for field in ("model", "max_tokens", "messages"):
            if field not in body:
                return self.error("anthropic", 400, f"{field}: Field required")
        step = self.take_step()
        model = body["model"]
        if "status" in step:
            return self.scripted_error("anthropic", step, model)
        stop = "max_tokens" if step.get("stop") == "max_tokens" else "end_turn"
        text = step.get("text", "")
        if "refusal" in step:
            stop, text = "refusal", step["refusal"]
        reply = {
            "id": "msg_fake_" + uuid.uuid4().hex[:24],
            "type": "message",
            "role": "assistant",
            "content": [{"type": "text", "text": text}],
            "model": model,
            "stop_reason": stop,
            "stop_sequence": None,
            "usage": {"input_tokens": 10, "output_tokens": max(1, len(text) // 4)},
        }
        self.send(200, reply, headers={"request-id": "req_fake_" + uuid.uuid4().hex[:24]})

    def openai(self, headers, body):
        if self.key is not None and headers.get("authorization") != f"Bearer {self.key}":
            return self.error("openai", 401, OPENAI_BAD_KEY_MESSAGE, code="invalid_api_key")
        if not isinstance(body, dict):
            return self.error("openai", 400, "We could not parse the JSON body of your request.")
        if "model" not in body:
            return self.error("openai", 400, "you must provide a model parameter")
        if "messages" not in body:
            return self.error("openai", 400, "Missing required parameter: 'messages'.",
                              code="missing_required_parameter")
        step = self.take_step()
        model = body["model"]
        if "status" in step:
            return self.scripted_error("openai", step, model)
        text = step.get("text", "")
        message = {"role": "assistant", "content": text, "refusal": None}
        if "refusal" in step:
            message = {"role": "assistant", "content": None, "refusal": step["refusal"]}
        completion_tokens = max(1, len(text) // 4)
        reply = {
            "id": "chatcmpl-fake" + uuid.uuid4().hex[:20],
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [{
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": "length" if step.get("stop") == "max_tokens" else "stop",
            }],
            "usage": {"prompt_tokens": 10, "completion_tokens": completion_tokens,
                      "total_tokens": 10 + completion_tokens},
        }
        self.send(200, reply, headers={"x-request-id": "req_" + uuid.uuid4().hex})

    def ollama(self, headers, body):
        if not isinstance(body, dict):
            return self.error("ollama", 400, "invalid character looking for beginning of value")
        if not body.get("model"):
            return self.error("ollama", 400, "model is required")
        step = self.take_step()
        model = body["model"]
        if "status" in step:
            return self.scripted_error("ollama", step, model)
        text = step.get("text", step.get("refusal", ""))
        done_reason = "length" if step.get("stop") == "max_tokens" else "stop"
        final = {
            "model": model,
            "created_at": now_iso(),
            "message": {"role": "assistant", "content": text},
            "done": True,
            "done_reason": done_reason,
            "total_duration": 1_000_000,
            "load_duration": 100_000,
            "prompt_eval_count": 10,
            "prompt_eval_duration": 200_000,
            "eval_count": max(1, len(text) // 4),
            "eval_duration": 700_000,
        }
        if body.get("stream", True) is False:
            return self.send(200, final, "application/json; charset=utf-8")
        chunk = {"model": model, "created_at": now_iso(),
                 "message": {"role": "assistant", "content": text}, "done": False}
        final["message"]["content"] = ""
        data = (json.dumps(chunk) + "\n" + json.dumps(final) + "\n").encode("utf-8")
        self.send(200, data, "application/x-ndjson")

    # -- the script --------------------------------------------------------------------

    def take_step(self):
        step = self.script.next_step()
        delay = step.get("delay_ms", 0)
        if delay:
            time.sleep(delay / 1000)
        return step

    def scripted_error(self, provider, step, model):
        status = int(step["status"])
        code = step.get("code")
        kind = step.get("type")
        headers = dict(step.get("headers", {}))
        if "retry_after" in step:
            headers["retry-after"] = step["retry_after"]
        if "retry_after_ms" in step:
            headers["retry-after-ms"] = step["retry_after_ms"]
        message = step.get("message")
        if provider == "openai":
            if status == 429 and code is None:
                code = "rate_limit_exceeded"
            if code == "insufficient_quota":
                kind = kind or "insufficient_quota"
                message = message or OPENAI_QUOTA_MESSAGE
            elif code == "rate_limit_exceeded":
                kind = kind or "requests"
                message = message or (
                    f"Rate limit reached for {model} on requests per min (RPM): "
                    "Limit 3, Used 3, Requested 1. Please try again in 20s.")
            elif status == 401:
                code = code or "invalid_api_key"
                message = message or OPENAI_BAD_KEY_MESSAGE
            elif status == 404:
                code = code or "model_not_found"
                message = message or f"The model `{model}` does not exist or you do not have access to it."
            elif status >= 500:
                message = message or "The server had an error while processing your request. Sorry about that!"
        if provider == "ollama" and status == 404:
            message = message or f'model "{model}" not found, try pulling it first'
        message = message or DEFAULT_MESSAGES.get(status, "error")
        self.error(provider, status, message, kind=kind, code=code, headers=headers)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--script", required=True)
    parser.add_argument("--port-file", required=True)
    parser.add_argument("--log")
    parser.add_argument("--key")
    args = parser.parse_args()

    Handler.script = Script(args.script)
    Handler.log = Log(args.log)
    Handler.key = args.key
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    temporary = f"{args.port_file}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(str(server.server_address[1]))
    os.replace(temporary, args.port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
