//! Which result cards are in the document. Only those the list shows are (the page of results):
//! with thousands of results, cards kept in the document but hidden made every style update walk
//! them all (about 20 ms per filter change at 2,000 results; `make bench` measures it). A card
//! leaves the document when the filters or the page limit take it out of the list and comes back
//! in its place in the letter's order. While printing, every card that passes the filters is in
//! (the printout is the whole selection, not the page on screen).

use std::cell::RefCell;
use std::rc::Rc;

use nap1325_core::filter::PAGE;
use nap1325_core::hooks::Mark;
use nap1325_core::i18n;
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::prelude::*;

use crate::dom::{set_class, set_flag, set_text};
use crate::page::PageDom;
use crate::Runtime;

/// Whether each card is in the document now (all of them are in the prerendered page).
pub struct Placement {
    placed: RefCell<Vec<bool>>,
}

impl Placement {
    pub fn new(page: &PageDom) -> Placement {
        Placement {
            placed: RefCell::new(vec![true; page.cards.len()]),
        }
    }

    /// Puts exactly the `wanted` cards into the document, each in its section's list in the
    /// letter's order; cards already in place are not touched.
    fn place(&self, page: &PageDom, wanted: &[bool]) {
        let mut placed = self.placed.borrow_mut();
        for (section, members) in page.sections.iter().zip(&page.section_members) {
            // Walking backwards, `next` is the nearest placed card after this one: a card that
            // comes back goes in before it.
            let mut next = None;
            for &i in members.iter().rev() {
                let card = &page.cards[i].element;
                let want = wanted.get(i).copied().unwrap_or(false);
                if placed[i] && !want {
                    card.remove();
                    placed[i] = false;
                } else if !placed[i] && want {
                    let _ = section.list.insert_before(card, next);
                    placed[i] = true;
                }
                if placed[i] {
                    next = Some(card.as_ref());
                }
            }
        }
    }
}

pub fn install(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    vec![runtime.effect(|r| {
        let printing = r.state.printing.get();
        let page = &r.page;
        r.state.passing.with(|passing| {
            r.state.displayed.with(|displayed| {
                r.cards
                    .place(page, if printing { passing } else { displayed });
                for (section, members) in page.sections.iter().zip(&page.section_members) {
                    set_flag(
                        &section.element,
                        "hidden",
                        members.iter().all(|&i| !displayed[i]),
                    );
                    // Print writes out every section with a passing result.
                    set_class(
                        &section.element,
                        Mark::HasPassing.class(),
                        members.iter().any(|&i| passing[i]),
                    );
                }
                let shown = r.state.passing_count.get();
                let remaining = shown - displayed.iter().filter(|d| **d).count();
                set_flag(&page.show_more, "hidden", remaining == 0);
                set_text(
                    &page.show_more,
                    &i18n::show_more(r.contents.lang, remaining.min(PAGE), remaining),
                );
                set_text(
                    &page.results_count,
                    &i18n::shown_count(r.contents.lang, shown, page.cards.len()),
                );
            });
        });
    })]
}
