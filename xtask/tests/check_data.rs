//! `make check-data` (this binary) on the shipped data and on a deliberately broken copy.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A copy of the repository's data files under a fresh directory, with `edit` applied to one file.
fn broken_copy(name: &str, file: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let root =
        std::env::temp_dir().join(format!("nap1325-check-data-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("data")).unwrap();
    for entry in std::fs::read_dir(repo_root().join("data")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            std::fs::copy(&path, root.join("data").join(path.file_name().unwrap())).unwrap();
        }
    }
    let target = root.join(file);
    let original = std::fs::read_to_string(&target).unwrap();
    let changed = edit(original.clone());
    assert_ne!(changed, original, "the edit must change {file}");
    std::fs::write(&target, changed).unwrap();
    root
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

#[test]
fn passes_on_the_shipped_data() {
    let (ok, text) = check_data(&repo_root());
    assert!(ok, "{text}");
    assert!(text.contains("valid"), "{text}");
}

#[test]
fn fails_on_a_broken_file_naming_the_file_and_the_problem() {
    let root = broken_copy("date", "data/report.json", |t| {
        t.replacen("\"2025-02-20\"", "\"20-02-2025\"", 1)
    });
    let (ok, text) = check_data(&root);
    assert!(!ok, "{text}");
    assert!(text.contains("data/report.json at `date`"), "{text}");
    assert!(
        text.contains("`20-02-2025` is not a date of the form YYYY-MM-DD"),
        "{text}"
    );
}

#[test]
fn fails_on_a_missing_file() {
    let root = broken_copy("missing", "data/report.json", |_| String::new());
    std::fs::remove_file(root.join("data/report.json")).unwrap();
    let (ok, text) = check_data(&root);
    assert!(!ok, "{text}");
    assert!(text.contains("data/report.json: cannot be read"), "{text}");
}
