//! Renders the report into the page Trunk built: the whole report as HTML, readable before (and
//! without) the WebAssembly, once per language. The widget in the browser binds to this HTML.

use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use nap1325::components::App;
use nap1325::content::BUNDLED;
use nap1325::model::{self, Lang};

/// The pages written, per language.
pub const PAGES: [(Lang, &str); 2] = [(Lang::Nl, "index.html"), (Lang::En, "en.html")];

/// The element in index.html the report is rendered into (Trunk may drop the quotes).
const ROOTS: [&str; 2] = ["<div id=\"app\"></div>", "<div id=app></div>"];

pub fn run(dir: &Path) -> ExitCode {
    let template_path = dir.join("index.html");
    let template = match std::fs::read_to_string(&template_path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!(
                "prerender: cannot read {}: {error}",
                template_path.display()
            );
            return ExitCode::FAILURE;
        }
    };
    let Some(root) = ROOTS.iter().find(|root| template.contains(*root)) else {
        eprintln!(
            "prerender: {} has no empty <div id=\"app\"></div> to render into",
            template_path.display()
        );
        return ExitCode::FAILURE;
    };
    let loaded = model::load(&BUNDLED);
    for (lang, file) in PAGES {
        let body = Owner::new().with(|| view! { <App files=BUNDLED lang/> }.to_html());
        let mut page = template.replacen(root, &format!("<div id=\"app\">{body}</div>"), 1);
        if let Ok(report) = &loaded {
            page = localise_head(
                &page,
                lang,
                report.info.title.get(lang),
                report.info.subtitle.get(lang),
            );
        }
        if let Err(error) = std::fs::write(dir.join(file), page) {
            eprintln!("prerender: cannot write {file}: {error}");
            return ExitCode::FAILURE;
        }
    }
    match loaded {
        Ok(report) => {
            println!(
                "prerender: {} results in {} pages",
                report.results.len(),
                PAGES.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            // The pages show the error view; the build fails so nobody ships them.
            eprint!(
                "prerender: the data files do not load, so the pages show the error view.\n{error}"
            );
            ExitCode::FAILURE
        }
    }
}

/// The page's language, title and description, in that language.
fn localise_head(page: &str, lang: Lang, title: &str, description: &str) -> String {
    let mut out = page.to_owned();
    for from in ["<html lang=\"nl\">", "<html lang=nl>"] {
        out = out.replacen(from, &format!("<html lang=\"{}\">", lang.code()), 1);
    }
    if let (Some(start), Some(end)) = (out.find("<title>"), out.find("</title>")) {
        out.replace_range(start + "<title>".len()..end, &escape(title));
    }
    let marker = "name=description";
    if let Some(at) = out
        .find(marker)
        .or_else(|| out.find("name=\"description\""))
    {
        // `<meta content="..." name=description>` (minified) or `<meta name="description" content="...">`
        let tag_start = out[..at].rfind("<meta").unwrap_or(at);
        let tag_end = at + out[at..].find('>').unwrap_or(0) + 1;
        out.replace_range(
            tag_start..tag_end,
            &format!(
                "<meta name=\"description\" content=\"{}\">",
                escape(description)
            ),
        );
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}
