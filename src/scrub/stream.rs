//! The streaming scrubber: splits bytes into lines, tracks private key blocks across lines, and
//! processes over-long lines in bounded windows. It reports every input byte, in order, to a
//! `Sink` as either kept or redacted, so the same machinery writes scrubbed output and lists
//! the redacted ranges.

use super::detect::{find_private_key_end, is_private_key_body, Detector, KeyBlock, Span};
use super::kind::Kind;
use super::nextline::{self, Expect};
use super::rules::Hit;
use super::Finding;

/// Lines up to this length are scanned whole; longer lines in windows of this size.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// How much of a window is held back and scanned again with the next one, so that a secret
/// near the window's end is seen whole.
const WINDOW_OVERLAP: usize = 16 * 1024;

/// Receives the input bytes in order, each either kept or redacted.
pub trait Sink {
    fn keep(&mut self, bytes: &[u8]);
    /// `continues`: these bytes belong to the same secret as the previous redaction (the lines
    /// of one private key block, the rest of a secret cut by a window).
    fn redact(&mut self, bytes: &[u8], kind: Kind, continues: bool);
}

/// Writes scrubbed output: kept bytes as they are, each secret as one `<redacted:KIND>`.
pub struct OutputSink<'out> {
    pub out: &'out mut Vec<u8>,
}

impl Sink for OutputSink<'_> {
    fn keep(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn redact(&mut self, _bytes: &[u8], kind: Kind, continues: bool) {
        if !continues {
            write_marker(self.out, kind);
        }
    }
}

/// Appends `<redacted:KIND>`.
pub fn write_marker(out: &mut Vec<u8>, kind: Kind) {
    out.extend_from_slice(b"<redacted:");
    out.extend_from_slice(kind.name().as_bytes());
    out.push(b'>');
}

/// Collects the byte ranges of the secrets.
#[derive(Default)]
pub struct FindingSink {
    offset: usize,
    pub findings: Vec<Finding>,
}

impl Sink for FindingSink {
    fn keep(&mut self, bytes: &[u8]) {
        self.offset += bytes.len();
    }

    fn redact(&mut self, bytes: &[u8], kind: Kind, continues: bool) {
        let end = self.offset + bytes.len();
        match self.findings.last_mut() {
            Some(last) if continues && last.range.end == self.offset => last.range.end = end,
            _ => self.findings.push(Finding {
                range: self.offset..end,
                kind,
            }),
        }
        self.offset = end;
    }
}

/// State of a multi-line private key block.
#[derive(Debug, Clone, Copy)]
struct OpenBlock {
    /// A base64 line has been seen (armor headers and blank lines may only come before).
    body_started: bool,
}

/// Scrubs a stream of bytes, line by line.
///
/// Feed it chunks of any size with `feed`, then call `finish`. The output is the same however
/// the input is chunked. Memory stays bounded: at most `MAX_LINE_BYTES` of an unfinished line is
/// held. Bytes outside secrets are copied unchanged, invalid UTF-8 included.
pub struct Scrubber {
    detector: &'static Detector,
    /// The unfinished line.
    pending: Vec<u8>,
    /// Inside a private key block whose END has not been seen.
    block: Option<OpenBlock>,
    /// The newline after a line of an open block: part of the key if the next line continues
    /// the block, kept if the key turns out to have been cut off there.
    held_newline: bool,
    /// Windows of the current (over-long) line have already been written.
    in_long_line: bool,
    /// The current over-long line is private key body: redact it to its end.
    long_line_is_key_body: bool,
    /// A secret ran past the end of the last window; the run that continues it is redacted.
    swallow: Option<Kind>,
    /// The last line announced a value on this one (`- name: DB_PASSWORD`, `password: |`).
    expect: Option<Expect>,
    hits: Vec<Hit>,
    spans: Vec<Span>,
}

impl Default for Scrubber {
    fn default() -> Self {
        Scrubber::new()
    }
}

impl Scrubber {
    pub fn new() -> Self {
        Scrubber {
            detector: Detector::get(),
            pending: Vec::new(),
            block: None,
            held_newline: false,
            in_long_line: false,
            long_line_is_key_body: false,
            swallow: None,
            expect: None,
            hits: Vec::new(),
            spans: Vec::new(),
        }
    }

    /// Scrubs a chunk; the scrubbed text of every line completed by it is appended to `out`.
    pub fn feed(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        self.feed_into(bytes, &mut OutputSink { out });
    }

