//! Build-time tools, run through `make`:
//!
//! - `cargo run -p xtask -- check-data [ROOT]`: validates the data files under ROOT (default: the
//!   repository) with the widget's own loader and prints every problem with file, path and reason;
//!   then checks that every source pointer quotes its page of the letter.
//! - `cargo run -p xtask -- prerender [DIR]`: renders the report into the built page, once per
//!   language (`index.html`, `en.html`); run by Trunk after every build.
//! - `cargo run -p xtask -- synthetic SITE [RESULTS] [COUNTRIES]`: renders a synthetic report
//!   (default 2,000 results over 200 countries) into a copy of the built site, for `make bench`.
//! - `cargo run -p xtask -- hostile SITE`: renders the report with hostile but valid content
//!   (markup, script, an unbroken 2,700-letter word) into a copy of the built site, for the
//!   end-to-end test that it stays inert text.
//! - `cargo run -p xtask -- proof [SINCE]`: writes the proof sheet for the content owner's
//!   sign-off (`target/proof/proefblad.html`), marking what changed since SINCE (an earlier
//!   `export.nl.json` or a git revision); `make proof` prints it to PDF too.
//! - `cargo run -p xtask -- vocabulary`: writes `scripts/vocabulary.mjs`, the hook vocabulary for
//!   the end-to-end tests and node scripts, from `core/src/hooks.rs`.
//! - `cargo run -p xtask -- geometry [--check]`: projects `data/geo/world-110m.json` into
//!   `assets/world.svg`, `core/src/map/shapes.rs` (the report's countries) and `style/map-pins.css`;
//!   with `--check`, only says whether the committed files are what the generator makes.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use nap1325_content::{BUNDLED, LETTER_FILE};
use nap1325_core::model;
use xtask::geometry as generate;
use xtask::{letter, prerender, proof, synthetic};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check-data") => check_data(args.get(1).map(PathBuf::from).unwrap_or_else(repo_root)),
        Some("prerender") => match args
            .get(1)
            .cloned()
            .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        {
            Some(dir) => prerender::run(Path::new(&dir)),
            None => {
                eprintln!("prerender: give the build directory (or run it as a Trunk hook)");
                ExitCode::from(2)
            }
        },
        Some("synthetic") => {
            let number = |i: usize, default: usize| {
                args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default)
            };
            match args.get(1) {
                Some(site) => synthetic::write(Path::new(site), number(2, 2000), number(3, 200)),
                None => {
                    eprintln!(
                        "usage: cargo run -p xtask -- synthetic SITE_DIR [RESULTS] [COUNTRIES]"
                    );
                    ExitCode::from(2)
                }
            }
        }
        Some("hostile") => match (args.get(1), synthetic::hostile()) {
            (Some(site), Ok(report)) => synthetic::render_into(Path::new(site), report),
            (None, _) => {
                eprintln!("usage: cargo run -p xtask -- hostile SITE_DIR");
                ExitCode::from(2)
            }
            (_, Err(error)) => {
                eprintln!("hostile: the hostile data does not load:\n{error}");
                ExitCode::FAILURE
            }
        },
        Some("proof") => {
            let root = repo_root().canonicalize().unwrap_or_else(|_| repo_root());
            let since = args.get(1).map(String::as_str).filter(|s| !s.is_empty());
            proof::run(&root, since, &root.join("target/proof"))
        }
        Some("vocabulary") => {
            let path = repo_root().join(VOCABULARY_MODULE);
            match std::fs::write(&path, nap1325_core::hooks::javascript_module()) {
                Ok(()) => {
                    println!("vocabulary: wrote {VOCABULARY_MODULE}");
                    ExitCode::SUCCESS
                }
                Err(error) => {
                    eprintln!("vocabulary: cannot write {VOCABULARY_MODULE}: {error}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("geometry") => geometry(
            &repo_root(),
            args.get(1).map(String::as_str) == Some("--check"),
        ),
        _ => {
            eprintln!("usage: cargo run -p xtask -- check-data [ROOT] | geometry [--check] | prerender [DIR] | proof [SINCE] | vocabulary");
            ExitCode::from(2)
        }
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn check_data(root: PathBuf) -> ExitCode {
    let mut unreadable = Vec::new();
    let texts: Vec<(&str, String)> = BUNDLED
        .names()
        .into_iter()
        .map(|name| {
            let text = std::fs::read_to_string(root.join(name)).unwrap_or_else(|error| {
                unreadable.push(format!("- {name}: cannot be read: {error}"));
                String::new()
            });
            (name, text)
        })
        .collect();
    if !unreadable.is_empty() {
        eprintln!("check-data: {} file(s) cannot be read:", unreadable.len());
        eprintln!("{}", unreadable.join("\n"));
        return ExitCode::FAILURE;
    }
    let files = BUNDLED.with_texts(|name| {
        texts
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| text.as_str())
            .unwrap_or_default()
    });
    let report = match model::load(&files) {
        Ok(report) => report,
        Err(error) => {
            eprint!("check-data: {error}");
            return ExitCode::FAILURE;
        }
    };
    let letter = match std::fs::read_to_string(root.join(LETTER_FILE)) {
        Ok(letter) => letter,
        Err(error) => {
            eprintln!("check-data: {LETTER_FILE}: cannot be read: {error}");
            return ExitCode::FAILURE;
        }
    };
    let misplaced = letter::check_sources(&report, &files, &letter);
    if !misplaced.is_empty() {
        eprintln!(
            "check-data: {} source pointer(s) do not point at their passage in {LETTER_FILE}:",
            misplaced.len()
        );
        for problem in misplaced {
            eprintln!("- {problem}");
        }
        return ExitCode::FAILURE;
    }
    println!(
        "check-data: {} data files are valid; {} results and {} footnotes point at their passages in the letter",
        texts.len(),
        report.results.len(),
        report.footnotes.len()
    );
    ExitCode::SUCCESS
}

/// The vocabulary for JavaScript, relative to the repository (`core/tests/vocabulary.rs` checks it).
const VOCABULARY_MODULE: &str = "scripts/vocabulary.mjs";

/// The files `make geometry` writes, relative to the repository.
const WORLD_SVG: &str = "assets/world.svg";
const SHAPES_RS: &str = "core/src/map/shapes.rs";
const PINS_CSS: &str = "style/map-pins.css";
const TOPOLOGY: &str = "data/geo/world-110m.json";

fn geometry(root: &Path, check_only: bool) -> ExitCode {
    let read =
        |name: &str| std::fs::read_to_string(root.join(name)).map_err(|e| format!("{name}: {e}"));
    let generated = read(TOPOLOGY).and_then(|topology| {
        let countries: serde_json::Value = serde_json::from_str(&read(BUNDLED.countries.name)?)
            .map_err(|e| format!("{}: {e}", BUNDLED.countries.name))?;
        let codes: Vec<&str> = countries["countries"]
            .as_array()
            .map(|list| list.iter().filter_map(|c| c["code"].as_str()).collect())
            .unwrap_or_default();
        generate::generate(&topology, &codes)
    });
    let generated = match generated {
        Ok(generated) => generated,
        Err(error) => {
            eprintln!("geometry: {error}");
            return ExitCode::FAILURE;
        }
    };
    let outputs = [
        (WORLD_SVG, &generated.world_svg),
        (SHAPES_RS, &generated.shapes_rs),
        (PINS_CSS, &generated.pins_css),
    ];

    if check_only {
        let stale: Vec<&str> = outputs
            .iter()
            .filter(|(name, text)| read(name).ok().as_deref() != Some(text.as_str()))
            .map(|(name, _)| *name)
            .collect();
        if !stale.is_empty() {
            eprintln!(
                "geometry: {} differ from what the generator makes: run `make geometry`",
                stale.join(" and ")
            );
            return ExitCode::FAILURE;
        }
    } else {
        for (name, text) in outputs {
            if let Err(error) = std::fs::write(root.join(name), text) {
                eprintln!("geometry: cannot write {name}: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    println!("{}", generated.summary);
    ExitCode::SUCCESS
}
