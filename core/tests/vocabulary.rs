//! The stylesheets and the JavaScript files cannot use the hook vocabulary's enums, so this checks
//! them against it: every `data-` attribute they name is a hook, every map view and control they
//! name exists, every state the widget marks is styled, and the names the JavaScript shares with
//! the widget are the vocabulary's. Renaming a hook, a view, a control or a mark in
//! `core/src/hooks.rs` (or elsewhere in the vocabulary) without following it here fails.

use std::collections::BTreeSet;

use nap1325_core::hooks::{early, embed, javascript_module, Control, Hook, Mark, Property};
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

/// The scripts the pages run. They stay standalone (inline in the page, or on a host page of
/// another site), so they name the vocabulary as text, checked here.
const SCRIPTS: [&str; 4] = ["early.js", "loader.js", "embed.js", "embed-host.js"];

/// The generated vocabulary for the tests and node scripts.
const MODULE: &str = "scripts/vocabulary.mjs";

/// Every JavaScript file of the tests and the node scripts (not node_modules, not the generated
/// module), relative to the repository.
fn test_and_script_files() -> Vec<String> {
    fn walk(dir: &std::path::Path, root: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "mjs" || e == "js") {
                out.push(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    walk(&root.join("tests/e2e"), &root, &mut files);
    walk(&root.join("scripts"), &root, &mut files);
    files.retain(|f| f != MODULE);
    files.sort();
    files
}

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

/// The contents of the string literals in a script ('…', "…", `…`), roughly: enough to find
/// selectors, not a JavaScript parser.
fn string_literals(js: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = js.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let quote = bytes[at];
        if quote == b'\'' || quote == b'"' || quote == b'`' {
            let start = at + 1;
            let mut end = start;
            while end < bytes.len() && bytes[end] != quote && (quote == b'`' || bytes[end] != b'\n')
            {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let end = end.min(bytes.len());
            found.push(String::from_utf8_lossy(&bytes[start..end]).into_owned());
            at = end + 1;
        } else if bytes[at..].starts_with(b"//") {
            // A comment runs to the end of its line (an apostrophe in it opens no string).
            at += bytes[at..]
                .iter()
                .position(|b| *b == b'\n')
                .unwrap_or(bytes.len() - at);
        } else {
            at += 1;
        }
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
    // early.js keeps what a visitor does before the widget is ready, where the widget looks.
    quoted("early.js", &format!("[{}]", Hook::Report.attribute()));
    quoted("early.js", Hook::Ready.attribute());
    quoted("early.js", &format!("input[{}]", Hook::Option.attribute()));
    quoted(
        "early.js",
        &format!("input[{}]", Hook::SearchInput.attribute()),
    );
    let js = repo("early.js");
    assert!(
        js.contains(&format!("window.{}", early::QUEUE)),
        "early.js keeps no {}",
        early::QUEUE
    );
    for field in [early::TYPE, early::TARGET, early::VALUE] {
        assert!(
            js.contains(&format!("{field}: ")),
            "early.js writes no {field}"
        );
    }
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
fn the_javascript_vocabulary_is_what_core_writes() {
    assert!(
        repo(MODULE) == javascript_module(),
        "{MODULE} is stale: run `make vocabulary` and commit it"
    );
}

#[test]
fn the_tests_and_scripts_take_every_name_from_the_generated_vocabulary() {
    let hooks = hook_names();
    let mut by_hand = Vec::new();
    for file in test_and_script_files() {
        let js = repo(&file);
        for (name, _) in data_names(&js) {
            if hooks.contains(name.as_str()) || name == embed::FRAME {
                by_hand.push(format!("{file}: {name}"));
            }
        }
        // A state's class in a selector in a string (`'.in-step'`, `'mark.search-hit'`).
        for literal in string_literals(&js) {
            for mark in Mark::ALL {
                let class = format!(".{}", mark.class());
                let in_selector = literal.match_indices(&class).any(|(at, _)| {
                    let after = literal[at + class.len()..].chars().next();
                    !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
                });
                if in_selector {
                    by_hand.push(format!("{file}: {class}"));
                }
            }
        }
    }
    assert!(
        by_hand.is_empty(),
        "name these through {MODULE} (`sel.…`, `hook.…`, `marked(…)`):\n{}",
        by_hand.join("\n")
    );
}

#[test]
fn the_pages_scripts_read_every_hook_by_its_attribute() {
    // `dataset.glueIntegrity` would hide a hook's name from the checks above.
    for file in SCRIPTS {
        assert!(
            !repo(file).contains(".dataset"),
            "{file}: read hooks with getAttribute('data-…'), so the name can be checked"
        );
    }
    // The embed guide's script finds its form and reads what the build wrote on it.
    for hook in Hook::ALL
        .iter()
        .filter(|h| h.kind() == nap1325_core::hooks::Kind::Guide)
    {
        assert!(
            repo("embed.js").contains(&format!("'{}'", hook.attribute())),
            "embed.js does not use {}",
            hook.attribute()
        );
    }
}

#[test]
fn every_property_the_widget_writes_is_registered_in_the_stylesheets() {
    let css: String = stylesheets().into_iter().map(|(_, css)| css).collect();
    for property in Property::ALL {
        assert!(
            css.contains(&format!("@property {}", property.name())),
            "no stylesheet registers {} ({property:?})",
            property.name()
        );
    }
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
