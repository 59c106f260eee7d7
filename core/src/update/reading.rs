//! Reading the report: footnotes in place, the page of results and links to a card, the skip
//! links, the introduction, the filter panel on phones.

use crate::filter::{first_page, Filters, PAGE};

use super::{Announcement, Contents, Draft, Focus, History, ReadAction};

pub(super) fn update(d: &mut Draft, action: ReadAction, contents: &Contents, passing: &[bool]) {
    let view = d.before;
    match action {
        ReadAction::ToggleFootnote(spot) => {
            if !d.next.open_footnotes.remove(&spot) {
                d.next.open_footnotes.insert(spot);
            }
            d.history = Some(History::Replace);
        }
        ReadAction::CloseFootnote(spot) => {
            d.next.open_footnotes.remove(&spot);
            d.history = Some(History::Replace);
            d.focus = Some(Focus::Marker(spot));
        }
        ReadAction::ShowMore => {
            let displayed = first_page(passing, view.limit);
            let first_new = displayed.iter().filter(|d| **d).count();
            d.next.limit = view.limit + PAGE;
            // Reading goes on at the first new card.
            d.focus = passing
                .iter()
                .enumerate()
                .filter(|(_, p)| **p)
                .nth(first_new)
                .map(|(i, _)| Focus::Card(i));
        }
        ReadAction::Reveal(position) => reveal(d, position, contents, passing),
        ReadAction::SkipToMap => d.focus = Some(Focus::MapTabStop),
        ReadAction::SkipToFilters => {
            d.next.filters_open = true;
            d.focus = Some(Focus::Search);
        }
        ReadAction::SkipToResults => d.focus = Some(Focus::FirstResult),
        ReadAction::ToggleIntroduction => d.next.intro_open = !view.intro_open,
        ReadAction::ToggleFilters => {
            d.next.filters_open = !view.filters_open;
            // The panel comes before its button in the page (beside the results on wide screens):
            // opened, the visitor is taken to its first control, or Tab would pass it by.
            if d.next.filters_open {
                d.focus = Some(Focus::Search);
            }
        }
        ReadAction::ShowResults => {
            d.next.filters_open = false;
            d.focus = Some(Focus::ResultsStart);
        }
    }
}

/// A link to the card at `position` was followed: the card is brought into the list (the filters
/// go if they hide it, and the visitor hears so; the page grows to reach it) and focused.
fn reveal(d: &mut Draft, position: usize, contents: &Contents, passing: &[bool]) {
    let view = d.before;
    if position >= passing.len() {
        return;
    }
    let displayed = first_page(passing, view.limit);
    let mut rank = passing[..position].iter().filter(|p| **p).count();
    if !passing[position] {
        d.next.change_filters(Filters::clear_all);
        d.next.follow_place(view, contents);
        d.history = Some(History::Push);
        d.announce = Some(Announcement::Count);
        rank = position;
    }
    if !displayed[position] && rank >= d.next.limit {
        d.next.limit = (rank / PAGE + 1) * PAGE;
    }
    d.focus = Some(Focus::Revealed(position));
}
