//! Reading the prerendered page once at start: the elements the widget updates, and what the
//! filters need to know about each result (its `data-facets` and its searchable text).

use std::collections::BTreeMap;

use web_sys::Element;

use crate::dom::{all, attr, by_id, first, searchable_text};
use crate::state::PlaceInfo;
use nap1325_core::filter::{fold, IndexEntry};
use nap1325_core::map::MapView;
use nap1325_core::view_state::FootnoteSpot;

/// A section of results: its element, the list its cards go into, and the positions of its
/// cards in [`PageDom::cards`].
pub struct SectionDom {
    pub element: Element,
    pub list: Option<Element>,
    pub members: Vec<usize>,
}

pub struct FootnoteDom {
    pub spot: FootnoteSpot,
    pub marker: Element,
    pub panel: Option<Element>,
}

/// The parts of the page the widget acts on.
pub struct PageDom {
    pub root: Element,
    /// The result cards, in the page's (the letter's) order; only those on screen are in the
    /// document (see `cards.rs`), so these references are the way to all of them.
    pub cards: Vec<Element>,
    pub sections: Vec<SectionDom>,
    /// Every footnote marker with the panel it opens, also those in cards out of the document.
    pub footnotes: Vec<FootnoteDom>,
    /// Everything that stands for a place: pins, country shapes, list buttons.
    pub places: Vec<Element>,
    pub pins: Vec<Element>,
    pub pins_group: Option<Element>,
    pub map_canvas: Option<Element>,
    pub map_svg: Option<Element>,
    /// The view buttons, each with the `data-view-box` of its view.
    pub view_buttons: Vec<Element>,
    pub show_all: Option<Element>,
    pub show_more: Option<Element>,
    pub results_count: Option<Element>,
    pub live: Option<Element>,
}

impl PageDom {
    pub fn read(root: Element) -> PageDom {
        let cards = all(&root, "[data-result]");
        let sections = all(&root, "[data-section]")
            .into_iter()
            .map(|element| SectionDom {
                members: cards
                    .iter()
                    .enumerate()
                    .filter(|(_, card)| element.contains(Some(card)))
                    .map(|(i, _)| i)
                    .collect(),
                list: first(&element, "ul.cards"),
                element,
            })
            .collect();
        let footnotes = all(&root, "button.fn-marker[data-footnote]")
            .into_iter()
            .filter_map(|marker| {
                let spot = FootnoteSpot::from_key(&attr(&marker, "data-footnote")?)?;
                Some(FootnoteDom {
                    panel: by_id(&spot.panel_id()).filter(|panel| root.contains(Some(panel))),
                    spot,
                    marker,
                })
            })
            .collect();
        PageDom {
            footnotes,
            places: all(&root, "[data-place]"),
            pins: all(&root, ".pin[data-place]"),
            pins_group: first(&root, "[data-pins]"),
            map_canvas: first(&root, "[data-map]"),
            map_svg: first(&root, "[data-map] svg"),
            view_buttons: all(&root, "button[data-view]"),
            show_all: first(&root, "[data-action=show-all-places]"),
            show_more: first(&root, "[data-action=show-more]"),
            results_count: first(&root, "[data-results-count]"),
            live: first(&root, "[data-live]"),
            cards,
            sections,
            root,
        }
    }

    /// One index entry per card: its options from `data-facets`, its text from the parts marked
    /// `data-search` (without footnote markers), folded.
    pub fn index_entries(&self) -> Vec<IndexEntry> {
        self.cards
            .iter()
            .map(|card| {
                let text = all(card, "[data-search]")
                    .iter()
                    .map(searchable_text)
                    .collect::<Vec<_>>()
                    .join("\n");
                IndexEntry {
                    facets: IndexEntry::parse_facet_tokens(
                        &attr(card, "data-facets").unwrap_or_default(),
                    ),
                    text: fold(&text),
                }
            })
            .collect()
    }

    /// The pins of one map view, in the page's order.
    pub fn pins_in_view(&self, view: MapView) -> Vec<&Element> {
        self.pins
            .iter()
            .filter(|pin| attr(pin, "data-view").as_deref() == Some(view.id()))
            .collect()
    }

    /// Whether the page has the panel in which this footnote opens.
    pub fn has_footnote_panel(&self, spot: &FootnoteSpot) -> bool {
        self.footnotes
            .iter()
            .any(|footnote| footnote.spot == *spot && footnote.panel.is_some())
    }

    /// The section the card at `position` belongs to.
    pub fn section_of(&self, position: usize) -> Option<&SectionDom> {
        self.sections
            .iter()
            .find(|section| section.members.contains(&position))
    }

    /// Each place's name (from the lists) and the map view its pin is in.
    pub fn place_infos(&self) -> BTreeMap<String, PlaceInfo> {
        let mut places = BTreeMap::new();
        for button in all(&self.root, ".place-button[data-place]") {
            let (Some(place), Some(name)) =
                (attr(&button, "data-place"), first(&button, ".place-name"))
            else {
                continue;
            };
            let view = self
                .pins
                .iter()
                .find(|pin| attr(pin, "data-place").as_deref() == Some(place.as_str()))
                .and_then(|pin| attr(pin, "data-view"))
                .and_then(|id| MapView::from_id(&id));
            places.insert(
                place,
                PlaceInfo {
                    name: name.text_content().unwrap_or_default(),
                    view,
                },
            );
        }
        places
    }
}
