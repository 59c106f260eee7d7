//! Marks what the search found inside the cards, as text: each match becomes a `<mark>` around a
//! text node; nothing is parsed as HTML. Only cards near the viewport are marked (an
//! IntersectionObserver tells which), so a search over thousands of results stays quick; a card
//! scrolled into view is marked then.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    Node,
};

use crate::dom::{all, attr, text_nodes};
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::filter::{highlight, search_terms};

/// Which search terms a card's marks are for (`data-marked`), so a card is marked once per search.
const MARKED: &str = "data-marked";

#[derive(Default)]
struct Marks {
    terms: Vec<String>,
    /// Cards within reach of the viewport now.
    near: Vec<Element>,
}

pub fn install(page: Rc<PageDom>, state: ReportState) {
    let Some(document) = page.root.owner_document() else {
        return;
    };
    let marks = Rc::new(RefCell::new(Marks::default()));

    let on_intersect = {
        let (marks, document) = (marks.clone(), document.clone());
        Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let mut marks = marks.borrow_mut();
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                    continue;
                };
                let card = entry.target();
                if entry.is_intersecting() {
                    mark_card(&document, &card, &marks.terms);
                    marks.near.push(card);
                } else {
                    marks.near.retain(|c| *c != card);
                }
            }
        })
    };
    let options = IntersectionObserverInit::new();
    options.set_root_margin("400px 0px");
    let Ok(observer) =
        IntersectionObserver::new_with_options(on_intersect.as_ref().unchecked_ref(), &options)
    else {
        return;
    };
    on_intersect.forget();
    for card in &page.cards {
        observer.observe(card);
    }

    let terms = Memo::new(move |_| state.filters.with(|f| search_terms(&f.query)));
    Effect::new(move |_| {
        let terms = terms.get();
        let mut marks = marks.borrow_mut();
        marks.terms = terms;
        // Cards marked for an earlier search and now out of reach are cleared; those near are
        // marked anew.
        // Also cards out of the document now: they come back with no stale marks.
        for card in page.cards.iter().filter(|card| card.has_attribute(MARKED)) {
            if !marks.near.contains(card) {
                unmark_card(&document, card);
            }
        }
        for card in &marks.near {
            mark_card(&document, card, &marks.terms);
        }
    });
}

/// Marks `terms` in the `[data-search]` parts of `card`, unless it is marked for them already.
fn mark_card(document: &Document, card: &Element, terms: &[String]) {
    let key = terms.join(" ");
    if attr(card, MARKED).unwrap_or_default() == key {
        return;
    }
    unmark_card(document, card);
    if terms.is_empty() {
        return;
    }
    for part in all(card, "[data-search]") {
        for node in text_nodes(&part) {
            let text = node.text_content().unwrap_or_default();
            let pieces = highlight(&text, terms);
            if !pieces.iter().any(|(_, hit)| *hit) {
                continue;
            }
            let fragment = document.create_document_fragment();
            for (piece, hit) in pieces {
                let node: Node = if hit {
                    let Ok(mark) = document.create_element("mark") else {
                        continue;
                    };
                    mark.set_class_name("search-hit");
                    mark.set_text_content(Some(piece));
                    mark.into()
                } else {
                    document.create_text_node(piece).into()
                };
                let _ = fragment.append_child(&node);
            }
            if let Some(parent) = node.parent_node() {
                let _ = parent.replace_child(&fragment, &node);
            }
        }
    }
    let _ = card.set_attribute(MARKED, &key);
}

/// Takes the marks out of `card`, leaving its text as it was.
fn unmark_card(document: &Document, card: &Element) {
    for mark in all(card, "mark.search-hit") {
        if let Some(parent) = mark.parent_node() {
            let text = document.create_text_node(&mark.text_content().unwrap_or_default());
            let _ = parent.replace_child(&text, &mark);
            parent.normalize();
        }
    }
    let _ = card.remove_attribute(MARKED);
}
