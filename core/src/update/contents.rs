//! What the prerendered page holds, as the widget reads it when it starts: the data `update` works
//! on besides the view.

use crate::sorted::{SortedMap, SortedSet};

use crate::filter::Index;
use crate::map::MapView;
use crate::model::Lang;
use crate::present;
use crate::view_state::FootnoteSpot;

/// What the prerendered page holds, as the widget reads it when it starts: plain data, in the
/// page's order. (The widget keeps the elements beside it.)
#[derive(Clone, Debug, Default)]
pub struct Contents {
    pub lang: Lang,
    /// What each result offers to the filters.
    pub index: Index,
    /// Per section of the letter, the positions of its results.
    pub sections: Vec<Vec<usize>>,
    /// The countries and areas: name, and the map view a pin of it stands in.
    pub places: SortedMap<String, PlaceInfo>,
    /// The map's pins, with where each stands in its view.
    pub pins: Vec<Pin>,
    /// The places in the order the country and area lists show them.
    pub list: Vec<String>,
    /// The places where a footnote opens in place.
    pub footnotes: SortedSet<FootnoteSpot>,
    /// Each filter option's label, by key (`ministry:Defensie` → `Defensie`).
    pub labels: SortedMap<String, String>,
    /// Where the widget runs: in an iframe that may not go full screen, a presentation opens in a
    /// tab of its own (a dialog as tall as the content would be mostly off screen).
    pub present_in_new_tab: bool,
}

/// What the page says about a country or area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceInfo {
    pub name: String,
    /// The map view its pin stands in (areas that are not countries have no pin).
    pub view: Option<MapView>,
}

/// A pin on the map: its place, its view, and where it stands there (hundredths of a percent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pin {
    pub place: String,
    pub view: MapView,
    pub at: (i32, i32),
}

impl Contents {
    /// The pins of one view, in the page's order.
    pub fn pins_in(&self, view: MapView) -> Vec<&Pin> {
        self.pins.iter().filter(|pin| pin.view == view).collect()
    }

    /// How many steps the presentation has for the results that pass.
    pub fn step_count(&self, passing: &[bool]) -> usize {
        present::steps(&self.sections, passing).len()
    }
}
