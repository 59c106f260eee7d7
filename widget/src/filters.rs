//! The filter panel kept in step with the state: each option checked or not, with the number of
//! results it would leave (disabled at zero unless chosen), the chips of active filters, the
//! search field, the empty state, and the search hits marked in the cards.

use std::collections::BTreeMap;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::dom::{all, attr, first, set_flag, set_text};

use crate::highlight;
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::filter::{Facet, Filters};
use nap1325_core::i18n::{self, Ui};
use nap1325_core::model::Lang;

/// A filter option on the page: its checkbox, its count, and its label in words.
struct OptionDom {
    facet: Facet,
    value: String,
    input: Element,
    count: Option<Element>,
}

/// Labels of all options, by `facet:value`, for the chips.
pub type Labels = BTreeMap<String, String>;

pub fn read_labels(root: &Element) -> Labels {
    all(root, "[data-option]")
        .into_iter()
        .filter_map(|input| {
            let key = attr(&input, "data-option")?;
            let label = input
                .parent_element()
                .and_then(|l| first(&l, ".option-label"))?
                .text_content()?;
            Some((key, label))
        })
        .collect()
}

pub fn bind(page: Rc<PageDom>, state: ReportState, labels: Rc<Labels>) {
    let options: Vec<OptionDom> = all(&page.root, "[data-option]")
        .into_iter()
        .filter_map(|input| {
            let (facet, value) = attr(&input, "data-option")?
                .split_once(':')
                .map(|(f, v)| (f.to_owned(), v.to_owned()))?;
            Some(OptionDom {
                facet: Facet::from_id(&facet)?,
                count: input
                    .parent_element()
                    .and_then(|l| first(&l, ".option-count")),
                value,
                input,
            })
        })
        .collect();

    // Options: checked, counted, disabled when they would leave nothing. What was written last
    // time is remembered, so the page is touched only where an option changed (there can be
    // hundreds of options, and this runs on every change).
    Effect::new(move |written: Option<Vec<(bool, usize)>>| {
        let outcome = state.outcome.read();
        state.filters.with(|filters| {
            options
                .iter()
                .enumerate()
                .map(|(i, option)| {
                    let chosen = filters.is_chosen(option.facet, &option.value);
                    let count = outcome
                        .counts(option.facet)
                        .get(&option.value)
                        .copied()
                        .unwrap_or(0);
                    // A click checks the box itself before the state follows: always compared.
                    if let Some(input) = option.input.dyn_ref::<HtmlInputElement>() {
                        if input.checked() != chosen {
                            input.set_checked(chosen);
                        }
                    }
                    let now = (count == 0 && !chosen, count);
                    if written.as_ref().map(|w| w[i]) != Some(now) {
                        set_flag(&option.input, "disabled", now.0);
                        if let Some(element) = &option.count {
                            set_text(element, &format!("({count})"));
                        }
                    }
                    now
                })
                .collect()
        })
    });

    // The chips of the active filters, and where they stand.
    {
        let page = page.clone();
        let document = page.root.owner_document();
        Effect::new(move |_| {
            let (Some(document), Some(list)) = (&document, first(&page.root, "[data-chips]"))
            else {
                return;
            };
            let lang = state.lang;
            let chips = state
                .filters
                .with(|filters| active_filters(filters, &labels, lang));
            let items: Vec<Element> = chips
                .iter()
                .filter_map(|(key, label)| {
                    let item = document.create_element("li").ok()?;
                    let button = document.create_element("button").ok()?;
                    let _ = button.set_attribute("type", "button");
                    button.set_class_name("chip");
                    let _ = button.set_attribute("data-chip", key);
                    let _ = button.set_attribute(
                        "aria-label",
                        &format!("{}: {label}", Ui::RemoveFilter.get(lang)),
                    );
                    button.set_text_content(Some(label));
                    let cross = document.create_element("span").ok()?;
                    let _ = cross.set_attribute("aria-hidden", "true");
                    cross.set_text_content(Some(" ×"));
                    let _ = button.append_child(&cross);
                    let _ = item.append_child(&button);
                    Some(item)
                })
                .collect();
            list.set_text_content(None);
            for item in &items {
                let _ = list.append_child(item);
            }
            if let Some(panel) = first(&page.root, "[data-active-filters]") {
                set_flag(&panel, "hidden", chips.is_empty());
            }
        });
    }

    // The search field shows the search (a link or the back button may change it).
    {
        let page = page.clone();
        Effect::new(move |_| {
            let query = state.filters.with(|f| f.query.clone());
            if let Some(input) = first(&page.root, "[data-search-input]")
                .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
            {
                if input.value().trim() != query.trim() {
                    input.set_value(&query);
                }
            }
        });
    }

    // Nothing left: say so, and offer to clear.
    {
        let page = page.clone();
        Effect::new(move |_| {
            let none = state.shown() == 0;
            if let Some(empty) = first(&page.root, "[data-empty]") {
                set_flag(&empty, "hidden", !none);
            }
        });
    }

    // Search hits, marked in the cards.
    highlight::install(page, state);
}

/// The active filters in words, each with its key (`facet:value`, or `q` for the search): what
/// the chips show and a printout states.
pub fn active_filters(filters: &Filters, labels: &Labels, lang: Lang) -> Vec<(String, String)> {
    let mut active: Vec<(String, String)> = filters
        .all_chosen()
        .into_iter()
        .map(|(facet, value)| {
            let key = format!("{}:{value}", facet.id());
            let label = labels.get(&key).cloned().unwrap_or(value);
            (key, label)
        })
        .collect();
    if !filters.query.trim().is_empty() {
        active.push((
            "q".to_owned(),
            format!("{}: {}", Ui::SearchChip.get(lang), filters.query.trim()),
        ));
    }
    active
}

/// What the filters leave, in words: "Alle resultaten (38)", or the active filters and the count.
pub fn selection(state: ReportState, labels: &Labels) -> String {
    let lang = state.lang;
    let active = state
        .filters
        .with(|filters| active_filters(filters, labels, lang));
    if active.is_empty() {
        return format!("{} ({})", Ui::AllResults.get(lang), state.shown());
    }
    let names: Vec<String> = active.into_iter().map(|(_, label)| label).collect();
    format!(
        "{}: {} · {}",
        Ui::ActiveFilters.get(lang),
        names.join("; "),
        i18n::results_count(lang, state.shown())
    )
}
