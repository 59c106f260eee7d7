//! Renders the report into the page Trunk built: the whole report as HTML, readable before (and
//! without) the WebAssembly, once per language. The widget in the browser binds to this HTML.
//!
//! Trunk's page is rewritten with an HTML rewriter (`lol_html`), never by matching strings: first
//! it is read (which stylesheets, which glue script and wasm Trunk linked), then each language's
//! page is written from it.

use std::cell::RefCell;
use std::path::Path;
use std::process::ExitCode;

use leptos::prelude::*;
use lol_html::html_content::ContentType;
use lol_html::{doc_comments, element, rewrite_str, RewriteStrSettings};
use nap1325_content::BUNDLED;
use nap1325_core::hooks::Hook;
use nap1325_core::model::{self, Lang, Report};
use nap1325_core::url::page_for;
use nap1325_page::{App, SCENERY};

/// The pages written, per language.
pub const PAGES: [(Lang, &str); 2] = [(Lang::Nl, "index.html"), (Lang::En, "en.html")];

/// What Trunk linked in the page it built.
#[derive(Debug, Default)]
struct Linked {
    /// The stylesheets, in order (not `nojs.css`, which only a `<noscript>` links).
    stylesheets: Vec<String>,
    /// The glue script's preload: its href and integrity.
    glue: Option<(String, String)>,
    /// The wasm's preload: its href and integrity.
    wasm: Option<(String, String)>,
    /// `loader.js`, which starts the widget, as Trunk linked it.
    loader: Option<String>,
    /// `early.js` as Trunk linked it.
    early: Option<String>,
}

