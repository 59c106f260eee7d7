//! `make check-data` (this binary) on the shipped data, and on broken copies of it: one fixture
//! per validation rule under `tests/fixtures/broken-data/`, each naming the edit it makes and the
//! message it must produce.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh copy of the data directory (JSON files and the letter) under a temporary root.
fn data_copy(name: &str) -> PathBuf {
    let root =
        std::env::temp_dir().join(format!("nap1325-check-data-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(&repo_root().join("data"), &root.join("data"));
    root
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn check_data(root: &Path) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("check-data")
        .arg(root)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// Applies one fixture edit to the copy under `root`.
fn apply(root: &Path, edit: &Value) {
    let file = root.join(edit["file"].as_str().expect("edit.file"));
    let text = std::fs::read_to_string(&file).unwrap();
    if let Some(replace) = edit.get("replace_text") {
        let (from, to) = (
            replace["from"].as_str().unwrap(),
            replace["to"].as_str().unwrap(),
        );
        assert!(
            text.contains(from),
            "fixture text `{from}` is not in {}",
            file.display()
        );
        std::fs::write(&file, text.replacen(from, to, 1)).unwrap();
        return;
    }
    let mut json: Value = serde_json::from_str(&text).unwrap();
    let pointer = edit["pointer"].as_str().expect("edit.pointer");
    if let Some(value) = edit.get("set") {
        *json
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("no {pointer}")) = value.clone();
    } else if let Some(repeat) = edit.get("set_repeated") {
        // A long string, written short in the fixture: `text` repeated `times` times.
        let text = repeat["text"].as_str().expect("set_repeated.text");
        let times = repeat["times"].as_u64().expect("set_repeated.times") as usize;
        *json
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("no {pointer}")) = Value::String(text.repeat(times));
    } else if let Some(insert) = edit.get("insert") {
        let object = json
            .pointer_mut(pointer)
            .and_then(Value::as_object_mut)
            .expect("an object");
        object.insert(
            insert["key"].as_str().unwrap().to_owned(),
            insert["value"].clone(),
        );
    } else if let Some(value) = edit.get("append") {
        let array = json
            .pointer_mut(pointer)
            .and_then(Value::as_array_mut)
            .expect("an array");
        array.push(value.clone());
    } else if edit.get("remove").is_some() {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let object = json
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .expect("an object");
        assert!(
            object.remove(key).is_some(),
            "nothing to remove at {pointer}"
        );
    } else {
        panic!("edit without set, insert, remove or replace_text: {edit}");
    }
    std::fs::write(&file, serde_json::to_string_pretty(&json).unwrap()).unwrap();
}

#[test]
fn passes_on_the_shipped_data() {
    let (ok, text) = check_data(&repo_root());
    assert!(ok, "{text}");
    assert!(text.contains("valid"), "{text}");
}

/// Copies the data, applies the fixture's edits, runs check-data and checks its messages.
fn run_fixture(name: &str) {
    let path = repo_root()
        .join("tests/fixtures/broken-data")
        .join(format!("{name}.json"));
    let fixture: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let root = data_copy(name);
    for edit in fixture["edits"].as_array().expect("edits") {
        apply(&root, edit);
    }
    let (ok, text) = check_data(&root);
    let _ = std::fs::remove_dir_all(&root);
    assert!(
        !ok,
        "{name} ({}): check-data passed, but the fixture breaks the rule",
        fixture["rule"]
    );
    for expected in fixture["expect"].as_array().expect("expect") {
        let expected = expected.as_str().unwrap();
        assert!(
            text.contains(expected),
            "{name}: expected `{expected}` in:\n{text}"
        );
    }
}

/// One test per fixture file, named after it.
macro_rules! fixtures {
    ($($test:ident => $file:literal,)*) => {
        $(
            #[test]
            fn $test() {
                run_fixture($file);
            }
        )*

        const FIXTURES: &[&str] = &[$($file,)*];
    };
}

fixtures! {
    bad_country_code => "bad-country-code",
    bad_date => "bad-date",
    bad_id => "bad-id",
    bad_years => "bad-years",
    control_character => "control-character",
    duplicate_country => "duplicate-country",
    duplicate_id => "duplicate-id",
    empty_translation => "empty-translation",
    footnote_cited_twice => "footnote-cited-twice",
    footnote_numbering => "footnote-numbering",
    foreign_host => "foreign-host",
    http_url => "http-url",
    javascript_url => "javascript-url",
    malformed_kamerstuk => "malformed-kamerstuk",
    malformed_marker => "malformed-marker",
    markers_differ => "markers-differ",
    ministry_part_of_unknown => "ministry-part-of-unknown",
    missing_translation => "missing-translation",
    no_ministry => "no-ministry",
    region_includes_unknown_country => "region-includes-unknown-country",
    rtl_override => "rtl-override",
    shape_not_generated => "shape-not-generated",
    source_not_in_letter => "source-not-in-letter",
    source_wrong_page => "source-wrong-page",
    syntax_error => "syntax-error",
    too_long => "too-long",
    undrawable_country => "undrawable-country",
    unknown_country => "unknown-country",
    unknown_field => "unknown-field",
    unknown_footnote => "unknown-footnote",
    unknown_goal => "unknown-goal",
    unknown_ministry => "unknown-ministry",
    unknown_organisation => "unknown-organisation",
    unknown_region => "unknown-region",
    unknown_reporting_country => "unknown-reporting-country",
    unknown_section => "unknown-section",
    unused_country => "unused-country",
    wrong_type => "wrong-type",
}

#[test]
fn every_fixture_file_has_its_test() {
    let dir = repo_root().join("tests/fixtures/broken-data");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            e.unwrap()
                .path()
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .to_string()
        })
        .collect();
    files.sort();
    assert_eq!(files, FIXTURES, "list each fixture in `fixtures!`");
}

#[test]
fn fails_on_a_missing_file() {
    let root = data_copy("missing");
    std::fs::remove_file(root.join("data/report.json")).unwrap();
    let (ok, text) = check_data(&root);
    assert!(!ok, "{text}");
    assert!(text.contains("data/report.json: cannot be read"), "{text}");
}
