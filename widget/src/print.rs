//! The printout: what it shows is what passes the filters (all of it, beyond the page of cards on
//! screen; `cards.rs` puts them in, `style/print.css` decides the look). Here: the line above the
//! results that says what was filtered and when it was printed, and which footnotes the printed
//! results cite (only those are printed at the end).

use std::rc::Rc;

use nap1325_core::hooks::Mark;
use nap1325_core::i18n::{self, Ui};
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::prelude::*;

use crate::dom::{set_class, set_text, today};
use crate::Runtime;

pub fn install(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    vec![
        // The date is the day of printing (read again when printing starts, also when the page
        // was opened the day before).
        runtime.effect(|r| {
            r.state.printing.track();
            let lang = r.contents.lang;
            let labels: Vec<String> = r
                .state
                .chips
                .with(|chips| chips.iter().map(|(_, label)| label.clone()).collect());
            let filtered = i18n::selection(lang, &labels, r.state.passing_count.get());
            set_text(
                &r.page.print_summary,
                &format!(
                    "{} {} · {filtered}",
                    Ui::PrintedOn.get(lang),
                    today().long(lang)
                ),
            );
            // The address as the reader would type it: this page with this view.
            let address = web_sys::window()
                .and_then(|w| {
                    let location = w.location();
                    Some(format!(
                        "{}{}{}",
                        location.origin().ok()?,
                        location.pathname().ok()?,
                        r.state.link.get()
                    ))
                })
                .unwrap_or_default();
            set_text(
                &r.page.print_address,
                &format!("{} {address}", Ui::ViewAddress.get(lang)),
            );
        }),
        // The footnotes the printed text cites: the introduction's, and those of passing results.
        runtime.effect(|r| {
            let page = &r.page;
            let highest = page
                .footnote_items
                .iter()
                .map(|(n, _)| usize::from(*n))
                .max()
                .unwrap_or(0);
            let mut cited = vec![false; highest + 1];
            r.state.passing.with(|passing| {
                let numbers = page
                    .cards
                    .iter()
                    .zip(passing)
                    .filter(|(_, passes)| **passes)
                    .flat_map(|(card, _)| card.cites.iter())
                    .chain(&page.intro_cites);
                for number in numbers {
                    if let Some(slot) = cited.get_mut(usize::from(*number)) {
                        *slot = true;
                    }
                }
            });
            for (number, item) in &page.footnote_items {
                set_class(item, Mark::NotCited.class(), !cited[usize::from(*number)]);
            }
        }),
    ]
}
