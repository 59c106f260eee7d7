//! The downloads: the shown results as CSV or JSON, made in the browser from the download data the
//! build wrote (`export.nl.json`, `export.en.json`), fetched only when asked for.

use std::rc::Rc;

use js_sys::{Array, Object, Reflect, JSON};
use nap1325_core::export::{csv, data_file, file_name};
use nap1325_core::hooks::Hook;
use nap1325_core::i18n::Ui;
use nap1325_core::update::Format;
use reactive_graph::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::dom::{report_error, today, value};
use crate::Runtime;

/// Starts a download of the shown results; if it fails, the visitor hears so in the live region
/// and the console says why.
pub fn download(runtime: Rc<Runtime>, format: Format) {
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(error) = make(&runtime, format).await {
            report_error(&format!("the download failed: {}", describe(&error)));
            runtime.announce(Ui::DownloadFailed.get(runtime.contents.lang));
        }
    });
}

/// A failure in words: a JavaScript error's message, or what the widget said.
fn describe(error: &JsValue) -> String {
    error
        .as_string()
        .or_else(|| {
            Reflect::get(error, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| String::from(js_sys::Object::from(error.clone()).to_string()))
}

/// A result the download data lacks: the page and the data come from different builds. A short
/// download would say nothing of it; this fails it.
fn missing(id: &str) -> JsValue {
    JsValue::from_str(&format!(
        "the download data has no result \"{id}\" (a stale download data file?)"
    ))
}

async fn make(runtime: &Runtime, format: Format) -> Result<(), JsValue> {
    let lang = runtime.contents.lang;
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&data_file(lang)))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(JsValue::from_str(&format!(
            "{} answered {}",
            data_file(lang),
            response.status()
        )));
    }
    let data = JSON::parse(
        &JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default(),
    )?;
    let shown: Vec<String> = runtime.state.passing.with_untracked(|passing| {
        runtime
            .page
            .cards
            .iter()
            .zip(passing)
            .filter(|(_, shown)| **shown)
            .filter_map(|(card, _)| value(&card.element, Hook::Result))
            .collect()
    });
    let today = today();
    let today = (today.year, today.month, today.day);
    let view = runtime.state.view.with_untracked(|v| v.link());
    let (text, mime, extension) = match format {
        Format::Csv => {
            let header = Reflect::get(&data, &"header".into())?
                .as_string()
                .unwrap_or_default();
            let rows = Reflect::get(&data, &"rows".into())?;
            let mut lines: Vec<String> = Vec::with_capacity(shown.len());
            for id in &shown {
                let line = Reflect::get(&rows, &id.into())?
                    .as_string()
                    .ok_or_else(|| missing(id))?;
                lines.push(line);
            }
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            (csv(&header, &lines), "text/csv;charset=utf-8", "csv")
        }
        Format::Json => {
            let records = Reflect::get(&data, &"records".into())?;
            let results = Array::new();
            for id in &shown {
                let record = Reflect::get(&records, &id.into())?;
                if record.is_undefined() || record.is_null() {
                    return Err(missing(id));
                }
                results.push(&record);
            }
            let out = Object::new();
            Reflect::set(
                &out,
                &"source".into(),
                &Reflect::get(&data, &"source".into())?,
            )?;
            let exported = format!("{:04}-{:02}-{:02}", today.0, today.1, today.2);
            Reflect::set(&out, &"exported".into(), &exported.into())?;
            Reflect::set(
                &out,
                &"view".into(),
                &nap1325_core::url::write(&view).into(),
            )?;
            Reflect::set(&out, &"results".into(), &results)?;
            let text = JSON::stringify_with_replacer_and_space(&out, &JsValue::NULL, &2.into())?;
            (
                text.as_string().unwrap_or_default(),
                "application/json;charset=utf-8",
                "json",
            )
        }
    };
    save(&text, mime, &file_name(today, &view, lang, extension))
}

/// Hands `text` to the browser as a file download.
fn save(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}
