//! The view state in the URL query, both ways: one enum names every parameter, so reading and
//! writing cannot drift apart. Whatever arrives is treated as untrusted: unknown parameters,
//! unknown values and malformed input are ignored, never an error. Pure: no `leptos`.

use crate::filter::Facet;
use crate::map::MapView;
use crate::view_state::{FootnoteSpot, ViewState};

/// Every parameter the widget reads or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Param {
    /// A facet's chosen options, comma-separated: `ministry=Defensie,BZ`.
    Facet(Facet),
    /// The search text: `q=oekraine`.
    Query,
    /// Footnotes open in place, as `host:number`, comma-separated: `fn=intro:1`.
    Footnotes,
    /// The map's zoomed view: `map=europe`.
    Map,
    /// The page's language, `lang=en`: each language is a page of its own (index.html, en.html),
    /// so this is only read, by `early.js`, which opens the page of that language with the rest of
    /// the query.
    Lang,
    /// `compact=1`: embedded without the widget's own heading. Applied before the first paint by
    /// `early.js`; kept in the query by the widget.
    Compact,
    /// `present=5`: presenting, at step 5.
    Present,
    /// `speaker=1`: this window is the speaker's view of the presentation (notes, the next step,
    /// the time), kept in step with the audience's window.
    Speaker,
}

impl Param {
    pub const ALL: [Param; 12] = [
        Param::Facet(Facet::Section),
        Param::Facet(Facet::Ministry),
        Param::Facet(Facet::Goal),
        Param::Facet(Facet::Year),
        Param::Facet(Facet::Place),
        Param::Query,
        Param::Footnotes,
        Param::Map,
        Param::Lang,
        Param::Compact,
        Param::Present,
        Param::Speaker,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Param::Facet(facet) => facet.id(),
            Param::Query => "q",
            Param::Footnotes => "fn",
            Param::Map => "map",
            Param::Lang => "lang",
            Param::Compact => "compact",
            Param::Present => "present",
            Param::Speaker => "speaker",
        }
    }

    fn from_name(name: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// The page of each language, relative to the widget's directory: every language is a page of its
/// own (`early.js` knows these too, to honour `lang=`).
pub fn page_for(lang: crate::model::Lang) -> &'static str {
    match lang {
        crate::model::Lang::Nl => "./",
        crate::model::Lang::En => "en.html",
    }
}

/// The longest search text the URL may carry; longer input is cut (at a character boundary).
pub const MAX_QUERY: usize = 200;
/// The most values one list parameter may carry.
const MAX_VALUES: usize = 64;

/// Whether `value` may be an option of a facet: ids, codes and years are short and plain.
fn plain_value(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Reads a query string (with or without the leading `?`). Never fails.
pub fn parse(query: &str) -> ViewState {
    let mut state = ViewState::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        // A pair that does not decode to text is malformed: ignored whole.
        let (Some(name), Some(value)) = (decode(name), decode(value)) else {
            continue;
        };
        let Some(param) = Param::from_name(&name) else {
            continue;
        };
        match param {
            Param::Facet(facet) => {
                for option in value.split(',').filter(|v| plain_value(v)).take(MAX_VALUES) {
                    if !state.filters.is_chosen(facet, option) {
                        state.filters.toggle(facet, option);
                    }
                }
            }
            Param::Query => {
                // At most MAX_QUERY bytes, whole characters (taken, not sliced: a slice of a
                // string brings the standard library's message for a bad boundary into the wasm).
                let mut length = 0;
                let text: String = value
                    .chars()
                    .filter(|c| !c.is_control())
                    .take_while(|c| {
                        length += c.len_utf8();
                        length <= MAX_QUERY
                    })
                    .collect();
                state.filters.query = text.trim().to_owned();
            }
            Param::Footnotes => {
                state.open_footnotes.extend(
                    value
                        .split(',')
                        .take(MAX_VALUES)
                        .filter_map(FootnoteSpot::from_key),
                );
            }
            Param::Map => {
                if let Some(view) = MapView::from_id(&value) {
                    state.map_view = view;
                }
            }
            // Handled before the page is shown (early.js): a page is in one language.
            Param::Lang => {}
            Param::Compact => state.compact = value == "1",
            Param::Present => {
                state.present = value
                    .parse::<u16>()
                    .ok()
                    .filter(|step| (1..=9999).contains(step));
            }
            Param::Speaker => state.speaker = value == "1",
        }
    }
    state
}

