//! Removes secrets and PII from text before it is stored or leaves the machine, keeping the text
//! readable: each secret becomes `<redacted:KIND>`. (Not written yet: returns text unchanged.)

use std::borrow::Cow;

/// Scrubs one piece of text.
pub fn scrub(text: &str) -> Cow<'_, str> {
    Cow::Borrowed(text)
}
