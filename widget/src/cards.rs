//! Which result cards are in the document. Only those the list shows are (the page of results):
//! with thousands of results, cards kept in the document but hidden made every style update walk
//! them all (about 20 ms per filter change at 2,000 results; `make bench` measures it). A card
//! leaves the document when the filters or the page limit take it out of the list and comes back
//! in its place in the letter's order. While printing, every card that passes the filters is in
//! (the printout is the whole selection, not the page on screen).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;

use crate::dom::{on, set_class, set_flag, set_text};
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::filter::PAGE;
use nap1325_core::i18n;

struct Placement {
    page: Rc<PageDom>,
    /// Whether each card is in the document now (all of them are in the prerendered page).
    placed: RefCell<Vec<bool>>,
    printing: Cell<bool>,
}

impl Placement {
    /// Puts exactly the `wanted` cards into the document, each in its section's list in the
    /// letter's order; cards already in place are not touched.
    fn place(&self, wanted: &[bool]) {
        let mut placed = self.placed.borrow_mut();
        for section in &self.page.sections {
            let Some(list) = &section.list else { continue };
            // Walking backwards, `next` is the nearest placed card after this one: a card that
            // comes back goes in before it.
            let mut next = None;
            for &i in section.members.iter().rev() {
                let card = &self.page.cards[i];
                let want = wanted.get(i).copied().unwrap_or(false);
                if placed[i] && !want {
                    card.remove();
                    placed[i] = false;
                } else if !placed[i] && want {
                    let _ = list.insert_before(card, next);
                    placed[i] = true;
                }
                if placed[i] {
                    next = Some(card.as_ref());
                }
            }
        }
    }

    fn set_printing(&self, state: ReportState, printing: bool) {
        if self.printing.replace(printing) == printing {
            return;
        }
        let wanted = if printing {
            state.visible.get_untracked()
        } else {
            state.displayed.get_untracked()
        };
        self.place(&wanted);
    }
}

pub fn install(page: Rc<PageDom>, state: ReportState) {
    let placement = Rc::new(Placement {
        placed: RefCell::new(vec![true; page.cards.len()]),
        printing: Cell::new(false),
        page: page.clone(),
    });

    {
        let placement = placement.clone();
        Effect::new(move |_| {
            let displayed = state.displayed.get();
            let passing = state.visible.get();
            placement.place(if placement.printing.get() {
                &passing
            } else {
                &displayed
            });
            for section in &page.sections {
                let members = &section.members;
                set_flag(
                    &section.element,
                    "hidden",
                    members.iter().all(|&i| !displayed[i]),
                );
                // Print writes out every section with a passing result.
                set_class(
                    &section.element,
                    "has-passing",
                    members.iter().any(|&i| passing[i]),
                );
            }
            let shown = passing.iter().filter(|v| **v).count();
            let remaining = shown - displayed.iter().filter(|d| **d).count();
            if let Some(more) = &page.show_more {
                set_flag(more, "hidden", remaining == 0);
                set_text(
                    more,
                    &i18n::show_more(state.lang, remaining.min(PAGE), remaining),
                );
            }
            if let Some(count) = &page.results_count {
                set_text(
                    count,
                    &i18n::shown_count(state.lang, shown, page.cards.len()),
                );
            }
        });
    }

    // The print events come just before the printout is laid out (also for a PDF made by the
    // browser); the print media query also follows a print preview that emulates the medium.
    let Some(window) = web_sys::window() else {
        return;
    };
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let placement = placement.clone();
        on(&window, event, move |_| {
            placement.set_printing(state, printing)
        });
    }
    if let Ok(Some(print)) = window.match_media("print") {
        let media = print.clone();
        on(&print, "change", move |_| {
            placement.set_printing(state, media.matches())
        });
    }
}
