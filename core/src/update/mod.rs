//! What a visitor does, and what it changes. Every click, key, search keystroke, history step and
//! presentation key becomes one [`Action`]; the pure [`update`] returns the next [`View`] and what
//! the widget must do about it ([`Change`]: a history entry, an announcement, where focus goes, a
//! command for the browser). The widget in the browser only performs what `update` decided, so
//! everything worth testing here is tested natively.
//!
//! As an Elm program does, `update` hands each domain's actions to a sub-update of its own
//! ([`filters`], [`places`], [`reading`], [`presenting`]); each writes into a [`Draft`] of the
//! change, which [`Draft::finish`] completes.

mod actions;
mod contents;
mod filters;
mod places;
mod presenting;
mod reading;
mod view;

#[cfg(test)]
mod tests;

pub use actions::{
    Action, Announcement, Change, Command, FilterAction, Focus, Format, History, PlaceAction,
    PresentAction, ReadAction,
};
pub use contents::{Contents, Pin, PlaceInfo};
pub use view::{Presenting, View};

use crate::url;

/// A change being made: the view before, the next one, and what the widget is to do about it.
pub(crate) struct Draft<'v> {
    pub before: &'v View,
    pub next: View,
    pub history: Option<History>,
    pub announce: Option<Announcement>,
    pub focus: Option<Focus>,
    pub command: Option<Command>,
    /// The results changed where the visitor chose a filter: their start should be on screen.
    pub show_results: bool,
}

impl<'v> Draft<'v> {
    fn new(before: &'v View) -> Draft<'v> {
        Draft {
            before,
            next: before.clone(),
            history: None,
            announce: None,
            focus: None,
            command: None,
            show_results: false,
        }
    }

    /// The change, with a history entry only where the address changes.
    fn finish(self) -> Change {
        let Draft {
            before,
            next,
            history,
            announce,
            focus,
            command,
            show_results,
        } = self;
        let history = history.filter(|kind| {
            *kind == History::Back || url::write(&next.link()) != url::write(&before.link())
        });
        let handled = next != *before
            || history.is_some()
            || announce.is_some()
            || focus.is_some()
            || command.is_some();
        Change {
            show_results: show_results && next.filters != before.filters,
            view: next,
            history,
            announce,
            focus,
            command,
            handled,
        }
    }
}

/// The next view after `action`, given the results that pass the current filters (`passing`,
/// per result).
pub fn update(view: &View, action: Action, contents: &Contents, passing: &[bool]) -> Change {
    let mut draft = Draft::new(view);
    match action {
        Action::Navigated(link) => {
            draft.next.follow(link, view, contents);
            draft.announce = Some(Announcement::Count);
            if view.present.is_some() && draft.next.present.is_none() {
                draft.focus = Some(Focus::PresentButton);
            }
        }
        Action::Filter(action) => filters::update(&mut draft, action, contents),
        Action::Place(action) => places::update(&mut draft, action, contents),
        Action::Read(action) => reading::update(&mut draft, action, contents, passing),
        Action::Present(action) => presenting::update(&mut draft, action, contents, passing),
        Action::Printing(printing) => draft.next.print_events = printing,
        Action::PrintMedium(applies) => draft.next.print_medium = applies,
        Action::Narrow(narrow) => draft.next.narrow = narrow,
        Action::Print => draft.command = Some(Command::Print),
        Action::Download(format) => draft.command = Some(Command::Download(format)),
    }
    draft.finish()
}
