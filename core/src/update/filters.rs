//! The filters and the search: each choice is a history entry and announces the count; typing makes
//! one entry and refines it until a pause.

use crate::filter::{Facet, Filters, PAGE};
use crate::url;

use super::{Announcement, Contents, Draft, FilterAction, Focus, History};

pub(super) fn update(d: &mut Draft, action: FilterAction, contents: &Contents) {
    let view = d.before;
    match action {
        FilterAction::ToggleOption(facet, value) => {
            d.next.change_filters(|f| f.toggle(facet, &value));
            chosen(d, contents);
        }
        FilterAction::RemoveChip(key) => {
            let chips = view.filters.active(&contents.labels, contents.lang);
            let Some(position) = chips.iter().position(|(k, _)| *k == key) else {
                return;
            };
            d.next.change_filters(|f| match Facet::parse_key(&key) {
                Some((facet, value)) => f.toggle(facet, value),
                None => f.query.clear(),
            });
            chosen(d, contents);
            // The chip that takes its place, or the last, or the search field.
            let left = chips.len() - 1;
            d.focus = Some(if left == 0 {
                Focus::Search
            } else {
                Focus::Chip(position.min(left - 1))
            });
        }
        FilterAction::ClearAll => {
            d.next.change_filters(Filters::clear_all);
            d.history = Some(History::Push);
            d.announce = Some(Announcement::Count);
            d.focus = Some(Focus::Search);
            d.show_results = true;
        }
        FilterAction::Type(text) => {
            d.next.filters.query = text;
            d.next.limit = if d.next.filters == view.filters {
                view.limit
            } else {
                PAGE
            };
            d.history = Some(if view.typing {
                History::Replace
            } else {
                History::Push
            });
            d.next.typing = view.typing || url::write(&d.next.link()) != url::write(&view.link());
        }
        FilterAction::PauseTyping => {
            d.next.typing = false;
            d.announce = Some(Announcement::Count);
            d.show_results = true;
        }
    }
}

/// A filter was chosen or removed: a history entry, the count, the map following a single place.
fn chosen(d: &mut Draft, contents: &Contents) {
    d.next.follow_place(d.before, contents);
    d.history = Some(History::Push);
    d.announce = Some(Announcement::Count);
    d.show_results = true;
}
