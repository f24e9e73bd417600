//! Strips ANSI escape sequences (colours, cursor moves, OSC titles and shell-integration marks)
//! from a byte stream, keeping state across chunk boundaries.

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum State {
    #[default]
    Text,
    /// After ESC.
    Escape,
    /// Inside `ESC [ …` until a final byte 0x40..=0x7e.
    Csi,
    /// After `ESC (` (or `)`, `*`, `+`, `#`, `%`): one more byte names the character set.
    Charset,
    /// Inside `ESC ] …` (or P, X, ^, _ strings) until BEL or `ESC \`.
    String,
    /// Inside a string, after an ESC that may start the `ESC \` terminator.
    StringEscape,
}

#[derive(Debug, Default)]
pub struct AnsiStripper {
    state: State,
}

impl AnsiStripper {
    pub fn in_sequence(&self) -> bool {
        self.state != State::Text
    }

    /// Appends `input` without escape sequences to `out`.
    pub fn strip_into(&mut self, input: &[u8], out: &mut Vec<u8>) {
        out.reserve(input.len());
        let mut index = 0;
        while index < input.len() {
            if self.state == State::Text {
                // Copy the run of plain text up to the next ESC in one go.
                let run_end =
                    memchr::memchr(0x1b, &input[index..]).map_or(input.len(), |o| index + o);
                out.extend_from_slice(&input[index..run_end]);
                if run_end == input.len() {
                    return;
                }
                self.state = State::Escape;
                index = run_end + 1;
                continue;
            }
            let byte = input[index];
            self.state = match (self.state, byte) {
                (State::Escape, b'[') => State::Csi,
                (State::Escape, b']' | b'P' | b'X' | b'^' | b'_') => State::String,
                (State::Escape, b'(' | b')' | b'*' | b'+' | b'#' | b'%') => State::Charset,
                (State::Charset, b'\n') => {
                    out.push(b'\n');
                    State::Text
                }
                (State::Charset, _) => State::Text,
                // A two-byte sequence (ESC 7, ESC =, ESC ( B's first part …) ends here; a stray
                // newline after ESC is kept.
                (State::Escape, b'\n') => {
                    out.push(b'\n');
                    State::Text
                }
                (State::Escape, _) => State::Text,
                (State::Csi, 0x40..=0x7e) => State::Text,
                (State::Csi, b'\n') => {
                    out.push(b'\n');
                    State::Text
                }
                (State::Csi, _) => State::Csi,
                (State::String, 0x07) => State::Text,
                (State::String, 0x1b) => State::StringEscape,
                (State::String, b'\n') => {
                    // An unterminated OSC must not swallow the rest of the log.
                    out.push(b'\n');
                    State::Text
                }
                (State::String, _) => State::String,
                (State::StringEscape, b'\\') => State::Text,
                (State::StringEscape, _) => State::String,
                (State::Text, _) => unreachable!("handled above"),
            };
            index += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(chunks: &[&[u8]]) -> String {
        let mut stripper = AnsiStripper::default();
        let mut out = Vec::new();
        for chunk in chunks {
            stripper.strip_into(chunk, &mut out);
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn removes_colours_and_osc() {
        assert_eq!(
            strip(&[b"\x1b[0m\x1b[1m\x1b[38;5;9merror[E0425]\x1b[0m: x\n"]),
            "error[E0425]: x\n"
        );
        assert_eq!(strip(&[b"\x1b]633;C\x07ok\x1b]0;title\x1b\\!"]), "ok!");
        // tput sgr0 on xterm: `ESC ( B` selects the ASCII set and is followed by a reset.
        assert_eq!(strip(&[b"\x1b[31merror:\x1b(B\x1b[m Name"]), "error: Name");
        assert_eq!(strip(&[b"a\x1b(", b"Bb"]), "ab");
    }

    #[test]
    fn sequences_split_across_chunks() {
        assert_eq!(strip(&[b"a\x1b", b"[31", b"mb\x1b]8;;", b"x\x07c"]), "abc");
    }

    #[test]
    fn unterminated_sequence_stops_at_newline() {
        assert_eq!(strip(&[b"a\x1b]0;never ends\nnext\n"]), "a\nnext\n");
        assert_eq!(strip(&[b"a\x1b[12\nnext"]), "a\nnext");
    }
}