    /// End of input: scrubs and appends the last, unterminated line. The scrubber is then ready
    /// for a new stream.
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        self.finish_into(&mut OutputSink { out });
    }

    pub(crate) fn feed_into(&mut self, mut bytes: &[u8], sink: &mut impl Sink) {
        while !bytes.is_empty() {
            let newline = memchr::memchr(b'\n', bytes);
            if self.pending.is_empty() && !self.in_long_line && newline.is_some() {
                // Whole lines straight from the chunk, without copying; at most
                // `MAX_LINE_BYTES + 1` bytes at a time so that every line in it is short.
                let limit = bytes.len().min(MAX_LINE_BYTES + 1);
                if let Some(last_newline) = memchr::memrchr(b'\n', &bytes[..limit]) {
                    self.complete_lines(&bytes[..=last_newline], sink);
                    bytes = &bytes[last_newline + 1..];
                    continue;
                }
            }
            let room = MAX_LINE_BYTES - self.pending.len();
            match newline {
                Some(newline) if newline <= room => {
                    self.pending.extend_from_slice(&bytes[..newline]);
                    let line = std::mem::take(&mut self.pending);
                    self.line(&line, true, sink);
                    self.pending = line;
                    self.pending.clear();
                    bytes = &bytes[newline + 1..];
                }
                _ if room == 0 => self.window(sink),
                _ => {
                    let take = room.min(bytes.len());
                    self.pending.extend_from_slice(&bytes[..take]);
                    bytes = &bytes[take..];
                }
            }
        }
    }

    /// Scrubs `buffer`, a run of complete lines each ending in `\n`: stretches of lines
    /// without a candidate are passed on in one piece.
    fn complete_lines(&mut self, buffer: &[u8], sink: &mut impl Sink) {
        let mut position = 0;
        while position < buffer.len() {
            let start = match self.block.is_some() || self.held_newline || self.expect.is_some() {
                // Inside a key block, or after a line that announced a value, every line is
                // looked at.
                true => position,
                false => match self.detector.next_candidate_line(&buffer[position..]) {
                    Some(offset) => position + offset,
                    None => {
                        sink.keep(&buffer[position..]);
                        return;
                    }
                },
            };
            sink.keep(&buffer[position..start]);
            let end = memchr::memchr(b'\n', &buffer[start..])
                .map_or(buffer.len(), |offset| start + offset);
            self.line(&buffer[start..end], end < buffer.len(), sink);
            position = end + 1;
        }
    }

    pub(crate) fn finish_into(&mut self, sink: &mut impl Sink) {
        if !self.pending.is_empty() || self.in_long_line {
            let line = std::mem::take(&mut self.pending);
            self.line(&line, false, sink);
            self.pending = line;
            self.pending.clear();
        }
        // A key block cut off by the end of the input: its last newline is not key material.
        if self.held_newline {
            sink.keep(b"\n");
        }
        self.held_newline = false;
        self.block = None;
        self.in_long_line = false;
        self.long_line_is_key_body = false;
        self.swallow = None;
        self.expect = None;
    }

    /// The newline held after a block line: redacted with the block, or kept.
    fn release_newline(&mut self, continues_block: bool, sink: &mut impl Sink) {
        if std::mem::take(&mut self.held_newline) {
            match continues_block {
                true => sink.redact(b"\n", Kind::PrivateKey, true),
                false => sink.keep(b"\n"),
            }
        }
    }

    /// A complete line (without its `\n`; `newline` says whether it had one).
    fn line(&mut self, line: &[u8], newline: bool, sink: &mut impl Sink) {
        let line_start = !self.in_long_line;
        self.in_long_line = false;
        if !line_start {
            // The rest of an over-long line.
            if std::mem::take(&mut self.long_line_is_key_body) {
                sink.redact(line, Kind::PrivateKey, true);
                self.held_newline = newline;
                return;
            }
            let mut start = 0;
            if let Some(kind) = self.swallow.take() {
                start = secret_run_length(line);
                sink.redact(&line[..start], kind, true);
            }
            let opened = self.segment(&line[start..], sink);
            self.end_line(opened, newline, sink);
            return;
        }
        if let Some(mut block) = self.block {
            if let Some(end) = find_private_key_end(line, 0) {
                self.release_newline(true, sink);
                sink.redact(&line[..end], Kind::PrivateKey, true);
                self.block = None;
                let opened = self.segment(&line[end..], sink);
                self.end_line(opened, newline, sink);
                return;
            }
            if is_private_key_body(line, block.body_started) {
                self.release_newline(true, sink);
                sink.redact(line, Kind::PrivateKey, true);
                let text = super::values::trim_ascii(line);
                block.body_started |=
                    !text.is_empty() && memchr::memmem::find(text, b": ").is_none();
                self.block = Some(block);
                self.held_newline = newline;
                return;
            }
            // The key was cut off before its END line.
            self.block = None;
            self.release_newline(false, sink);
        }
        let mut carried = None;
        if let Some(expect) = self.expect.take() {
            if let Some((range, kind)) = nextline::value_in(line, &expect) {
                sink.keep(&line[..range.start]);
                sink.redact(&line[range.clone()], kind, false);
                sink.keep(&line[range.end..]);
                self.end_line(KeyBlock::Closed, newline, sink);
                self.expect = nextline::after_value(&expect);
                return;
            }
            carried = nextline::carried(&expect, line);
        }
        let opened = self.segment(line, sink);
        if opened == KeyBlock::Closed {
            self.expect = nextline::opener(line).or(carried);
        }
        self.end_line(opened, newline, sink);
    }

    fn end_line(&mut self, opened: KeyBlock, newline: bool, sink: &mut impl Sink) {
        match opened {
            KeyBlock::Opened => {
                self.block = Some(OpenBlock {
                    body_started: false,
                });
                self.held_newline = newline;
            }
            KeyBlock::Closed => {
                if newline {
                    sink.keep(b"\n");
                }
            }
        }
    }

    /// Scans and writes a piece of a line that is not inside a block.
    fn segment(&mut self, segment: &[u8], sink: &mut impl Sink) -> KeyBlock {
        self.spans.clear();
        let opened = self.detector.scan(segment, &mut self.hits, &mut self.spans);
        let mut position = 0;
        for span in &self.spans {
            sink.keep(&segment[position..span.start]);
            sink.redact(&segment[span.start..span.end], span.kind, false);
            position = span.end;
        }
        sink.keep(&segment[position..]);
        opened
    }

    /// `pending` holds `MAX_LINE_BYTES` of a line that goes on: write most of it, keep the tail.
    fn window(&mut self, sink: &mut impl Sink) {
        let pending = std::mem::take(&mut self.pending);
        let line_start = !self.in_long_line;
        self.in_long_line = true;
        let consumed = self.window_of(&pending, line_start, sink);
        self.pending = pending;
        self.pending.drain(..consumed);
    }

    /// Writes a prefix of `window` and returns its length.
    fn window_of(&mut self, window: &[u8], line_start: bool, sink: &mut impl Sink) -> usize {
        if line_start {
            if let Some(block) = self.block {
                let looks_like_body = window.iter().all(|&byte| {
                    byte.is_ascii_alphanumeric()
                        || matches!(byte, b'+' | b'/' | b'=' | b'"' | b'\'' | b' ' | b'\t')
                });
                if looks_like_body {
                    self.release_newline(true, sink);
                    sink.redact(window, Kind::PrivateKey, true);
                    self.block = Some(block);
                    self.long_line_is_key_body = true;
                    return window.len();
                }
                self.block = None;
                self.release_newline(false, sink);
            }
        } else if self.long_line_is_key_body {
            sink.redact(window, Kind::PrivateKey, true);
            return window.len();
        }
        let mut start = 0;
        if let Some(kind) = self.swallow.take() {
            start = secret_run_length(window);
            sink.redact(&window[..start], kind, true);
            if start == window.len() {
                self.swallow = Some(kind);
                return start;
            }
        }
        let rest = &window[start..];
        self.spans.clear();
        // A block opened inside a window shows as a span running to the window's end, which the
        // cut below handles like any other secret crossing it.
        self.detector.scan(rest, &mut self.hits, &mut self.spans);
        let target = char_boundary_before(rest, rest.len().saturating_sub(WINDOW_OVERLAP));
        let mut cut = cut_after_white_space(rest, target);
        loop {
            let crossing = self
                .spans
                .iter()
                .filter(|span| span.context_start < cut && span.end > cut)
                .map(|span| span.context_start)
                .min();
            match crossing {
                Some(context_start) => cut = context_start,
                None => break,
            }
        }
        if cut < rest.len() / 2 {
            // A secret longer than half a window: write it up to the target and redact the run
            // that continues it at the start of the next window.
            cut = target;
            for span in &self.spans {
                if span.start < cut && span.end > cut {
                    self.swallow = Some(span.kind);
                }
            }
        }
        let mut position = 0;
        for span in self.spans.iter().filter(|span| span.start < cut) {
            let end = span.end.min(cut);
            sink.keep(&rest[position..span.start]);
            sink.redact(&rest[span.start..end], span.kind, false);
            position = end;
        }
        sink.keep(&rest[position..cut]);
        start + cut
    }
}

/// How many leading bytes continue a secret cut at a window boundary: everything up to white
/// space or a quote or delimiter.
fn secret_run_length(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&byte| {
            byte.is_ascii_whitespace()
                || matches!(byte, b'"' | b'\'' | b'`' | b'<' | b'>' | b';' | b'&' | b',')
        })
        .unwrap_or(bytes.len())
}

/// Moves `index` back to the start of a UTF-8 character.
fn char_boundary_before(bytes: &[u8], mut index: usize) -> usize {
    let limit = index.saturating_sub(3);
    while index > limit && index < bytes.len() && (bytes[index] & 0xC0) == 0x80 {
        index -= 1;
    }
    index
}

/// Prefers to cut right after white space near `target`, so that no word is split.
fn cut_after_white_space(bytes: &[u8], target: usize) -> usize {
    let from = target.saturating_sub(4096);
    match bytes[from..target]
        .iter()
        .rposition(|byte| byte.is_ascii_whitespace())
    {
        Some(offset) => from + offset + 1,
        None => target,
    }
}
