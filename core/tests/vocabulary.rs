//! The stylesheets and the JavaScript files cannot use the hook vocabulary's enums, so this checks
//! them against it: every `data-` attribute they name is a hook, every map view and control they
//! name exists, every state the widget marks is styled, and the names the JavaScript shares with
//! the widget are the vocabulary's. Renaming a hook, a view, a control or a mark in
//! `core/src/hooks.rs` (or elsewhere in the vocabulary) without following it here fails.

use std::collections::BTreeSet;

use nap1325_core::hooks::{embed, Control, Hook, Mark};
use nap1325_core::map::MapView;
use nap1325_core::url::Param;

fn repo(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn stylesheets() -> Vec<(String, String)> {
    let dir = format!("{}/../style", env!("CARGO_MANIFEST_DIR"));
    let mut sheets: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "css"))
        .map(|path| {
            let name = format!("style/{}", path.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    sheets.sort();
    sheets
}

const SCRIPTS: [&str; 4] = ["early.js", "loader.js", "embed.js", "embed-host.js"];

/// Every `data-…` name in `text`, with the value that follows it in an attribute selector or an
/// attribute call, where there is one: `[data-view="world"]` → (`data-view`, `world`).
fn data_names(text: &str) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(offset) = text[at..].find("data-") {
        let start = at + offset;
        at = start + 5;
        // Only where a name begins: not inside another word.
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'-') {
            continue;
        }
        let end = start
            + text[start..]
                .bytes()
                .take_while(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
                .count();
        let name = text[start..end].trim_end_matches('-').to_owned();
        if name == "data" {
            // "data- attributes" in a comment.
            continue;
        }
        let rest = &text[end..];
        let value = rest.strip_prefix('=').map(|v| {
            v.trim_start_matches(['"', '\''])
                .split(['"', '\'', ']'])
                .next()
                .unwrap_or_default()
                .to_owned()
        });
        found.push((name, value));
    }
    found
}

fn hook_names() -> BTreeSet<&'static str> {
    Hook::ALL.iter().map(|h| h.attribute()).collect()
}

#[test]
fn the_stylesheets_name_only_hooks_views_and_controls_that_exist() {
    let hooks = hook_names();
    for (file, css) in stylesheets() {
        for (name, value) in data_names(&css) {
            assert!(hooks.contains(name.as_str()), "{file}: {name} is no hook");
            let Some(value) = value else { continue };
            if name == Hook::View.attribute() || name == Hook::ShowView.attribute() {
                assert!(
                    MapView::from_id(&value).is_some(),
                    "{file}: {name}={value} is no map view"
                );
            }
            if name == Hook::Control.attribute() {
                assert!(
                    Control::from_id(&value).is_some(),
                    "{file}: {name}={value} is no control"
                );
            }
        }
    }
}

#[test]
fn every_map_view_has_its_rule_for_the_pins_it_shows() {
    let css: String = stylesheets().into_iter().map(|(_, css)| css).collect();
    for view in MapView::ALL {
        let rule = format!(
            "[{}=\"{}\"] .pin:not([{}=\"{}\"])",
            Hook::View.attribute(),
            view.id(),
            Hook::View.attribute(),
            view.id()
        );
        assert!(
            css.contains(&rule),
            "no rule shows only the pins of {view:?}: {rule}"
        );
    }
}

#[test]
fn every_state_the_widget_marks_is_styled() {
    let css: String = stylesheets().into_iter().map(|(_, css)| css).collect();
    for mark in Mark::ALL {
        let class = format!(".{}", mark.class());
        let styled = css.match_indices(&class).any(|(at, _)| {
            !css[at + class.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-')
        });
        assert!(styled, "no stylesheet styles {class} ({mark:?})");
    }
}

#[test]
fn the_scripts_name_only_hooks_and_share_the_vocabularys_names() {
    let hooks = hook_names();
    for file in SCRIPTS {
        let js = repo(file);
        for (name, _) in data_names(&js) {
            assert!(
                hooks.contains(name.as_str()) || name == embed::FRAME,
                "{file}: {name} is no hook"
            );
        }
    }
    let quoted = |file: &str, name: &str| {
        let js = repo(file);
        assert!(
            js.contains(&format!("'{name}'")) || js.contains(&format!("\"{name}\"")),
            "{file} does not use '{name}'"
        );
    };
    // early.js applies compact= and lang= before the page shows, and marks an embedded page.
    quoted("early.js", Param::Compact.name());
    quoted("early.js", Param::Lang.name());
    quoted("early.js", Mark::Compact.class());
    quoted("early.js", Mark::Embedded.class());
    // loader.js reports a failure to start in the page's alert, and sets the map's scenery.
    quoted("loader.js", &format!("[{}]", Hook::Failure.attribute()));
    quoted("loader.js", Hook::FailureStart.attribute());
    quoted("loader.js", &format!("use[{}]", Hook::Scenery.attribute()));
    // The host script resizes the widget's iframes by the widget's message.
    quoted("embed-host.js", embed::HEIGHT_MESSAGE);
    quoted("embed-host.js", &format!("iframe[{}]", embed::FRAME));
    quoted("embed.js", embed::FRAME);
}

#[test]
fn the_scripts_keep_no_copy_of_the_pages_of_each_language() {
    // early.js finds the other language's page in the page's own <link rel="alternate">, which
    // the build writes from `url::page_for`.
    let js = repo("early.js");
    for lang in nap1325_core::model::Lang::ALL {
        let page = nap1325_core::url::page_for(lang);
        assert!(
            page == "./" || !js.contains(page),
            "early.js keeps its own copy of {page}"
        );
    }
}
