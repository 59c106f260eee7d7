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
            for (lang, _) in PAGES {
                let file = format!("export.{}.json", lang.code());
                let json = nap1325::export::export_json(&report, lang).to_string();
                if let Err(error) = std::fs::write(dir.join(&file), json) {
                    eprintln!("prerender: cannot write {file}: {error}");
                    return ExitCode::FAILURE;
                }
            }
            if let Err(error) = write_embed_page(dir, &template, &report) {
                eprintln!("prerender: {error}");
                return ExitCode::FAILURE;
            }
            println!(
                "prerender: {} results in {} pages, with their downloads and embed.html",
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

/// Writes `embed.html`, the page for web editors: the stylesheets of the built page, the guide, and
/// the snippet builder `embed.js` (copied by Trunk), with integrity hashes for the scripts.
pub fn write_embed_page(
    dir: &Path,
    template: &str,
    report: &nap1325::model::Report,
) -> Result<(), String> {
    use nap1325::components::{EmbedGuide, Page};
    let host_integrity = integrity(&dir.join("embed-host.js"))?;
    let builder_integrity = integrity(&dir.join("embed.js"))?;
    let stylesheets: String = template
        .match_indices("<link")
        .filter_map(|(at, _)| template[at..].find('>').map(|end| &template[at..=at + end]))
        .filter(|tag| tag.contains("stylesheet") && !tag.contains("nojs"))
        .collect();
    let body = Owner::new().with(|| {
        provide_context(Page::new(report.clone(), Lang::Nl));
        view! { <EmbedGuide host_integrity/> }.to_html()
    });
    let page = format!(
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"no-referrer\"><title>De NAP1325-IV-widget insluiten</title><link rel=\"icon\" href=\"data:,\">\
         {stylesheets}<script src=\"embed.js\" integrity=\"{builder_integrity}\" defer></script></head>\
         <body><div class=\"report\">{body}</div></body></html>\n"
    );
    std::fs::write(dir.join("embed.html"), page)
        .map_err(|e| format!("cannot write embed.html: {e}"))
}

/// The `sha384-…` Subresource Integrity value of a file.
fn integrity(path: &Path) -> Result<String, String> {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&bytes))
    ))
}
