//! The printout: what it shows is what passes the filters (all of it, beyond the page of cards
//! on screen; `style/print.css` decides the look). Here: the line above the results that says what
//! was filtered and when it was printed, and which footnotes the printed results cite (only those
//! are printed at the end).

use std::rc::Rc;

use leptos::prelude::*;
use web_sys::Element;

use crate::dom::{all, attr, first, on, set_class, set_text};
use crate::filters::{selection, Labels};
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::i18n::Ui;
use nap1325_core::model::Date;
use nap1325_core::view_state::FootnoteSpot;

pub fn install(page: Rc<PageDom>, state: ReportState, labels: Rc<Labels>) {
    if let Some(summary) = first(&page.root, "[data-print-summary]") {
        let fill = move || {
            let lang = state.lang;
            let filtered = selection(state, &labels);
            set_text(
                &summary,
                &format!(
                    "{} {} · {filtered}",
                    Ui::PrintedOn.get(lang),
                    today().long(lang)
                ),
            );
        };
        Effect::new({
            let fill = fill.clone();
            move |_| {
                state.filters.track();
                state.visible.track();
                fill();
            }
        });
        // The date is the day of printing, also when the page was opened the day before.
        if let Some(window) = web_sys::window() {
            on(&window, "beforeprint", move |_| fill());
        }
    }

    // The footnotes the printed text cites: the introduction's, and those of passing results.
    let cited_by = |element: &Element| -> Vec<u16> {
        all(element, "[data-footnote]")
            .iter()
            .filter_map(|m| attr(m, "data-footnote").and_then(|k| FootnoteSpot::from_key(&k)))
            .map(|spot| spot.number)
            .collect()
    };
    let always: Vec<u16> = first(&page.root, "#introduction")
        .map(|intro| cited_by(&intro))
        .unwrap_or_default();
    let per_card: Vec<Vec<u16>> = page.cards.iter().map(cited_by).collect();
    let items: Vec<(u16, Element)> = all(&page.root, ".footnote-list li[id^='footnote-']")
        .into_iter()
        .filter_map(|item| Some((attr(&item, "value")?.parse().ok()?, item)))
        .collect();
    let highest = items
        .iter()
        .map(|(n, _)| usize::from(*n))
        .max()
        .unwrap_or(0);
    Effect::new(move |_| {
        // By footnote number: cited by the introduction or by a result that passes?
        let mut cited = vec![false; highest + 1];
        let passing_numbers = state.visible.with(|passing| {
            per_card
                .iter()
                .zip(passing)
                .filter(|(_, passes)| **passes)
                .flat_map(|(numbers, _)| numbers.iter().copied())
                .chain(always.iter().copied())
                .collect::<Vec<u16>>()
        });
        for number in passing_numbers {
            if let Some(slot) = cited.get_mut(usize::from(number)) {
                *slot = true;
            }
        }
        for (number, item) in &items {
            set_class(item, "not-cited", !cited[usize::from(*number)]);
        }
    });
}

/// Today, by the visitor's clock.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date {
        year: u16::try_from(now.get_full_year()).unwrap_or_default(),
        month: u8::try_from(now.get_month() + 1).unwrap_or(1),
        day: u8::try_from(now.get_date()).unwrap_or(1),
    }
}
