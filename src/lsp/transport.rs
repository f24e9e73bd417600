//! The stdio edge in front of the framework. tower-lsp-server stops reading its input for good
//! at the first message it cannot decode (not JSON, or JSON that is no JSON-RPC message), which
//! would end the server on one bad message. So the real stdin and stdout are pumped here: each
//! framed message is checked with the framework's own types before it is passed on, and one that
//! fails is answered here — `ParseError` (id `null`) for a body that is not JSON, `InvalidRequest`
//! for JSON that is no JSON-RPC message — between the framework's own whole messages on stdout.
//!
//! `selfheal/didCaptureOutput` notifications are decoded here, once, straight into their params
//! and handed over on a channel of their own: they carry up to megabytes of terminal output, and
//! the framework would decode them twice more (into a generic message, then into the params)
//! after a copy through its pipe — about half of the time 10 MB of output took to become
//! diagnostics.

use std::borrow::Cow;

use memchr::memmem;
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Id, Request, Response};
use tower_lsp_server::ls_types::notification::Notification;

use super::lsp_ext::{CaptureOutputParams, DidCaptureOutput};

/// Headers longer than this without an end are garbage, not a message being received.
const MAX_HEADER_BYTES: usize = 8 * 1024;
const CHUNK_BYTES: usize = 64 * 1024;
/// The most read at once while the rest of a large message is awaited: stdin is read on a
/// blocking thread, one round trip per read, so 10 MB of terminal output arrives in a few reads,
/// not 160.
const LARGE_READ_BYTES: usize = 2 * 1024 * 1024;

/// Copies framed messages from `input` to `framework`, answering malformed ones through
/// `errors` (bodies of error responses, written to stdout by `pump_output`).
pub async fn pump_input(
    mut input: impl AsyncRead + Unpin,
    mut framework: impl AsyncWrite + Unpin,
    errors: mpsc::UnboundedSender<Vec<u8>>,
    captured: mpsc::UnboundedSender<CaptureOutputParams>,
) {
    let mut buffer: Vec<u8> = Vec::with_capacity(CHUNK_BYTES);
    loop {
        let mut wanted = CHUNK_BYTES;
        loop {
            match next_frame(&buffer) {
                Frame::Incomplete => {
                    if let Some(end) = frame_end(&buffer) {
                        wanted = (end - buffer.len()).clamp(CHUNK_BYTES, LARGE_READ_BYTES);
                    }
                    break;
                }
                Frame::Garbage { consumed } => {
                    let _ = errors.send(error_body(
                        Value::Null,
                        -32700,
                        "Parse error: a message without a valid Content-Length header",
                    ));
                    buffer.drain(..consumed);
                }
                Frame::Complete { body_start, end } => {
                    match route(&buffer[body_start..end]) {
                        Route::Framework => {
                            if framework.write_all(&buffer[..end]).await.is_err() {
                                return;
                            }
                        }
                        Route::CapturedOutput(params) => {
                            let _ = captured.send(*params);
                        }
                        Route::Answer(answer) => {
                            let _ = errors.send(answer);
                        }
                    }
                    buffer.drain(..end);
                    // A large message's buffer is not kept for the server's lifetime.
                    if buffer.capacity() > LARGE_READ_BYTES && buffer.len() < CHUNK_BYTES {
                        buffer.shrink_to(CHUNK_BYTES);
                    }
                }
            }
        }
        if framework.flush().await.is_err() {
            return;
        }
        let filled = buffer.len();
        buffer.resize(filled + wanted, 0);
        match input.read(&mut buffer[filled..]).await {
            Ok(0) | Err(_) => return,
            Ok(read) => buffer.truncate(filled + read),
        }
    }
}

