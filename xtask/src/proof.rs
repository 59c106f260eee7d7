//! `make proof`: the proof sheet the content owner signs (see `nap1325_page::proof`), written as
//! HTML into `target/proof/`; `scripts/proof-pdf.mjs` prints it to PDF beside it. Given an earlier
//! version (`SINCE=` a download `export.nl.json`, or a git revision), it marks what changed.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use leptos::prelude::*;
use nap1325_content::{BUNDLED, LETTER_FILE};
use nap1325_core::changes::Earlier;
use nap1325_core::model::{self, Date, ResultItem};
use nap1325_page::proof::{Proof, ProofSheet};

use crate::letter;

/// The proof sheet's file under the output directory.
pub const SHEET: &str = "proefblad.html";

/// The stylesheet of the proof sheet (inline: the sheet is one file to print or mail).
const STYLE: &str = include_str!("../../style/proof.css");

pub fn run(root: &Path, since: Option<&str>, out: &Path) -> ExitCode {
    match write(root, since, out) {
        Ok(path) => {
            println!("proof: {}", path.display());
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("proof: {error}");
            ExitCode::FAILURE
        }
    }
}

fn write(root: &Path, since: Option<&str>, out: &Path) -> Result<PathBuf, String> {
    let report = read_report(root, None)?;
    let earlier = match since {
        Some(since) => Some((earlier(root, since)?, since.to_owned())),
        None => None,
    };
    let letter = std::fs::read_to_string(root.join(LETTER_FILE)).ok();
    let html = render(report, earlier, letter.as_deref(), today(), revision(root));
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let path = out.join(SHEET);
    std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// The proof sheet as a whole HTML document.
pub fn render(
    report: model::Report,
    earlier: Option<(Earlier, String)>,
    letter: Option<&str>,
    made_on: Date,
    revision: String,
) -> String {
    let body_text = letter.map(letter::body);
    let verbatim = report
        .results
        .iter()
        .map(|r| {
            body_text
                .as_deref()
                .map(|body| letter::verbatim(body, &r.text.nl))
        })
        .collect();
    let (earlier, since) = earlier.unzip();
    let proof = Proof {
        report,
        earlier,
        since,
        verbatim,
        made_on,
        revision,
    };
    let body = Owner::new().with(|| view! { <ProofSheet proof/> }.to_html());
    format!(
        "<!doctype html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Proefblad NAP1325-IV</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
}

/// The data files under `root` (or, with `revision`, as git has them there), loaded and validated.
fn read_report(root: &Path, revision: Option<&str>) -> Result<model::Report, String> {
    let mut texts = Vec::new();
    for name in BUNDLED.names() {
        let text = match revision {
            None => std::fs::read_to_string(root.join(name)).map_err(|e| format!("{name}: {e}"))?,
            Some(revision) => git(root, &["show", &format!("{revision}:{name}")])
                .map_err(|e| format!("{name} at {revision}: {e}"))?,
        };
        texts.push((name, text));
    }
    let files = BUNDLED.with_texts(|name| {
        texts
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, text)| text.as_str())
            .unwrap_or_default()
    });
    model::load(&files).map_err(|error| match revision {
        None => format!("the data files do not load:\n{error}"),
        Some(revision) => format!("the data files at {revision} do not load:\n{error}"),
    })
}

/// The earlier version `since` names: a download's JSON file (the build's `export.nl.json`, or a
/// visitor's JSON download), or a git revision of the data files.
fn earlier(root: &Path, since: &str) -> Result<Earlier, String> {
    let path = Path::new(since);
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{since}: {e}"))?;
        return results_of_download(&text)
            .map(Earlier::Results)
            .map_err(|e| format!("{since}: {e}"));
    }
    if git(
        root,
        &["rev-parse", "--verify", &format!("{since}^{{commit}}")],
    )
    .is_err()
    {
        return Err(format!(
            "SINCE={since} is neither a file nor a git revision: give an earlier export.nl.json or a commit"
        ));
    }
    read_report(root, Some(since)).map(|report| Earlier::Report(Box::new(report)))
}

/// The results of a download: `records` by id (the build's `export.nl.json`) or a `results` list
/// (a visitor's JSON download).
pub fn results_of_download(text: &str) -> Result<Vec<ResultItem>, String> {
    let json: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let records: Vec<serde_json::Value> = match (&json["records"], &json["results"]) {
        (serde_json::Value::Object(by_id), _) => by_id.values().cloned().collect(),
        (_, serde_json::Value::Array(list)) => list.clone(),
        _ => {
            return Err(
                "has neither `records` (export.nl.json) nor `results` (a JSON download)".into(),
            )
        }
    };
    records
        .into_iter()
        .enumerate()
        .map(|(i, record)| {
            serde_json::from_value(record)
                .map_err(|e| format!("result {i} is not a result record: {e}"))
        })
        .collect()
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("git: {e}"))?;
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).trim().to_owned());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The commit the data comes from, `-dirty` when it has uncommitted changes.
fn revision(root: &Path) -> String {
    git(root, &["describe", "--always", "--dirty"])
        .map(|r| r.trim().to_owned())
        .unwrap_or_else(|_| "onbekend (geen git)".to_owned())
}

/// Today's date (UTC), from the system clock.
fn today() -> Date {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() / 86_400)
        .unwrap_or_default();
    date_of_day(days)
}

/// The civil date of a day counted from 1970-01-01 (Howard Hinnant's `civil_from_days`).
pub fn date_of_day(days: u64) -> Date {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        let date = |days| {
            let d = date_of_day(days);
            (d.year, d.month, d.day)
        };
        assert_eq!(date(0), (1970, 1, 1));
        assert_eq!(date(20_515), (2026, 3, 3));
        assert_eq!(date(19_782), (2024, 2, 29));
    }
}