pub fn run(dir: &Path) -> ExitCode {
    match prerender(dir) {
        Ok(report) => {
            println!(
                "prerender: {} results in {} pages, with their downloads and embed.html",
                report.results.len(),
                PAGES.len()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

fn prerender(dir: &Path) -> Result<Report, String> {
    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .map_err(|e| format!("cannot read {}: {e}", template_path.display()))?;
    let mut linked = read_links(&template)?;
    // The glue and the wasm as they ship: the build may have changed them after Trunk hashed
    // them (scripts/minify-glue.mjs minifies the glue).
    for file in [&mut linked.glue, &mut linked.wasm].into_iter().flatten() {
        file.1 = integrity(&dir.join(file.0.trim_start_matches("./")))?;
    }
    let inline = Inline {
        style: bundle_stylesheets(dir, &linked.stylesheets)?,
        early: take_file(dir, linked.early.as_deref().unwrap_or_default())?,
        loader: take_file(dir, linked.loader.as_deref().unwrap_or_default())?,
    };
    inline.write_policy(dir)?;
    let scenery = name_scenery_by_content(dir)?;
    let loaded = model::load(&BUNDLED);
    for (lang, file) in PAGES {
        let scenery = scenery.clone();
        let body = without_comments(
            &Owner::new().with(|| view! { <App files=BUNDLED lang scenery/> }.to_html()),
        )?;
        let head = loaded
            .as_ref()
            .ok()
            .map(|report| (report.info.title.get(lang), report.info.subtitle.get(lang)));
        let page = write_page(&template, &linked, &inline, lang, head, &body)?;
        std::fs::write(dir.join(file), page).map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    // The pages show the error view when the data does not load; the build fails so nobody
    // ships them.
    let report = loaded.map_err(|error| {
        format!("the data files do not load, so the pages show the error view.\n{error}")
    })?;
    for (lang, _) in PAGES {
        let file = nap1325_core::export::data_file(lang);
        let json = crate::downloads::export_json(&report, lang).to_string();
        std::fs::write(dir.join(&file), json).map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    write_embed_page(dir, &inline.style_element(), &report)?;
    Ok(report)
}

/// Renames the map's scenery, which Trunk copies as it is, after its content
/// (`world-0123456789abcdef.svg`, the form of Trunk's own names), so that servers let browsers keep
/// it without asking again, as they do Trunk's files; returns the new name. A build already renamed
/// keeps its name.
fn name_scenery_by_content(dir: &Path) -> Result<String, String> {
    use sha2::{Digest, Sha256};
    let path = dir.join(SCENERY);
    if !path.exists() {
        return scenery_in(dir);
    }
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let hash: String = Sha256::digest(&bytes)[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let (stem, extension) = SCENERY.rsplit_once('.').unwrap_or((SCENERY, "svg"));
    let name = format!("{stem}-{hash}.{extension}");
    std::fs::rename(&path, dir.join(&name))
        .map_err(|e| format!("cannot rename {} to {name}: {e}", path.display()))?;
    Ok(name)
}

/// The map's scenery in a built site, under the name the build gave it.
pub fn scenery_in(dir: &Path) -> Result<String, String> {
    let (stem, extension) = SCENERY.rsplit_once('.').unwrap_or((SCENERY, "svg"));
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .find(|name| {
            name.strip_prefix(stem)
                .and_then(|rest| rest.strip_prefix('-'))
                .and_then(|rest| rest.strip_suffix(&format!(".{extension}")))
                .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .ok_or_else(|| {
            format!(
                "no map scenery ({SCENERY} or {stem}-….{extension}) in {}",
                dir.display()
            )
        })
}

/// Reads what Trunk linked: the stylesheets, and the glue script and the wasm it preloads.
fn read_links(template: &str) -> Result<Linked, String> {
    let linked = RefCell::new(Linked::default());
    rewrite_str(
        template,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("link[rel=stylesheet][href]", |el| {
                    let href = el.get_attribute("href").unwrap_or_default();
                    if !href.contains("nojs") {
                        linked.borrow_mut().stylesheets.push(href);
                    }
                    Ok(())
                }),
                element!("link[rel=modulepreload][href]", |el| {
                    linked.borrow_mut().glue = Some(href_and_integrity(el));
                    Ok(())
                }),
                element!("link[rel=preload][href$='.wasm']", |el| {
                    linked.borrow_mut().wasm = Some(href_and_integrity(el));
                    Ok(())
                }),
                element!("script[src*='loader-']", |el| {
                    linked.borrow_mut().loader = el.get_attribute("src");
                    Ok(())
                }),
                element!("script[src*='early-']", |el| {
                    linked.borrow_mut().early = el.get_attribute("src");
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )
    .map_err(|e| format!("cannot read the built index.html: {e}"))?;
    let linked = linked.into_inner();
    if linked.glue.is_none() {
        return Err("no <link rel=modulepreload> for the glue script in the built page".into());
    }
    if linked.wasm.is_none() {
        return Err("no <link rel=preload> for the wasm in the built page".into());
    }
    if linked.loader.is_none() {
        return Err("no <script src=loader-….js> in the built page".into());
    }
    if linked.early.is_none() {
        return Err("no <script src=early-….js> in the built page".into());
    }
    Ok(linked)
}

fn href_and_integrity(el: &lol_html::html_content::Element) -> (String, String) {
    (
        el.get_attribute("href").unwrap_or_default(),
        el.get_attribute("integrity").unwrap_or_default(),
    )
}

/// The page of one language: the report rendered into `<div id="app">`; the stylesheets Trunk
/// linked replaced by the one inline stylesheet, and `early.js` and `loader.js` inline too; the
/// glue script and the wasm that Trunk preloads moved onto the tag of `loader.js` (async), which
/// fetches and compiles them while the page loads and starts the widget once it is painted,
/// checking the same hashes; the language, title and
/// description of the page; links to the page in each language, which `early.js` follows for
/// `lang=`.
fn write_page(
    template: &str,
    linked: &Linked,
    inline: &Inline,
    lang: Lang,
    head: Option<(&str, &str)>,
    body: &str,
) -> Result<String, String> {
    let first_stylesheet = linked.stylesheets.first().cloned();
    let (glue, wasm) = (
        linked.glue.clone().unwrap_or_default(),
        linked.wasm.clone().unwrap_or_default(),
    );
    let alternates: String = Lang::ALL
        .iter()
        .map(|other| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                other.code(),
                page_for(*other)
            )
        })
        .collect();
    rewrite_str(
        template,
        RewriteStrSettings {
            element_content_handlers: vec![
                element!("html", |el| {
                    el.set_attribute("lang", lang.code())?;
                    Ok(())
                }),
                element!("meta[charset]", |el| {
                    el.after(&alternates, ContentType::Html);
                    Ok(())
                }),
                element!("title", |el| {
                    if let Some((title, _)) = head {
                        el.set_inner_content(title, ContentType::Text);
                    }
                    Ok(())
                }),
                element!("meta[name=description]", |el| {
                    if let Some((_, description)) = head {
                        el.set_attribute("content", description)?;
                    }
                    Ok(())
                }),
                element!("link[rel=stylesheet][href]", |el| {
                    let href = el.get_attribute("href").unwrap_or_default();
                    if href.contains("nojs") {
                        return Ok(());
                    }
                    if Some(&href) == first_stylesheet.as_ref() {
                        el.replace(&inline.style_element(), ContentType::Html);
                    } else {
                        el.remove();
                    }
                    Ok(())
                }),
                element!(
                    "link[rel=modulepreload], link[rel=preload][href$='.wasm']",
                    |el| {
                        el.remove();
                        Ok(())
                    }
                ),
                element!("script[src*='early-']", |el| {
                    el.replace(&inline.early_element(), ContentType::Html);
                    Ok(())
                }),
                element!("script[src*='loader-']", |el| {
                    // Still a module, its text inline; `async`: it runs once the head is
                    // parsed, so the widget's files load while the rest of the page does.
                    el.remove_attribute("src");
                    el.set_attribute("async", "")?;
                    el.remove_attribute("integrity");
                    el.set_inner_content(&inline.loader, ContentType::Html);
                    el.set_attribute(Hook::Glue.attribute(), &glue.0)?;
                    el.set_attribute(Hook::GlueIntegrity.attribute(), &glue.1)?;
                    el.set_attribute(Hook::Wasm.attribute(), &wasm.0)?;
                    el.set_attribute(Hook::WasmIntegrity.attribute(), &wasm.1)?;
                    Ok(())
                }),
                element!("div#app", |el| {
                    el.set_inner_content(body, ContentType::Html);
                    Ok(())
                }),
            ],
            ..RewriteStrSettings::default()
        },
    )
    .map_err(|e| format!("cannot write the {} page: {e}", lang.code()))
}

/// The server-rendered `html` without its comments: Leptos marks text-node boundaries with `<!>`
/// for hydration, which nothing does here (the widget reads the page, it does not hydrate it), and
/// to an HTML parser they are bogus comments: the Nu HTML Checker counts each as an error.
pub fn without_comments(html: &str) -> Result<String, String> {
    rewrite_str(
        html,
        RewriteStrSettings {
            document_content_handlers: vec![doc_comments!(|c| {
                c.remove();
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )
    .map_err(|e| format!("cannot clean the rendered page: {e}"))
}

/// Puts `body` into the `<div id="app">` of a built page (for copies of the build that render
/// another report: the benchmarks' and the hostile data's).
pub fn replace_app(page: &str, body: &str) -> Result<String, String> {
    let body = &without_comments(body)?;
    let found = RefCell::new(false);
    let out = rewrite_str(
        page,
        RewriteStrSettings {
            element_content_handlers: vec![element!("div#app", |el| {
                *found.borrow_mut() = true;
                el.set_inner_content(body, ContentType::Html);
                Ok(())
            })],
            ..RewriteStrSettings::default()
        },
    )
    .map_err(|e| e.to_string())?;
    if found.into_inner() {
        Ok(out)
    } else {
        Err("no <div id=\"app\"> to render into".to_owned())
    }
}

/// Joins the stylesheets Trunk linked (one file per part of the page, for the people who edit
/// them) into one stylesheet, in their order, for the pages to carry inline. The separate files
/// are removed from the build.
fn bundle_stylesheets(dir: &Path, hrefs: &[String]) -> Result<String, String> {
    let mut css = String::new();
    for href in hrefs {
        css.push_str(&take_file(dir, href)?);
        css.push('\n');
    }
    Ok(css)
}

/// The text of the built file `href`, which is then removed from the build (the pages carry it).
fn take_file(dir: &Path, href: &str) -> Result<String, String> {
    let path = dir.join(href.trim_start_matches("./"));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    std::fs::remove_file(&path).map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    Ok(text)
}

/// What every page carries inline, so that its first paint needs nothing but the page itself
/// (one round trip): the stylesheet; `early.js`, which settles the page's form before it shows;
/// and `loader.js`, which starts the widget after the first paint (as a file it was one more
/// request before the page was complete). The Content-Security-Policy allows exactly these three
/// by their hashes (`'sha256-…'`), which the build writes for the servers: `csp-hashes.json`
/// (scripts/serve.mjs) and `nap1325-csp.conf` (nginx, deploy/nginx/).
struct Inline {
    style: String,
    early: String,
    loader: String,
}

impl Inline {
    fn style_element(&self) -> String {
        format!("<style>{}</style>", self.style)
    }

    fn early_element(&self) -> String {
        format!("<script>{}</script>", self.early)
    }

    fn write_policy(&self, dir: &Path) -> Result<(), String> {
        // Inline text ends at the first closing tag of its kind: none may hold one.
        if self.style.to_ascii_lowercase().contains("</style") {
            return Err("the stylesheet holds `</style`: it cannot be inlined".into());
        }
        for (file, text) in [("early.js", &self.early), ("loader.js", &self.loader)] {
            if text.to_ascii_lowercase().contains("</script") {
                return Err(format!("{file} holds `</script`: it cannot be inlined"));
            }
        }
        let scripts = [csp_hash(&self.early), csp_hash(&self.loader)];
        let style = csp_hash(&self.style);
        let json = serde_json::json!({ "script-src": scripts, "style-src": [style] });
        let script = scripts.join(" ");
        std::fs::write(dir.join("csp-hashes.json"), format!("{json}\n"))
            .map_err(|e| format!("cannot write csp-hashes.json: {e}"))?;
        let conf = format!(
            "# Written by the build (xtask prerender): the hashes of the inline script and style of\n\
             # this build's pages, for the Content-Security-Policy of deploy/nginx/nap1325.conf.\n\
             set $nap1325_script_hashes \"{script}\";\nset $nap1325_style_hashes \"{style}\";\n"
        );
        std::fs::write(dir.join("nap1325-csp.conf"), conf)
            .map_err(|e| format!("cannot write nap1325-csp.conf: {e}"))
    }
}

/// The policy's source for one inline element with `text`: `'sha256-…'`.
fn csp_hash(text: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// Writes `embed.html`, the page for web editors: the stylesheet of the built page, the guide, and
/// the snippet builder `embed.js` (copied by Trunk), with integrity hashes for the scripts.
fn write_embed_page(dir: &Path, stylesheet: &str, report: &Report) -> Result<(), String> {
    use nap1325_page::{EmbedGuide, Page};
    let host_integrity = integrity(&dir.join("embed-host.js"))?;
    let builder_integrity = integrity(&dir.join("embed.js"))?;
    let body = without_comments(&Owner::new().with(|| {
        provide_context(Page::new(report.clone(), Lang::Nl));
        view! { <EmbedGuide host_integrity/> }.to_html()
    }))?;
    let page = format!(
        "<!doctype html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"referrer\" content=\"no-referrer\"><title>De NAP1325-IV-widget insluiten</title><link rel=\"icon\" href=\"data:,\">\
         {stylesheet}<script src=\"embed.js\" integrity=\"{builder_integrity}\" defer></script></head>\
         <body><div class=\"report\">{body}</div></body></html>\n"
    );
    std::fs::write(dir.join("embed.html"), page)
        .map_err(|e| format!("cannot write embed.html: {e}"))
}

/// The `sha384-…` Subresource Integrity value of a file (the glue and the wasm as they ship, the
/// host script).
fn integrity(path: &Path) -> Result<String, String> {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha384::digest(&bytes))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page as Trunk writes it: minified, without `<head>`, attributes quoted or not.
    const BUILT: &str = "<!doctype html><html lang=\"nl\"><meta charset=utf-8><title>x</title>\
        <meta content=\"old\" name=description><script src=./early-5.js integrity=sha384-E></script>\
        <link href=./a-1.css rel=stylesheet>\
        <link rel=\"stylesheet\" href=\"./b-2.css\"><link href=nojs.css rel=stylesheet>\
        <link href=./app-3.js integrity=sha384-G rel=modulepreload crossorigin=anonymous>\
        <link href=./app-3_bg.wasm integrity=sha384-W rel=preload as=fetch type=application/wasm crossorigin=anonymous>\
        <script src=./loader-4.js type=module integrity=sha384-L></script></head><body><div id=app></div></body></html>";

    #[test]
    fn rendered_markup_keeps_no_comment() {
        assert_eq!(
            without_comments("<p>Een <!>tekst<!-- x --> met <b>nadruk</b><!></p>").unwrap(),
            "<p>Een tekst met <b>nadruk</b></p>"
        );
    }

    #[test]
    fn the_built_page_is_read_and_rewritten_whatever_its_quoting() {
        let linked = read_links(BUILT).unwrap();
        assert_eq!(linked.stylesheets, ["./a-1.css", "./b-2.css"]);
        assert_eq!(linked.glue, Some(("./app-3.js".into(), "sha384-G".into())));
        assert_eq!(
            linked.wasm,
            Some(("./app-3_bg.wasm".into(), "sha384-W".into()))
        );
        assert_eq!(linked.early.as_deref(), Some("./early-5.js"));
        let inline = Inline {
            style: "p{color:red}".into(),
            early: "document.documentElement.className='js'".into(),
            loader: "await start()".into(),
        };
        let page = write_page(
            BUILT,
            &linked,
            &inline,
            Lang::En,
            Some(("A <title>", "A \"description\"")),
            "<p>report</p>",
        )
        .unwrap();
        assert!(page.contains("<html lang=\"en\">"), "{page}");
        assert!(page.contains("<title>A &lt;title&gt;</title>"), "{page}");
        assert!(
            page.contains("content=\"A &quot;description&quot;\""),
            "{page}"
        );
        // The stylesheets and early.js travel inside the page: nothing to fetch before it paints.
        assert_eq!(
            page.matches("<style>p{color:red}</style>").count(),
            1,
            "{page}"
        );
        assert_eq!(page.matches("rel=\"stylesheet\"").count(), 0, "{page}");
        assert!(page.contains("<script>document.documentElement.className='js'</script>"));
        assert!(!page.contains("early-5.js"), "{page}");
        assert!(
            page.contains("nojs.css"),
            "the no-script stylesheet stays: {page}"
        );
        assert!(!page.contains("modulepreload") && !page.contains("rel=preload"));
        // loader.js inline, still a module, carrying the widget's files and their hashes.
        assert!(page.contains(
            "<script type=module async=\"\" data-glue=\"./app-3.js\" data-glue-integrity=\"sha384-G\" data-wasm=\"./app-3_bg.wasm\" data-wasm-integrity=\"sha384-W\">await start()</script>"
        ), "{page}");
        assert!(
            !page.contains("loader-4.js") && !page.contains("sha384-L"),
            "{page}"
        );
        assert!(page.contains("<link rel=\"alternate\" hreflang=\"nl\" href=\"./\"><link rel=\"alternate\" hreflang=\"en\" href=\"en.html\">"));
        assert!(page.contains("<div id=app><p>report</p></div>"), "{page}");
        assert!(replace_app(&page, "<p>other</p>")
            .unwrap()
            .contains("<div id=app><p>other</p></div>"));
        assert!(replace_app("<p>no app</p>", "x").is_err());
    }

    #[test]
    fn the_policy_names_each_inline_element_by_its_hash() {
        // The sha256 of "a", as `echo -n a | openssl dgst -sha256 -binary | base64` gives it.
        assert_eq!(
            csp_hash("a"),
            "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='"
        );
        let dir = std::env::temp_dir().join(format!("nap1325-policy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let inline = Inline {
            style: "a".into(),
            early: "b".into(),
            loader: "c".into(),
        };
        inline.write_policy(&dir).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("csp-hashes.json")).unwrap())
                .unwrap();
        assert_eq!(json["style-src"][0], csp_hash("a"));
        assert_eq!(
            json["script-src"],
            serde_json::json!([csp_hash("b"), csp_hash("c")])
        );
        let conf = std::fs::read_to_string(dir.join("nap1325-csp.conf")).unwrap();
        assert!(conf.contains(&format!("set $nap1325_style_hashes \"{}\";", csp_hash("a"))));
        assert!(conf.contains(&format!(
            "set $nap1325_script_hashes \"{} {}\";",
            csp_hash("b"),
            csp_hash("c")
        )));
        let closing = Inline {
            style: "a</STYLE>".into(),
            early: "b".into(),
            loader: "c".into(),
        };
        assert!(closing.write_policy(&dir).unwrap_err().contains("</style"));
        let closing = Inline {
            style: "a".into(),
            early: "b".into(),
            loader: "c</script>".into(),
        };
        assert!(closing
            .write_policy(&dir)
            .unwrap_err()
            .contains("loader.js"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_page_without_the_widgets_files_is_an_error() {
        let error = read_links("<html><script src=./loader-4.js></script></html>").unwrap_err();
        assert!(error.contains("modulepreload"), "{error}");
    }

    #[test]
    fn the_scenery_is_named_by_its_content_once() {
        let dir = std::env::temp_dir().join(format!("nap1325-scenery-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(SCENERY), "<svg></svg>").unwrap();
        let name = name_scenery_by_content(&dir).unwrap();
        assert!(
            name.starts_with("world-")
                && name.ends_with(".svg")
                && name.len() == "world-.svg".len() + 16,
            "{name}"
        );
        assert!(!dir.join(SCENERY).exists() && dir.join(&name).exists());
        // Run again on the same build, and read by a later step: the same name.
        assert_eq!(name_scenery_by_content(&dir).unwrap(), name);
        assert_eq!(scenery_in(&dir).unwrap(), name);
        std::fs::remove_file(dir.join(&name)).unwrap();
        let error = scenery_in(&dir).unwrap_err();
        assert!(error.contains("no map scenery"), "{error}");
        std::fs::remove_dir(&dir).unwrap();
    }
}
