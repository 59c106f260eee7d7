//! Effects that reflect the state onto the prerendered page: one per concern, each writing only the
//! elements it owns and only where a value changed. They read memos; none writes a signal.

use std::cell::RefCell;
use std::rc::Rc;

use nap1325_core::hooks::{Hook, Mark};
use nap1325_core::i18n;
use nap1325_core::url;
use reactive_graph::effect::ImmediateEffect;
use reactive_graph::prelude::*;

use crate::dom::{
    aria_bool, first_in, from_template, set_attr, set_class, set_flag, set_text, value,
};
use crate::Runtime;

/// The map, the places and the footnotes: what a choice on the map or in the lists changes.
pub fn install(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    vec![
        // Footnotes: markers say whether their panel is open; panels show when open.
        runtime.effect(|r| {
            r.state.open_footnotes.with(|open| {
                for footnote in &r.page.footnotes {
                    let is_open = open.contains(&footnote.spot);
                    set_attr(&footnote.marker, "aria-expanded", aria_bool(is_open));
                    set_flag(&footnote.panel, "hidden", !is_open);
                }
            });
        }),
        // Places: every pin, shape and list row of a chosen place is pressed.
        runtime.effect(|r| {
            r.state.chosen_places.with(|chosen| {
                for (place, element) in &r.page.map.places {
                    let on = chosen.contains(place);
                    if element.tag_name().eq_ignore_ascii_case("button") {
                        set_attr(element, "aria-pressed", aria_bool(on));
                    } else {
                        set_class(element, Mark::Selected.class(), on);
                    }
                }
                set_flag(&r.page.show_all, "hidden", chosen.is_empty());
            });
        }),
        // The map's view: the canvas's view (the stylesheet shows that view's pins), the SVG's
        // viewBox, the pressed view button.
        runtime.effect(|r| {
            let view = r.state.map_view.get();
            let narrow = r.state.narrow.get();
            let map = &r.page.map;
            set_attr(&map.canvas, Hook::View.attribute(), view.id());
            for button in &map.view_buttons {
                let this = button.view == view;
                set_attr(&button.element, "aria-pressed", aria_bool(this));
                if this {
                    let view_box = if narrow {
                        &button.view_box_narrow
                    } else {
                        &button.view_box
                    };
                    set_attr(&map.svg, "viewBox", view_box);
                }
            }
        }),
        // The lists' one Tab stop.
        runtime.effect(|r| {
            let holder = r.state.list_stop.get();
            for (place, row) in &r.page.map.rows {
                let holds = holder.as_deref() == Some(place.as_str());
                set_attr(row, "tabindex", if holds { "0" } else { "-1" });
            }
        }),
        // All the rows of the lists (narrow screens fold them behind their button).
        runtime.effect(|r| {
            let open = r.state.lists_open.get();
            set_class(&r.page.map.lists, Mark::Open.class(), open);
            set_attr(&r.page.map.lists_toggle, "aria-expanded", aria_bool(open));
        }),
        // The introduction after its first paragraph.
        runtime.effect(|r| {
            let open = r.state.intro_open.get();
            set_flag(&r.page.introduction_more, "hidden", !open);
            set_attr(&r.page.intro_toggle, "aria-expanded", aria_bool(open));
        }),
        place_panel(runtime),
        // The map's one Tab stop.
        runtime.effect(|r| {
            let holder = r.state.tab_stop.get();
            for pin in &r.page.map.pins {
                let holds = holder.as_deref() == Some(pin.place.as_str());
                set_attr(&pin.element, "tabindex", if holds { "0" } else { "-1" });
            }
        }),
        // Tooltips: the hovered place's pin shows its tip; Esc hides them all until the pointer
        // moves.
        runtime.effect(|r| {
            let hovered = r.state.hovered.get();
            for pin in &r.page.map.pins {
                set_class(
                    &pin.element,
                    Mark::Hovered.class(),
                    hovered.as_deref() == Some(pin.place.as_str()),
                );
            }
        }),
        runtime.effect(|r| {
            set_class(
                &r.page.map.canvas,
                Mark::TipsDismissed.class(),
                r.state.tips_dismissed.get(),
            );
        }),
    ]
}