/// Copies the framework's messages to `output`, and the error answers of `pump_input` between
/// them, each message whole.
pub async fn pump_output(
    mut framework: impl AsyncRead + Unpin,
    mut errors: mpsc::UnboundedReceiver<Vec<u8>>,
    mut output: impl AsyncWrite + Unpin,
) {
    let mut buffer: Vec<u8> = Vec::with_capacity(CHUNK_BYTES);
    let mut chunk = vec![0u8; CHUNK_BYTES];
    let mut errors_open = true;
    loop {
        tokio::select! {
            read = framework.read(&mut chunk) => {
                let read = match read {
                    Ok(0) | Err(_) => break,
                    Ok(read) => read,
                };
                buffer.extend_from_slice(&chunk[..read]);
                let mut written = 0;
                while let Frame::Complete { end, .. } = next_frame(&buffer[written..]) {
                    written += end;
                }
                if written > 0 {
                    if output.write_all(&buffer[..written]).await.is_err() {
                        return;
                    }
                    buffer.drain(..written);
                }
            }
            body = errors.recv(), if errors_open => {
                match body {
                    Some(body) => {
                        let header = format!("Content-Length: {}\r\n\r\n", body.len());
                        if output.write_all(header.as_bytes()).await.is_err()
                            || output.write_all(&body).await.is_err()
                        {
                            return;
                        }
                    }
                    None => errors_open = false,
                }
            }
        }
        if output.flush().await.is_err() {
            return;
        }
    }
    let _ = output.write_all(&buffer).await;
    let _ = output.flush().await;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Frame {
    /// More bytes are needed.
    Incomplete,
    /// The first `consumed` bytes are no message header.
    Garbage { consumed: usize },
    /// A whole message: its body starts at `body_start`, the message ends at `end`.
    Complete { body_start: usize, end: usize },
}

/// Where the message at the start of `buffer` ends, once its header is complete.
fn frame_end(buffer: &[u8]) -> Option<usize> {
    match next_frame(buffer) {
        Frame::Complete { end, .. } => Some(end),
        Frame::Garbage { .. } => None,
        Frame::Incomplete => {
            let header_end = memmem::find(buffer, b"\r\n\r\n")?;
            Some(header_end + 4 + content_length(&buffer[..header_end])?)
        }
    }
}

fn next_frame(buffer: &[u8]) -> Frame {
    let Some(header_end) = memmem::find(buffer, b"\r\n\r\n") else {
        return match buffer.len() > MAX_HEADER_BYTES {
            true => Frame::Garbage {
                consumed: buffer.len(),
            },
            false => Frame::Incomplete,
        };
    };
    let body_start = header_end + 4;
    match content_length(&buffer[..header_end]) {
        None => Frame::Garbage {
            consumed: body_start,
        },
        Some(length) if buffer.len() < body_start + length => Frame::Incomplete,
        Some(length) => Frame::Complete {
            body_start,
            end: body_start + length,
        },
    }
}

fn content_length(headers: &[u8]) -> Option<usize> {
    std::str::from_utf8(headers)
        .ok()?
        .split("\r\n")
        .find_map(|header| {
            let (name, value) = header.split_once(':')?;
            match name.trim().eq_ignore_ascii_case("content-length") {
                true => value.trim().parse::<usize>().ok(),
                false => None,
            }
        })
}

/// The members of a JSON-RPC request that decide whether the framework decodes it, read without
/// building its params (10 MB of terminal output is one string there).
#[derive(Deserialize)]
struct RequestEnvelope<'a> {
    #[serde(borrow)]
    jsonrpc: Cow<'a, str>,
    #[serde(borrow)]
    method: Option<Cow<'a, str>>,
    /// An id the framework cannot decode fails the fast path; notifications have none.
    #[serde(default, deserialize_with = "present")]
    id: Option<Id>,
}

/// A `selfheal/didCaptureOutput` notification, decoded straight into its params.
#[derive(Deserialize)]
struct CaptureOutputNotification {
    params: CaptureOutputParams,
}

/// Where a well-framed message goes.
#[derive(Debug)]
enum Route {
    /// To the framework, as it is.
    Framework,
    /// Terminal output, decoded: to its own handler.
    CapturedOutput(Box<CaptureOutputParams>),
    /// Nowhere: this error response goes back instead.
    Answer(Vec<u8>),
}

fn route(body: &[u8]) -> Route {
    let is_captured_output = serde_json::from_slice::<RequestEnvelope>(body).is_ok_and(|e| {
        e.jsonrpc == "2.0"
            && e.method.as_deref() == Some(DidCaptureOutput::METHOD)
            && e.id.is_none()
    });
    if is_captured_output {
        // Params the handler cannot take go to the framework, which reports them as it does
        // for every other notification.
        if let Ok(notification) = serde_json::from_slice::<CaptureOutputNotification>(body) {
            return Route::CapturedOutput(Box::new(notification.params));
        }
    }
    match check_message(body) {
        Ok(()) => Route::Framework,
        Err(answer) => Route::Answer(answer),
    }
}

/// A member that is there, even as `null` (`"id": null` is an id, as the framework reads it).
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Id>, D::Error> {
    Id::deserialize(deserializer).map(Some)
}

