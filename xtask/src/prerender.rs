//! Renders the report into the page Trunk built: the whole report as HTML, readable before (and
//! without) the WebAssembly, once per language. The widget in the browser binds to this HTML.

use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use nap1325_content::BUNDLED;
use nap1325_core::model::{self, Lang};
use nap1325_page::App;

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
    let template = match bundle_stylesheets(dir, &template).and_then(|t| defer_widget(&t)) {
        Ok(template) => template,
        Err(error) => {
            eprintln!("prerender: {error}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(error) = std::fs::write(&template_path, &template) {
        eprintln!(
            "prerender: cannot write {}: {error}",
            template_path.display()
        );
        return ExitCode::FAILURE;
    }
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
                let json = crate::downloads::export_json(&report, lang).to_string();
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

/// Joins the stylesheets Trunk linked (one file per part of the page, for the people who edit them)
/// into one file, in their order, and links that instead: one request before the first paint
/// rather than one per file. The separate files are removed from the build.
fn bundle_stylesheets(dir: &Path, template: &str) -> Result<String, String> {
    let tags: Vec<(usize, usize)> = template
        .match_indices("<link")
        .filter_map(|(at, _)| template[at..].find('>').map(|end| (at, at + end + 1)))
        .filter(|&(start, end)| {
            let tag = &template[start..end];
            tag.contains("rel=stylesheet") || tag.contains("rel=\"stylesheet\"")
        })
        .filter(|&(start, end)| !template[start..end].contains("nojs"))
        .collect();
    let Some(&(first, _)) = tags.first() else {
        return Ok(template.to_owned());
    };
    let mut css = String::new();
    for &(start, end) in &tags {
        let file = href(&template[start..end])
            .ok_or_else(|| format!("a stylesheet link without href: {}", &template[start..end]))?;
        let path = dir.join(file.trim_start_matches("./"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        css.push_str(&text);
        css.push('\n');
        std::fs::remove_file(&path)
            .map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    let hash = {
        use sha2::{Digest, Sha256};
        Sha256::digest(css.as_bytes())[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    };
    let name = format!("style-{hash}.css");
    let path = dir.join(&name);
    std::fs::write(&path, &css).map_err(|e| format!("cannot write {name}: {e}"))?;
    let link = format!(
        "<link rel=\"stylesheet\" href=\"./{name}\" integrity=\"{}\">",
        integrity(&path)?
    );
    let mut out = String::with_capacity(template.len());
    let mut at = 0;
    for &(start, end) in &tags {
        out.push_str(&template[at..start]);
        if start == first {
            out.push_str(&link);
        }
        at = end;
    }
    out.push_str(&template[at..]);
    Ok(out)
}

/// Moves the glue script and the wasm that Trunk preloads in `<head>` onto the tag of `loader.js`
/// (`data-glue`, `data-wasm` and their integrity hashes): the loader fetches them once the report
/// has been painted, checking the same hashes, so they never compete with the first view.
fn defer_widget(template: &str) -> Result<String, String> {
    let tag_with = |needle: &str| -> Option<(usize, usize)> {
        template.match_indices(needle).find_map(|(at, _)| {
            let start = template[..at].rfind('<')?;
            let end = at + template[at..].find('>')? + 1;
            Some((start, end))
        })
    };
    let glue = tag_with("rel=modulepreload")
        .or_else(|| tag_with("rel=\"modulepreload\""))
        .ok_or("no <link rel=modulepreload> for the glue script in the built page")?;
    let wasm = tag_with("_bg.wasm")
        .filter(|&(start, end)| template[start..end].starts_with("<link"))
        .ok_or("no <link rel=preload> for the wasm in the built page")?;
    let loader = tag_with("loader-")
        .filter(|&(start, end)| template[start..end].starts_with("<script"))
        .ok_or("no <script src=loader-….js> in the built page")?;
    let value = |(start, end): (usize, usize), name: &str| -> Result<String, String> {
        attribute(&template[start..end], name)
            .map(str::to_owned)
            .ok_or(format!("no {name} on {}", &template[start..end]))
    };
    let data = format!(
        " data-glue=\"{}\" data-glue-integrity=\"{}\" data-wasm=\"{}\" data-wasm-integrity=\"{}\"",
        value(glue, "href")?,
        value(glue, "integrity")?,
        value(wasm, "href")?,
        value(wasm, "integrity")?,
    );
    let mut out = String::with_capacity(template.len() + data.len());
    let mut at = 0;
    let mut tags = [glue, wasm, loader];
    tags.sort();
    for (start, end) in tags {
        out.push_str(&template[at..start]);
        if (start, end) == loader {
            out.push_str(&template[start..end - 1]);
            out.push_str(&data);
            out.push('>');
        }
        at = end;
    }
    out.push_str(&template[at..]);
    Ok(out)
}

/// The `href` of a tag, quoted or not.
fn href(tag: &str) -> Option<&str> {
    attribute(tag, "href")
}

/// The value of attribute `name` in a tag, quoted or not.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let needle = format!(" {name}=");
    let rest = &tag[tag.find(&needle)? + needle.len()..];
    match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next(),
        None => rest.split([' ', '>']).next(),
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
    report: &nap1325_core::model::Report,
) -> Result<(), String> {
    use nap1325_page::{EmbedGuide, Page};
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
