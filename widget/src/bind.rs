//! Effects that reflect the state onto the prerendered page: one effect per concern, each looping
//! over the elements it owns. The page stays the single rendering; the state the single truth.

use std::rc::Rc;

use leptos::prelude::*;

use crate::dom::{attr, set_attr, set_class, set_flag, set_text};
use crate::page::PageDom;
use crate::state::ReportState;
use nap1325_core::map::pins::{step, Step};

pub fn bind(page: Rc<PageDom>, state: ReportState) {
    // Footnotes: markers say whether their panel is open; panels show when open.
    {
        let page = page.clone();
        Effect::new(move |_| {
            state.open_footnotes.with(|open| {
                for footnote in &page.footnotes {
                    let is_open = open.contains(&footnote.spot);
                    set_attr(
                        &footnote.marker,
                        "aria-expanded",
                        if is_open { "true" } else { "false" },
                    );
                    if let Some(panel) = &footnote.panel {
                        set_flag(panel, "hidden", !is_open);
                    }
                }
            });
        });
    }

    // Places: every pin, shape and list button of a chosen place is pressed.
    {
        let page = page.clone();
        Effect::new(move |_| {
            let chosen = state.chosen_places.get();

            for element in &page.places {
                let on = attr(element, "data-place").is_some_and(|p| chosen.contains(&p));
                if element.tag_name().eq_ignore_ascii_case("button") {
                    set_attr(element, "aria-pressed", if on { "true" } else { "false" });
                } else {
                    set_class(element, "selected", on);
                }
            }
            if let Some(show_all) = &page.show_all {
                set_flag(show_all, "hidden", chosen.is_empty());
            }
        });
    }

    // The map's view: the canvas's view (CSS shows that view's pins), the SVG's viewBox, the
    // pressed view button.
    {
        let page = page.clone();
        Effect::new(move |_| {
            let view = state.map_view.get();
            if let Some(canvas) = &page.map_canvas {
                set_attr(canvas, "data-view", view.id());
            }
            for button in &page.view_buttons {
                let this = attr(button, "data-view").as_deref() == Some(view.id());
                set_attr(button, "aria-pressed", if this { "true" } else { "false" });
                if this {
                    if let (Some(svg), Some(view_box)) =
                        (&page.map_svg, attr(button, "data-view-box"))
                    {
                        set_attr(svg, "viewBox", &view_box);
                    }
                }
            }
        });
    }

    // The map's one Tab stop: the focused pin, else the chosen one, else the westernmost, all
    // within the shown view.
    {
        let page = page.clone();
        Effect::new(move |_| {
            let view = state.map_view.get();
            let focused = state.focused_pin.get();
            let in_view = page.pins_in_view(view);
            let code = |pin: &web_sys::Element| attr(pin, "data-place").unwrap_or_default();
            let holder = focused
                .filter(|f| in_view.iter().any(|pin| code(pin) == *f))
                .or_else(|| {
                    let chosen = state.chosen_places.get();
                    in_view
                        .iter()
                        .map(|pin| code(pin))
                        .find(|c| chosen.contains(c))
                })
                .or_else(|| westernmost(&in_view));
            for pin in &page.pins {
                let holds = holder.as_deref() == Some(code(pin).as_str());
                set_attr(pin, "tabindex", if holds { "0" } else { "-1" });
            }
        });
    }

    // Tooltips: the hovered country's pin shows its tip; Esc hides them all until the pointer moves.
    {
        let page = page.clone();
        Effect::new(move |_| {
            let hovered = state.hovered.get();
            for pin in &page.pins {
                set_class(
                    pin,
                    "hovered",
                    hovered.is_some() && attr(pin, "data-place") == hovered,
                );
            }
            if let Some(canvas) = &page.map_canvas {
                set_class(canvas, "tips-dismissed", state.tips_dismissed.get());
            }
        });
    }

    // The live region.
    Effect::new(move |_| {
        let message = state.announcement.get();
        if let Some(live) = &page.live {
            set_text(live, &message);
        }
    });
}

/// Where pins stand in their view, as the page says (`data-x`, `data-y`, hundredths of a percent):
/// read without asking the browser for a layout, and as integers (no float parsing in the wasm).
pub fn pin_positions(pins: &[&web_sys::Element]) -> Vec<(f32, f32)> {
    let number = |pin: &web_sys::Element, name| {
        attr(pin, name)
            .and_then(|v| v.parse::<i32>().ok())
            .unwrap_or(0) as f32
    };
    pins.iter()
        .map(|pin| (number(pin, "data-x"), number(pin, "data-y")))
        .collect()
}

fn westernmost(pins: &[&web_sys::Element]) -> Option<String> {
    let first = step(&pin_positions(pins), None, Step::First)?;
    attr(pins[first], "data-place")
}
