//! Text with footnote markers. Data files write `[^3]` where the letter places footnote 3; the
//! widget turns each marker into a button. Everything else is plain text, never HTML.

/// A piece of text with markers: plain text, or a reference to a footnote by number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Footnote(u16),
}

/// Splits `text` at its footnote markers. A `[^` that is not a well-formed marker stays text
/// (validation reports it).
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut pending = 0; // bytes of `rest` already known to be plain text
    while let Some(found) = rest[pending..].find("[^") {
        let start = pending + found;
        match marker_at(&rest[start..]) {
            Some((number, len)) => {
                if start > 0 {
                    out.push(Segment::Text(&rest[..start]));
                }
                out.push(Segment::Footnote(number));
                rest = &rest[start + len..];
                pending = 0;
            }
            None => pending = start + 2,
        }
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// `[^12]` at the start of `text`: the number and the marker's length in bytes.
fn marker_at(text: &str) -> Option<(u16, usize)> {
    let digits = text.strip_prefix("[^")?;
    let end = digits.find(']')?;
    let number = &digits[..end];
    if number.is_empty() || number.len() > 3 || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((number.parse().ok()?, end + 3))
}

/// The footnote numbers in the order they appear.
pub fn footnote_numbers(text: &str) -> Vec<u16> {
    segments(text)
        .into_iter()
        .filter_map(|segment| match segment {
            Segment::Footnote(number) => Some(number),
            Segment::Text(_) => None,
        })
        .collect()
}

/// The text without its markers, for search and export.
pub fn plain(text: &str) -> String {
    segments(text)
        .into_iter()
        .filter_map(|segment| match segment {
            Segment::Text(text) => Some(text),
            Segment::Footnote(_) => None,
        })
        .collect()
}

/// Whether the text has a `[^` that is not a well-formed marker.
pub fn has_malformed_marker(text: &str) -> bool {
    segments(text)
        .iter()
        .any(|segment| matches!(segment, Segment::Text(t) if t.contains("[^")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_text_at_markers() {
        assert_eq!(
            segments("Den Haag.[^4] Zo[^12]"),
            vec![
                Segment::Text("Den Haag."),
                Segment::Footnote(4),
                Segment::Text(" Zo"),
                Segment::Footnote(12)
            ]
        );
        assert_eq!(segments("[^1]"), vec![Segment::Footnote(1)]);
        assert_eq!(segments(""), vec![]);
    }

    #[test]
    fn malformed_markers_stay_text() {
        assert_eq!(segments("a [^x] b"), vec![Segment::Text("a [^x] b")]);
        assert_eq!(
            segments("a [^ [^2]"),
            vec![Segment::Text("a [^ "), Segment::Footnote(2)]
        );
        assert!(has_malformed_marker("a [^x] b"));
        assert!(has_malformed_marker("open [^3"));
        assert!(!has_malformed_marker("ok [^3]"));
    }

    #[test]
    fn plain_text_and_numbers() {
        assert_eq!(plain("Den Haag.[^4] Zo[^12]"), "Den Haag. Zo");
        assert_eq!(footnote_numbers("a[^5] b[^6]"), vec![5, 6]);
    }
}