/// `Ok` for a body the framework decodes; else the error response to send instead.
fn check_message(body: &[u8]) -> Result<(), Vec<u8>> {
    // Requests and notifications, the common case, are checked without decoding their params;
    // anything else is checked with the framework's own types.
    if serde_json::from_slice::<RequestEnvelope>(body)
        .is_ok_and(|envelope| envelope.jsonrpc == "2.0" && envelope.method.is_some())
    {
        return Ok(());
    }
    if serde_json::from_slice::<Request>(body).is_ok()
        || serde_json::from_slice::<Response>(body).is_ok()
    {
        return Ok(());
    }
    match serde_json::from_slice::<Value>(body) {
        Err(error) => Err(error_body(
            Value::Null,
            -32700,
            &format!("Parse error: the message is not JSON ({error})"),
        )),
        Ok(value) => {
            let id = value
                .get("id")
                .filter(|id| id.is_number() || id.is_string())
                .cloned()
                .unwrap_or(Value::Null);
            Err(error_body(
                id,
                -32600,
                "Invalid request: not a JSON-RPC 2.0 request, notification or response",
            ))
        }
    }
}

fn error_body(id: Value, code: i64, message: &str) -> Vec<u8> {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}})
        .to_string()
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_found_checked_and_garbage_is_skipped() {
        let message = b"Content-Length: 2\r\n\r\n{}rest";
        assert_eq!(
            next_frame(message),
            Frame::Complete {
                body_start: 21,
                end: 23
            }
        );
        assert_eq!(
            next_frame(b"Content-Length: 9\r\n\r\n{}"),
            Frame::Incomplete
        );
        assert_eq!(
            next_frame(b"Nonsense: 1\r\n\r\n{}"),
            Frame::Garbage { consumed: 15 }
        );
        assert!(check_message(br#"{"jsonrpc":"2.0","id":1,"method":"x"}"#).is_ok());
        assert!(check_message(br#"{"jsonrpc":"2.0","id":1,"result":null}"#).is_ok());
        let parse_error = check_message(b"{nope").unwrap_err();
        assert!(String::from_utf8_lossy(&parse_error).contains("-32700"));
        let invalid = check_message(br#"{"id": 4, "hello": true}"#).unwrap_err();
        assert!(String::from_utf8_lossy(&invalid).contains(r#""id":4"#));
    }

    /// The fast path accepts exactly what the framework's own types accept.
    #[test]
    fn the_request_fast_path_agrees_with_the_framework() {
        let bodies: &[&[u8]] = &[
            br#"{"jsonrpc":"2.0","id":1,"method":"x","params":{"output":"a\"b\u00e9"}}"#,
            br#"{"jsonrpc":"2.0","method":"selfheal/didCaptureOutput","params":[1,2]}"#,
            br#"{"jsonrpc":"2.0","id":null,"method":"x"}"#,
            br#"{"jsonrpc":"2.0","id":"a\u0062","method":"m\u0065thod"}"#,
            br#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#,
            br#"{"jsonrpc":"2.0","id":[1],"method":"x"}"#,
            br#"{"jsonrpc":"1.0","id":1,"method":"x"}"#,
            br#"{"jsonrpc":"2\u002e0","id":1,"method":"x"}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":7}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":"x","params":{"a":}}"#,
            br#"{"jsonrpc":"2.0","id":1,"method":"x"} trailing"#,
            br#"{"id":1,"method":"x"}"#,
        ];
        for body in bodies {
            let framework = serde_json::from_slice::<Request>(body).is_ok()
                || serde_json::from_slice::<Response>(body).is_ok();
            assert_eq!(
                check_message(body).is_ok(),
                framework,
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn a_large_message_is_awaited_in_large_reads() {
        let header = b"Content-Length: 10000000\r\n\r\n{";
        assert_eq!(frame_end(header), Some(header.len() - 1 + 10_000_000));
        assert_eq!(frame_end(b"Content-Length: 10"), None);
    }

    #[test]
    fn terminal_output_is_decoded_here_and_the_rest_goes_on() {
        let output = br#"{"jsonrpc":"2.0","method":"selfheal/didCaptureOutput","params":{"origin":"terminal","cwd":"/p","commandLine":"cargo build","exitCode":101,"output":"error: \u001b[1mx\u001b[0m\n","truncated":false}}"#;
        match route(output) {
            Route::CapturedOutput(params) => {
                assert_eq!(params.command_line, "cargo build");
                assert_eq!(params.exit_code, Some(101));
                assert_eq!(params.output, "error: \u{1b}[1mx\u{1b}[0m\n");
            }
            other => panic!("{other:?}"),
        }
        let as_request =
            br#"{"jsonrpc":"2.0","id":3,"method":"selfheal/didCaptureOutput","params":{}}"#;
        let bad_params =
            br#"{"jsonrpc":"2.0","method":"selfheal/didCaptureOutput","params":{"output":7}}"#;
        let other = br#"{"jsonrpc":"2.0","method":"textDocument/didSave","params":{}}"#;
        for body in [&as_request[..], &bad_params[..], &other[..]] {
            assert!(
                matches!(route(body), Route::Framework),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
        assert!(matches!(route(b"{nope"), Route::Answer(_)));
    }
}
