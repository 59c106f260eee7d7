//! The widget's interactive parts as Leptos islands, far enough to measure what islands would cost
//! (docs/islands.md): the filter panel (facets with counts), the count, every result card (shown
//! or hidden by the filters; its content static), every footnote marker and its panel, and the
//! map's pins. State is shared between the islands through one store. Search, chips, the URL,
//! the presentation and the downloads are not built here.

use std::collections::BTreeSet;
use std::sync::{Mutex, OnceLock};

use leptos::prelude::*;
use nap1325_core::filter::{Facet, Filters, Index, IndexEntry};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod page;

/// What the islands share: the filters, the open footnotes, and what each card registered.
struct Store {
    filters: RwSignal<Filters>,
    open: RwSignal<BTreeSet<String>>,
    /// Each card's options, registered as the card hydrates.
    entries: Mutex<Vec<IndexEntry>>,
    visible: Memo<Vec<bool>>,
}

fn store() -> &'static Store {
    static STORE: OnceLock<Store> = OnceLock::new();
    STORE.get_or_init(|| {
        // The store outlives every island: its signals belong to an owner of their own.
        let owner = Owner::new_root(None);
        let store = owner.with(new_store);
        std::mem::forget(owner);
        store
    })
}

fn new_store() -> Store {
    {
        let filters = RwSignal::new(Filters::default());
        let visible = Memo::new(move |_| {
            let entries = store().entries.lock().map(|e| e.clone()).unwrap_or_default();
            let index = Index::from_entries(entries);
            filters.with(|f| index.visible(f))
        });
        Store {
            filters,
            open: RwSignal::new(BTreeSet::new()),
            entries: Mutex::new(Vec::new()),
            visible,
        }
    }
}

/// A filter option as the panel shows it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct OptionProp {
    pub key: String,
    pub label: String,
}

/// The filter panel: a checkbox per option, with the count it would leave.
#[island]
pub fn FilterIsland(facets: Vec<(String, Vec<OptionProp>)>) -> impl IntoView {
    let store = store();
    let outcome = Memo::new(move |_| {
        let entries = store.entries.lock().map(|e| e.clone()).unwrap_or_default();
        let index = Index::from_entries(entries);
        store.filters.with(|f| index.outcome(f))
    });
    facets
        .into_iter()
        .map(|(legend, options)| {
            let options = options
                .into_iter()
                .map(|option| {
                    let key = option.key.clone();
                    let count = {
                        let key = key.clone();
                        move || {
                            let (facet, value) = Facet::parse_key(&key).unwrap_or((Facet::Section, ""));
                            let n = outcome.with(|o| o.counts(facet).get(value).copied().unwrap_or(0));
                            format!("({n})")
                        }
                    };
                    let toggle = move |_| {
                        if let Some((facet, value)) = Facet::parse_key(&key) {
                            store.filters.update(|f| f.toggle(facet, value));
                        }
                    };
                    view! {
                        <label class="facet-option">
                            <input type="checkbox" on:change=toggle/>
                            <span class="option-label">{option.label}</span>
                            " "
                            <span class="option-count">{count}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet">
                    <legend>{legend}</legend>
                    <div class="facet-options">{options}</div>
                </fieldset>
            }
        })
        .collect_view()
}

/// The number of results the filters leave.
#[island]
pub fn CountIsland(total: usize) -> impl IntoView {
    let store = store();
    let shown = move || store.visible.with(|v| v.iter().filter(|x| **x).count());
    view! { <p class="results-count">{move || format!("{} van {total} resultaten", shown())}</p> }
}

/// A result card: its content is static (rendered on the server, not in the wasm); the island
/// registers the card's options and hides the card when the filters leave it out.
#[island]
pub fn CardIsland(index: usize, facets: String, children: Children) -> impl IntoView {
    let store = store();
    if let Ok(mut entries) = store.entries.lock() {
        if entries.len() <= index {
            entries.resize(index + 1, IndexEntry::default());
        }
        entries[index] = IndexEntry {
            facets: IndexEntry::parse_facet_tokens(&facets),
            text: String::new(),
        };
    }
    let hidden = move || !store.visible.with(|v| v.get(index).copied().unwrap_or(true));
    view! { <li class="card" hidden=hidden>{children()}</li> }
}

/// A footnote marker: a disclosure button for its panel.
#[island]
pub fn FootnoteToggle(spot: String, number: u16) -> impl IntoView {
    let store = store();
    let open = {
        let spot = spot.clone();
        move || store.open.with(|o| o.contains(&spot))
    };
    let toggle = move |_| {
        store.open.update(|o| {
            if !o.remove(&spot) {
                o.insert(spot.clone());
            }
        })
    };
    view! {
        <button type="button" class="fn-marker" aria-expanded=move || open().to_string() on:click=toggle>
            {number}
        </button>
    }
}

/// A footnote's panel, shown while its marker is open.
#[island]
pub fn FootnotePanel(spot: String, children: Children) -> impl IntoView {
    let store = store();
    let hidden = move || !store.open.with(|o| o.contains(&spot));
    view! { <div class="fn-panel" role="note" hidden=hidden>{children()}</div> }
}

/// A pin on the map.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PinProp {
    pub place: String,
    pub label: String,
    pub x: i32,
    pub y: i32,
}

/// The map's pins: choosing one filters the results to its country.
#[island]
pub fn PinsIsland(pins: Vec<PinProp>) -> impl IntoView {
    let store = store();
    pins.into_iter()
        .map(|pin| {
            let place = pin.place.clone();
            let pressed = {
                let place = place.clone();
                move || {
                    store
                        .filters
                        .with(|f| f.is_chosen(Facet::Place, &place))
                        .to_string()
                }
            };
            let choose = move |_| {
                store.filters.update(|f| {
                    if f.is_chosen(Facet::Place, &place) {
                        f.clear(Facet::Place);
                    } else {
                        f.choose_only(Facet::Place, &place);
                    }
                })
            };
            view! {
                <button type="button" class="pin" aria-label=pin.label aria-pressed=pressed on:click=choose data-x=pin.x data-y=pin.y>
                    <span class="pin-mark" aria-hidden="true"></span>
                </button>
            }
        })
        .collect_view()
}

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
