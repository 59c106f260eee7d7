//! The page as the build renders it (feature `ssr`, as `xtask prerender` does): what the widget in
//! the browser relies on, and what the strict Content-Security-Policy requires of it.

use leptos::prelude::*;
use nap1325_content::BUNDLED;
use nap1325_core::filter::Index;
use nap1325_core::hooks::{Hook, Kind};
use nap1325_core::model::{load, Lang};
use nap1325_page::App;

fn render(lang: Lang) -> String {
    Owner::new().with(|| view! { <App files=BUNDLED lang/> }.to_html())
}

/// The values of every `attribute="..."` in `html`, in order.
fn attribute_values<'h>(html: &'h str, attribute: &str) -> Vec<&'h str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn every_card_carries_its_filter_options_in_the_letters_order() {
    let report = load(&BUNDLED).unwrap();
    let html = render(Lang::Nl);
    let ids = attribute_values(&html, Hook::Result.attribute());
    let expected: Vec<&str> = report.results.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, expected);
    let facets = attribute_values(&html, Hook::Facets.attribute());
    assert_eq!(facets.len(), report.results.len());
    let index = Index::for_report(&report, Lang::Nl);
    for (tokens, result) in facets.iter().zip(&report.results) {
        let parsed = nap1325_core::filter::IndexEntry::parse_facet_tokens(tokens);
        assert_eq!(
            parsed,
            nap1325_core::filter::facets_of(result),
            "{}",
            result.id
        );
    }
    assert_eq!(index.len(), report.results.len());
}

#[test]
fn the_page_has_nothing_a_strict_policy_refuses() {
    for lang in Lang::ALL {
        let html = render(lang);
        assert!(
            !html.contains(" style="),
            "a style attribute would be refused by style-src 'self'"
        );
        assert!(
            !html.contains("<style"),
            "a style element would be refused by style-src 'self'"
        );
        assert!(
            !html.contains("<script"),
            "no script in the rendered report"
        );
        assert!(!html.contains("javascript:"));
        // No event handler attribute (` onclick=`, ` onload=`, ...).
        let handler = html.match_indices(" on").find(|(at, _)| {
            let rest = &html[at + 3..];
            let name_len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
            name_len > 0 && rest[name_len..].starts_with('=')
        });
        assert!(
            handler.is_none(),
            "an event handler attribute: {:?}",
            handler.map(|(at, _)| &html[at..at + 40])
        );
    }
}

#[test]
fn each_language_renders_its_own_text() {
    let report = load(&BUNDLED).unwrap();
    let (nl, en) = (render(Lang::Nl), render(Lang::En));
    assert!(nl.contains(&report.info.title.nl) && !nl.contains(&report.info.title.en));
    assert!(en.contains(&report.info.title.en));
    assert!(en.contains("unofficial translation"));
}

#[test]
fn footnote_markers_link_to_the_list_and_every_panel_exists() {
    let html = render(Lang::Nl);
    let markers = attribute_values(&html, Hook::FootnoteMarker.attribute());
    assert!(markers.len() >= 12, "{}", markers.len());
    for key in markers {
        let spot = nap1325_core::view_state::FootnoteSpot::from_key(key).unwrap();
        assert!(
            html.contains(&format!("id=\"{}\"", spot.panel_id())),
            "no panel for {key}"
        );
        assert!(html.contains(&format!("href=\"#footnote-{}\"", spot.number)));
    }
}

#[test]
fn the_presentation_waits_closed_with_the_opening_and_the_world_in_whole_units() {
    let report = load(&BUNDLED).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let html = render(lang);
        let dialog = &html[html.find("role=\"dialog\"").expect("a dialog")..];
        let tag = &dialog[..dialog.find('>').unwrap()];
        assert!(
            tag.contains(" hidden"),
            "closed until the widget opens it: {tag}"
        );
        assert!(html.contains(report.info.title.get(lang)));
        let world = attribute_values(&html, Hook::StepWorld.attribute());
        assert_eq!(world.len(), 1);
        let numbers: Vec<i32> = world[0].split(' ').map(|n| n.parse().unwrap()).collect();
        assert_eq!(numbers.len(), 4, "x y width height: {}", world[0]);
        assert!(numbers[2] > 0 && numbers[3] > 0);
        // The print summary is there for the widget to fill in (all results without it).
        assert_eq!(
            html.matches(&format!(" {}", Hook::PrintSummary.attribute()))
                .count(),
            1
        );
    }
}

/// Every attribute name in `html` that starts with `data-`, with how often it occurs.
fn data_attributes(html: &str) -> std::collections::BTreeMap<&str, usize> {
    let mut found = std::collections::BTreeMap::new();
    for (at, _) in html.match_indices(" data-") {
        let rest = &html[at + 1..];
        let end = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(rest.len());
        *found.entry(&rest[..end]).or_insert(0) += 1;
    }
    found
}

#[test]
fn the_page_carries_exactly_the_hooks_the_widget_reads() {
    for lang in Lang::ALL {
        let html = render(lang);
        let found = data_attributes(&html);
        for (name, count) in &found {
            let hook = Hook::ALL
                .iter()
                .find(|h| h.attribute() == *name)
                .unwrap_or_else(|| panic!("{name} is not in the vocabulary (core/src/hooks.rs)"));
            assert!(
                matches!(
                    hook.kind(),
                    Kind::One | Kind::Many | Kind::Value | Kind::Template
                ),
                "{name} is the widget's or the build's to write, not the page's"
            );
            if hook.kind() == Kind::One {
                assert_eq!(*count, 1, "{name} is on {count} elements");
            }
        }
        for hook in Hook::ALL.iter().filter(|h| h.kind() == Kind::One) {
            assert!(
                found.contains_key(hook.attribute()),
                "the page has no {}",
                hook.attribute()
            );
        }
    }
}