/// The filters and what they leave: the filter panel, the options, the chips, the search field,
/// the empty result, the language switch (which carries the view). Made after [`install`], in a
/// step of the start of its own.
pub fn install_filters(runtime: &Rc<Runtime>) -> Vec<ImmediateEffect> {
    vec![
        // The filter panel, opened by its button on phones (the stylesheet shows it always on wide
        // screens); its button says how many filters are active, and "Toon 12 resultaten" how many
        // results the choice leaves.
        runtime.effect(|r| {
            let open = r.state.filters_open.get();
            set_class(&r.page.filter_panel, Mark::Open.class(), open);
            set_attr(&r.page.filter_toggle, "aria-expanded", aria_bool(open));
        }),
        runtime.effect(|r| {
            let lang = r.contents.lang;
            let active = r.state.chips.with(Vec::len);
            set_text(&r.page.filter_toggle, &i18n::filter_button(lang, active));
            set_text(
                &r.page.show_results,
                &i18n::show_results(lang, r.state.passing_count.get()),
            );
        }),
        options(runtime),
        // The chips of the active filters, each a copy of the page's chip template.
        runtime.effect(|r| {
            r.state.chips.with(|chips| {
                r.page.chips.set_text_content(None);
                for (key, label) in chips {
                    let Some(chip) = from_template(&r.page.chip_template) else {
                        continue;
                    };
                    if let Some(button) = first_in(&chip, Hook::Chip) {
                        let _ = button.set_attribute(Hook::Chip.attribute(), key);
                    }
                    if let Some(words) = first_in(&chip, Hook::ChipLabel) {
                        words.set_text_content(Some(label));
                    }
                    let _ = r.page.chips.append_child(&chip);
                }
                set_flag(&r.page.active_filters, "hidden", chips.is_empty());
            });
        }),
        // The search field shows the search (a link or the back button may change it).
        runtime.effect(|r| {
            r.state.query.with(|query| {
                if r.page.search.value().trim() != query.trim() {
                    r.page.search.set_value(query);
                }
            });
        }),
        // Nothing left: say so, and offer to clear.
        runtime.effect(|r| set_flag(&r.page.empty, "hidden", r.state.passing_count.get() != 0)),
        // The language switch opens the other page with this view.
        runtime.effect(|r| {
            let other = r.contents.lang.other();
            let link = r.state.link.get();
            set_attr(
                &r.page.lang_switch,
                "href",
                &format!("{}{link}", url::page_for(other)),
            );
        }),
    ]
}

/// Options: checked, counted, disabled when they would leave nothing. What was written last time
/// is remembered, so the page is touched only where an option changed (there can be hundreds of
/// options, and this runs on every change).
fn options(runtime: &Rc<Runtime>) -> ImmediateEffect {
    let written: RefCell<Vec<Option<(bool, usize)>>> =
        RefCell::new(vec![None; runtime.page.options.len()]);
    runtime.effect(move |r| {
        let mut written = written.borrow_mut();
        r.state.outcome.with(|outcome| {
            r.state.filters.with(|filters| {
                for (option, last) in r.page.options.iter().zip(written.iter_mut()) {
                    let chosen = filters.is_chosen(option.facet, &option.value);
                    let count = outcome
                        .counts(option.facet)
                        .get(&option.value)
                        .copied()
                        .unwrap_or(0);
                    // A click ticks the box itself before the state follows: always compared.
                    if option.input.checked() != chosen {
                        option.input.set_checked(chosen);
                    }
                    let now = (count == 0 && !chosen, count);
                    if *last != Some(now) {
                        set_flag(&option.input, "disabled", now.0);
                        set_text(&option.count, &format!("({count})"));
                        *last = Some(now);
                    }
                }
            });
        });
    })
}

/// Beside the map: the chosen places, how many results they have, and the first titles, each a
/// link to its card (copies of the page's link template); a hint while nothing is chosen.
fn place_panel(runtime: &Rc<Runtime>) -> ImmediateEffect {
    /// The titles the panel lists before it points to the whole list.
    const TITLES: usize = 8;
    runtime.effect(|r| {
        let lang = r.contents.lang;
        let page = &r.page;
        let chosen = r.state.chosen_places.get();
        page.place_results.set_text_content(None);
        set_class(&page.place_panel, Mark::Chosen.class(), !chosen.is_empty());
        let shown = r.state.passing_count.get();
        set_flag(
            &page.place_all,
            "hidden",
            chosen.is_empty() || shown <= TITLES,
        );
        if chosen.is_empty() {
            // Back to the hint the page was rendered with.
            set_text(&page.place_summary, &page.place_hint);
            return;
        }
        let names: Vec<String> = chosen
            .iter()
            .map(|p| {
                r.contents
                    .places
                    .get(p)
                    .map_or(p.clone(), |i| i.name.clone())
            })
            .collect();
        set_text(
            &page.place_summary,
            &i18n::place_selected(lang, &i18n::join_names(lang, &names), shown),
        );
        r.state.passing.with(|passing| {
            let titles = page
                .cards
                .iter()
                .zip(passing)
                .filter(|(_, passes)| **passes)
                .take(TITLES);
            for (card, _) in titles {
                let Some(item) = from_template(&page.place_link_template) else {
                    continue;
                };
                if let Some(link) = first_in(&item, Hook::ResultLink) {
                    let id = value(&card.element, Hook::Result).unwrap_or_default();
                    let _ = link.set_attribute("href", &format!("#{}", card.element.id()));
                    let _ = link.set_attribute(Hook::ResultLink.attribute(), &id);
                    link.set_text_content(card.title.text_content().as_deref());
                }
                let _ = page.place_results.append_child(&item);
            }
        });
        if shown > TITLES {
            if let Some(link) = page.place_all.first_element_child() {
                set_text(&link, &i18n::all_in_list(lang, shown));
            }
        }
    })
}