/// Writes the state as a query string, `?` included, or an empty string for the default view.
/// Parameters come in the order of [`Param::ALL`].
pub fn write(state: &ViewState) -> String {
    let mut pairs = Vec::new();
    for param in Param::ALL {
        let value = match param {
            Param::Facet(facet) => state.filters.chosen(facet).collect::<Vec<_>>().join(","),
            Param::Query => state.filters.query.trim().to_owned(),
            Param::Footnotes => state
                .open_footnotes
                .iter()
                .map(FootnoteSpot::key)
                .collect::<Vec<_>>()
                .join(","),
            Param::Map => match state.map_view {
                MapView::World => String::new(),
                view => view.id().to_owned(),
            },
            Param::Lang => String::new(),
            Param::Compact => {
                if state.compact {
                    "1".to_owned()
                } else {
                    String::new()
                }
            }
            Param::Present => state
                .present
                .map(|step| step.to_string())
                .unwrap_or_default(),
            // Only with a presentation: the speaker's view of nothing is the page.
            Param::Speaker => {
                if state.speaker && state.present.is_some() {
                    "1".to_owned()
                } else {
                    String::new()
                }
            }
        };

        if !value.is_empty() {
            pairs.push(format!("{}={}", param.name(), encode(&value)));
        }
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// Percent-encodes everything but unreserved characters, `,` and `:` (which our values use).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' | b':' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+`; a malformed escape stays as it is. `None` when the bytes it stands
/// for are not UTF-8 text.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len()
                && bytes[i + 1].is_ascii_hexdigit()
                && bytes[i + 2].is_ascii_hexdigit() =>
            {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());

                match hex {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_round_trips() {
        let mut state = ViewState::default();
        state.filters.toggle(Facet::Ministry, "Defensie");
        state.filters.toggle(Facet::Goal, "protection");
        state.filters.query = "Oekraïne rode".into();
        state.open_footnotes.insert(FootnoteSpot::new("intro", 1));
        state.map_view = MapView::Europe;
        let url = write(&state);
        assert_eq!(
            url,
            "?ministry=Defensie&goal=protection&q=Oekra%C3%AFne+rode&fn=intro:1&map=europe"
        );
        assert_eq!(parse(&url), state);
    }

    #[test]
    fn a_long_search_is_cut_to_whole_characters_without_controls() {
        // 'ï' is two bytes: 99 of them and one more would end on the byte limit's far side.
        let long = format!("a{}\u{7}ïz", "ï".repeat(99));
        let query = parse(&format!(
            "?q={}",
            long.replace('ï', "%C3%AF").replace('\u{7}', "%07")
        ))
        .filters
        .query;
        assert_eq!(query, format!("a{}", "ï".repeat(99)));
        assert!(query.len() <= MAX_QUERY);
        assert_eq!(parse("?q=+%07gender+").filters.query, "gender");
    }

    #[test]
    fn the_default_view_has_no_query() {
        assert_eq!(write(&ViewState::default()), "");
        assert_eq!(parse(""), ViewState::default());
    }

    #[test]
    fn garbage_is_ignored() {
        let state = parse(
            "?ministry=<script>,BZ&goal&unknown=1&map=mars&fn=x,intro:0,intro:2&q=%E0%A4%A&%%%=",
        );
        assert_eq!(
            state.filters.chosen(Facet::Ministry).collect::<Vec<_>>(),
            ["BZ"]
        );
        assert_eq!(
            state.filters.chosen(Facet::Goal).count(),
            0,
            "a bare `goal` chooses nothing"
        );
        assert_eq!(
            state.filters.query, "",
            "a search that is not UTF-8 is ignored"
        );
        assert_eq!(state.map_view, MapView::World);
        assert_eq!(
            state
                .open_footnotes
                .iter()
                .map(FootnoteSpot::key)
                .collect::<Vec<_>>(),
            ["intro:2"]
        );
        assert!(!state.compact);
    }

    #[test]
    fn the_speakers_view_is_only_of_a_presentation() {
        let state = parse("?present=3&speaker=1");
        assert!(state.speaker);
        assert_eq!(write(&state), "?present=3&speaker=1");
        assert_eq!(
            write(&parse("?speaker=1")),
            "",
            "no presentation, no speaker's view"
        );
        assert!(!parse("?present=3&speaker=yes").speaker);
    }

    #[test]
    fn the_presentation_step_is_a_number_from_one() {
        assert_eq!(parse("?present=5").present, Some(5));
        assert_eq!(parse("?ministry=Defensie&present=1").present, Some(1));
        for bad in [
            "?present=0",
            "?present=-3",
            "?present=x",
            "?present=",
            "?present=99999",
        ] {
            assert_eq!(parse(bad).present, None, "{bad}");
        }
        let state = ViewState {
            present: Some(7),
            ..ViewState::default()
        };
        assert_eq!(write(&state), "?present=7");
        assert_eq!(parse(&write(&state)), state);
    }
}
