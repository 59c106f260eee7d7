//! The map, its pins and the lists of countries and areas: choosing a place, the map's views, the
//! keyboard between pins and rows, the tooltips and Esc.

use crate::filter::Facet;
use crate::map::pins;
use crate::present;

use super::view::position;
use super::{Announcement, Contents, Draft, Focus, History, PlaceAction};

pub(super) fn update(d: &mut Draft, action: PlaceAction, contents: &Contents) {
    let view = d.before;
    match action {
        PlaceAction::Choose(place) => {
            d.history = Some(History::Push);
            if view.filters.is_chosen(Facet::Place, &place) {
                d.next.change_filters(|f| f.toggle(Facet::Place, &place));
                d.announce = Some(if d.next.filters.chosen(Facet::Place).next().is_none() {
                    Announcement::SelectionCleared
                } else {
                    Announcement::Count
                });
            } else {
                d.next
                    .change_filters(|f| f.choose_only(Facet::Place, &place));
                d.announce = Some(Announcement::PlaceChosen(place));
            }
            d.next.follow_place(view, contents);
        }
        PlaceAction::ShowAll => {
            clear_places(d);
            // The button goes away: focus goes to the map, where the choice was made.
            d.focus = Some(Focus::MapTabStop);
        }
        PlaceAction::ShowView(map_view) => {
            d.next.map_view = map_view;
            d.history = Some(History::Replace);
        }
        PlaceAction::FocusPin(place) => {
            d.next.focused_pin = Some(place);
            d.next.tips_dismissed = false;
        }
        PlaceAction::MovePin(step) => {
            let shown = contents.pins_in(view.map_view);
            let positions: Vec<(f32, f32)> = shown.iter().map(|pin| position(pin)).collect();
            let current = view
                .focused_pin
                .as_ref()
                .and_then(|f| shown.iter().position(|pin| pin.place == *f));
            if let Some(i) = pins::step(&positions, current, step) {
                let place = shown[i].place.clone();
                d.next.focused_pin = Some(place.clone());
                d.focus = Some(Focus::Pin(place));
            }
        }
        PlaceAction::FocusRow(place) => d.next.focused_place = Some(place),
        PlaceAction::MoveRow(movement) => {
            let list = &contents.list;
            if let Some(at) = view
                .list_stop(contents)
                .and_then(|stop| list.iter().position(|p| *p == stop))
            {
                let place = list[present::moved(movement, at, list.len())].clone();
                d.next.focused_place = Some(place.clone());
                d.focus = Some(Focus::Place(place));
            }
        }
        PlaceAction::ToggleLists => d.next.lists_open = !view.lists_open,
        PlaceAction::Hover(place) => d.next.hovered = place,
        PlaceAction::PointerMoved => d.next.tips_dismissed = false,
        PlaceAction::Escape { on_map } => {
            // First a tooltip that shows goes (WCAG 1.4.13), then, on the map, the choice.
            let tip_showing = !view.tips_dismissed && (on_map || view.hovered.is_some());
            if tip_showing {
                d.next.tips_dismissed = true;
            } else if on_map {
                clear_places(d);
            }
        }
    }
}

/// No place chosen any more (a history entry, and it is said, if one was).
fn clear_places(d: &mut Draft) {
    if d.before.filters.chosen(Facet::Place).next().is_some() {
        d.next.change_filters(|f| f.clear(Facet::Place));
        d.history = Some(History::Push);
        d.announce = Some(Announcement::SelectionCleared);
    }
}
