//! Marks what the search found inside the cards, as text: each match becomes a `<mark>` around a
//! text node; nothing is parsed as HTML. Only cards near the viewport are marked (an
//! IntersectionObserver tells which), so a search over thousands of results stays quick; a card
//! scrolled into view is marked then.

use std::cell::RefCell;
use std::rc::Rc;

use nap1325_core::filter::highlight;
use nap1325_core::hooks::{Hook, Mark};
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
    Node,
};

use crate::dom::{all, text_nodes, value};
use crate::Runtime;

#[derive(Default)]
struct Marks {
    terms: Vec<String>,
    /// Cards within reach of the viewport now.
    near: Vec<Element>,
    /// Cards marked for some terms (their `Marked` hook says which): the few a new search may
    /// have to clear, so it need not ask each of thousands of cards.
    marked: Vec<Element>,
}

impl Marks {
    /// Marks the current terms in `card`, remembered as marked (or, with no terms, as not).
    fn mark(&mut self, document: &Document, card: &Element) {
        mark_remembered(document, card, &self.terms, &mut self.marked);
    }
}

fn mark_remembered(
    document: &Document,
    card: &Element,
    terms: &[String],
    marked: &mut Vec<Element>,
) {
    mark_card(document, card, terms);
    let known = marked.contains(card);
    if terms.is_empty() {
        if known {
            marked.retain(|c| c != card);
        }
    } else if !known {
        marked.push(card.clone());
    }
}

pub fn install(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    let document = runtime.page.document.clone();
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
                    marks.mark(&document, &card);
                    marks.near.push(card);
                } else {
                    marks.near.retain(|c| *c != card);
                }
            }
        })
    };
    let options = IntersectionObserverInit::new();
    options.set_root_margin("400px 0px");
    match IntersectionObserver::new_with_options(on_intersect.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            for card in &runtime.page.cards {
                observer.observe(&card.element);
            }
        }
        Err(_) => {
            // Without it every card counts as near: all are marked (slower with many results).
            crate::dom::report_degradation("no IntersectionObserver: every card is marked");
            marks.borrow_mut().near = runtime
                .page
                .cards
                .iter()
                .map(|c| c.element.clone())
                .collect();
        }
    }
    on_intersect.forget();

    vec![runtime.effect(move |r| {
        let terms = r.state.terms.get();
        let mut marks = marks.borrow_mut();
        marks.terms = terms;
        // Cards marked for an earlier search and now out of reach are cleared (also cards out of
        // the document now: they come back with no stale marks); those near are marked anew.
        let Marks {
            terms,
            near,
            marked,
        } = &mut *marks;
        marked.retain(|card| {
            let keep = near.contains(card);
            if !keep {
                unmark_card(&document, card);
            }
            keep
        });
        for card in near.iter() {
            mark_remembered(&document, card, terms, marked);
        }
    })]
}

/// Marks `terms` in the searchable parts of `card`, unless it is marked for them already.
fn mark_card(document: &Document, card: &Element, terms: &[String]) {
    let key = terms.join(" ");
    if value(card, Hook::Marked).unwrap_or_default() == key {
        return;
    }
    unmark_card(document, card);
    if terms.is_empty() {
        return;
    }
    for part in all(card, Hook::Searchable) {
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
                    mark.set_class_name(Mark::SearchHit.class());
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
    let _ = card.set_attribute(Hook::Marked.attribute(), &key);
}

/// Takes the marks out of `card`, leaving its text as it was.
fn unmark_card(document: &Document, card: &Element) {
    for mark in marks_in(card) {
        if let Some(parent) = mark.parent_node() {
            let text = document.create_text_node(&mark.text_content().unwrap_or_default());
            let _ = parent.replace_child(&text, &mark);
            parent.normalize();
        }
    }
    let _ = card.remove_attribute(Hook::Marked.attribute());
}

/// The search marks in `card`.
fn marks_in(card: &Element) -> Vec<Element> {
    let marks = card.get_elements_by_class_name(Mark::SearchHit.class());
    (0..marks.length()).filter_map(|i| marks.item(i)).collect()
}
