//! What a visitor has chosen and opened, as plain data: the state a URL carries, so a copied link
//! reopens exactly this view. Pure: no `leptos`.

use crate::sorted::SortedSet;

use crate::filter::Filters;
use crate::map::MapView;

/// One place where a footnote is opened: the footnote's number at one citation (the introduction
/// or a result), since a footnote can be open under one card and closed under another.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FootnoteSpot {
    /// `intro` or a result id.
    pub host: String,
    pub number: u16,
}

impl FootnoteSpot {
    pub fn new(host: impl Into<String>, number: u16) -> Self {
        FootnoteSpot {
            host: host.into(),
            number,
        }
    }

    /// The id of the panel that shows the footnote in place.
    pub fn panel_id(&self) -> String {
        format!("fn-{}-{}", self.host, self.number)
    }

    /// The id of the marker button that opens it.
    pub fn marker_id(&self) -> String {
        format!("fnref-{}-{}", self.host, self.number)
    }

    /// `intro:1`, `eufor-althea-and-iraq:8`: how the page and the URL name it.
    pub fn key(&self) -> String {
        format!("{}:{}", self.host, self.number)
    }

    /// Reads [`FootnoteSpot::key`] back.
    pub fn from_key(key: &str) -> Option<FootnoteSpot> {
        let (host, number) = key.rsplit_once(':')?;
        let valid_host = !host.is_empty()
            && host
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let number: u16 = number.parse().ok()?;
        (valid_host && number > 0).then(|| FootnoteSpot::new(host, number))
    }
}

/// Everything about the current view that a link should reopen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub filters: Filters,
    pub open_footnotes: SortedSet<FootnoteSpot>,
    pub map_view: MapView,
    /// Embedded without the widget's own heading (the host page has one): `compact=1`.
    pub compact: bool,
    /// Presenting, at this step (1-based, as the URL says it): `present=5`.
    pub present: Option<u16>,
    /// This window is the speaker's view of a presentation shown in another: `speaker=1`.
    pub speaker: bool,
}
