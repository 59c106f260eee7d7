//! Rules for every string in the data files, whatever field it is in: no invisible characters that
//! change how text reads (direction controls, control characters), and no string longer than any
//! text of the letter needs. Checked on the raw JSON, so each problem names its exact path.

use serde_json::Value;

use super::error::Problems;

/// The most characters a string may have: the letter's longest paragraph has about 1,050.
pub const MAX_CHARS: usize = 5_000;

/// Checks every string (and object key) in `value`, a data file's JSON.
pub(crate) fn check(file: &str, value: &Value, problems: &mut Problems) {
    walk(value, &mut String::new(), &mut |path, text| {
        if let Some(message) = problem(text) {
            problems.push(file, path, message);
        }
    });
}

fn walk(value: &Value, path: &mut String, found: &mut impl FnMut(&str, &str)) {
    match value {
        Value::String(text) => found(path, text),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(item, path, found);
                path.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let len = path.len();
                // A key that is not a plain name is quoted and escaped, so a path never carries an
                // invisible or control character into the message.
                let plain = !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if plain {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                } else {
                    path.push_str(&format!("[\"{}\"]", key.escape_debug()));
                }
                found(path, key);
                walk(item, path, found);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// What is wrong with one string, if anything.
pub fn problem(text: &str) -> Option<String> {
    for c in text.chars() {
        if let Some(name) = direction_control(c) {
            return Some(format!(
                "contains U+{:04X} ({name}), an invisible character that changes the order in which text is shown; remove it",
                u32::from(c)
            ));
        }
        if c.is_control() && c != '\n' {
            return Some(format!(
                "contains the control character U+{:04X}; remove it",
                u32::from(c)
            ));
        }
    }
    let chars = text.chars().count();
    (chars > MAX_CHARS).then(|| {
        format!(
            "is {chars} characters long; a text may have at most {MAX_CHARS} (split it, or shorten it)"
        )
    })
}

/// The Unicode bidirectional formatting characters (UAX #9), which can make text display
/// differently from how it reads ("Trojan source").
fn direction_control(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{061C}' => "arabic letter mark",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_and_line_breaks_pass() {
        assert_eq!(problem("Oekraïne — ‘vrouwen’, 2022–2023\nSyrië"), None);
        assert_eq!(problem(&"a".repeat(MAX_CHARS)), None);
    }

    #[test]
    fn direction_controls_and_control_characters_are_named() {
        let rtl = problem("abc\u{202E}def").unwrap();
        assert!(rtl.contains("U+202E (right-to-left override)"), "{rtl}");
        assert!(problem("\u{2067}x")
            .unwrap()
            .contains("right-to-left isolate"));
        assert!(problem("a\u{0007}b")
            .unwrap()
            .contains("control character U+0007"));
        assert!(problem("tab\there").unwrap().contains("U+0009"));
    }

    #[test]
    fn over_long_strings_are_rejected() {
        let message = problem(&"é".repeat(MAX_CHARS + 1)).unwrap();
        assert!(message.contains("is 5001 characters long"), "{message}");
    }

    #[test]
    fn odd_keys_are_quoted_and_escaped_in_paths() {
        let value: Value = serde_json::from_str(r#"{"a\u202eb":{"x.y":"ok"}}"#).unwrap();
        let mut problems = Problems::default();
        check("data/report.json", &value, &mut problems);
        let text = problems.into_error().to_string();
        assert!(
            text.contains(r#"at `["a\u{202e}b"]`: contains U+202E"#),
            "{text}"
        );
        assert!(!text.contains('\u{202E}'), "{text}");
    }

    #[test]
    fn paths_name_each_string() {
        let value: Value =
            serde_json::from_str(r#"{"results":[{"title":{"nl":"ok","en":"x\u202e"}}]}"#).unwrap();
        let mut problems = Problems::default();
        check("data/results.json", &value, &mut problems);
        let text = problems.into_error().to_string();
        assert!(
            text.contains("data/results.json at `results[0].title.en`: contains U+202E"),
            "{text}"
        );
    }
}
