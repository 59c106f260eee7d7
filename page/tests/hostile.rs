//! Outside input the widget must survive: data files with hostile or absurd content, and arbitrary
//! bytes in place of any data file. Each is either rejected by validation with a message naming
//! the file and the field, or rendered as inert text. Nothing panics.

use leptos::prelude::*;
use nap1325_content::BUNDLED;
use nap1325_core::filter::{Filters, Index};
use nap1325_core::model::{load, DataFiles, Lang};
use nap1325_page::App;
use proptest::prelude::*;
use serde_json::Value;

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The shipped data with `results.json` changed by `edit`.
fn with_results(edit: impl FnOnce(&mut Vec<Value>)) -> DataFiles<'static> {
    let mut json: Value = serde_json::from_str(BUNDLED.results.text).unwrap();
    edit(json["results"].as_array_mut().unwrap());
    let mut files = BUNDLED;
    files.results.text = leak(json.to_string());
    files
}

fn render(files: DataFiles<'static>, lang: Lang) -> String {
    Owner::new().with(|| view! { <App files lang/> }.to_html())
}

#[test]
fn markup_in_the_data_is_shown_as_text_never_run() {
    let script = "<script>alert('title')</script>";
    let image = "<img src=x onerror=alert(1)>";
    let files = with_results(|results| {
        results[0]["title"]["nl"] = Value::from(format!("Steun {script} & \"citaat\""));
        let text = results[1]["text"]["nl"].as_str().unwrap().to_owned();
        results[1]["text"]["nl"] = Value::from(format!(
            "{text} Tekst {image} en <a href=\"javascript:alert(1)\">klik</a>."
        ));
    });
    // Markup is just text to the validation: it is valid data (only links are checked, and those
    // are structured references, never URLs in running text).
    let report = load(&files).map_err(|e| e.to_string()).unwrap();
    let html = render(files, Lang::Nl);
    for raw in [script, image, "<iframe", "<a href=\"javascript:"] {
        assert!(!html.contains(raw), "`{raw}` reached the page as markup");
    }
    assert!(
        html.contains(
            "Steun &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &amp; &quot;citaat&quot;"
        ) || html.contains("Steun &lt;script&gt;alert('title')&lt;/script&gt; &amp; \"citaat\"")
    );
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // The search finds the text as a visitor sees it.
    let index = Index::for_report(&report, Lang::Nl);
    assert_eq!(
        index
            .visible(&Filters::searching("onerror"))
            .iter()
            .filter(|v| **v)
            .count(),
        1
    );
}

#[test]
fn markup_where_an_id_belongs_is_refused_with_its_place() {
    let files = with_results(|results| {
        results[4]["organisations"] = Value::from(vec!["</li></ul><iframe src=//evil.example>"]);
    });
    let error = load(&files).expect_err("not an organisation").to_string();
    assert!(
        error.contains("data/results.json at `results[4].organisations[0]`: unknown organisation"),
        "{error}"
    );
}

#[test]
fn links_other_than_https_to_the_official_hosts_are_refused() {
    let mut json: Value = serde_json::from_str(BUNDLED.footnotes.text).unwrap();
    for (i, url) in [
        "javascript:alert(1)",
        "data:text/html,<script>x</script>",
        "https://evil.example/x",
        "//www.rijksoverheid.nl/x",
    ]
    .iter()
    .enumerate()
    {
        json["footnotes"][1]["references"][0]["url"] = Value::from(*url);
        let mut files = BUNDLED;
        files.footnotes.text = leak(json.to_string());
        let error = load(&files).expect_err(url).to_string();
        assert!(
            error.contains("data/footnotes.json at `footnotes[1].references[0].url`"),
            "{i}: {error}"
        );
    }
}

#[test]
fn direction_controls_and_huge_strings_are_refused_with_their_place() {
    let files = with_results(|results| {
        results[4]["title"]["en"] = Value::from("Women\u{202E}nemow");
        results[5]["text"]["nl"] = Value::from("x".repeat(50_000));
    });
    let error = load(&files).expect_err("hostile text").to_string();
    assert!(
        error.contains(
            "data/results.json at `results[4].title.en`: contains U+202E (right-to-left override)"
        ),
        "{error}"
    );
    assert!(
        error.contains("data/results.json at `results[5].text.nl`: is 50000 characters long"),
        "{error}"
    );
}

#[test]
fn a_long_unbroken_word_is_valid_and_breaks_nothing() {
    // Within the limit, but one "word" of 4,000 letters: valid, and the page wraps it (CSS
    // `overflow-wrap`, checked by the end-to-end hostile-content test).
    let word = "ä".repeat(4_000);
    let files = with_results(|results| {
        let text = format!("{} {word}", results[0]["text"]["en"].as_str().unwrap());
        results[0]["text"]["en"] = Value::from(text);
    });
    load(&files).map_err(|e| e.to_string()).unwrap();
    assert!(render(files, Lang::En).contains(&word));
}

#[test]
fn ten_thousand_results_load_filter_and_render() {
    // The real results, then copies with new ids (without footnote markers: a footnote is cited
    // once, by the real result).
    let files = with_results(|results| {
        let real = results.clone();
        for i in real.len()..10_000 {
            let mut copy = real[i % real.len()].clone();
            copy["id"] = Value::from(format!("{}-{i}", copy["id"].as_str().unwrap()));
            for lang in ["nl", "en"] {
                let text = strip_markers(copy["text"][lang].as_str().unwrap());
                copy["text"][lang] = Value::from(text);
            }
            results.push(copy);
        }
    });
    let report = load(&files).map_err(|e| e.to_string()).unwrap();
    assert_eq!(report.results.len(), 10_000);
    let index = Index::for_report(&report, Lang::Nl);
    let shown = index
        .visible(&Filters::searching("oekraine"))
        .iter()
        .filter(|v| **v)
        .count();
    assert!(shown > 100, "{shown}");
    let html = render(files, Lang::Nl);
    assert_eq!(html.matches(" data-result=").count(), 10_000);
}

fn strip_markers(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("[^") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find(']').map_or("", |end| &rest[at + end + 1..]);
    }
    out.push_str(rest);
    out
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        "\\PC{0,20}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,12}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every string leaf's JSON pointer in `value`.
fn string_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.push(at),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                string_pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                string_pointers(item, format!("{at}/{key}"), out);
            }
        }
        _ => {}
    }
}

fn file_slot<'f>(files: &'f mut DataFiles<'static>, n: usize) -> &'f mut &'static str {
    match n % 5 {
        0 => &mut files.report.text,
        1 => &mut files.taxonomy.text,
        2 => &mut files.countries.text,
        3 => &mut files.results.text,
        _ => &mut files.footnotes.text,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any bytes in place of a data file: an error naming that file, never a panic.
    #[test]
    fn any_bytes_in_a_data_file_give_an_error_naming_it(n in 0usize..5, bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let mut files = BUNDLED;
        *file_slot(&mut files, n) = leak(String::from_utf8_lossy(&bytes).into_owned());
        let name = files.names()[n % 5];
        if let Err(error) = load(&files) {
            prop_assert!(error.problems.iter().any(|p| p.to_string().starts_with(name)), "{}", error);
        }
    }

    /// Any JSON in place of a data file: loads or says what is wrong, never panics.
    #[test]
    fn any_json_in_a_data_file_is_handled(n in 0usize..5, value in json()) {
        let mut files = BUNDLED;
        *file_slot(&mut files, n) = leak(value.to_string());
        let _ = load(&files);
    }

    /// The real files with one string replaced by anything: loads (and renders) or says what is
    /// wrong, never panics.
    #[test]
    fn any_string_anywhere_is_handled(n in 0usize..5, pick in any::<prop::sample::Index>(), text in "\\PC{0,40}|[\\u{202A}-\\u{202E}<>&\"'\\n]{0,8}") {
        let mut files = BUNDLED;
        let slot = file_slot(&mut files, n);
        let mut json: Value = serde_json::from_str(slot).unwrap();
        let mut pointers = Vec::new();
        string_pointers(&json, String::new(), &mut pointers);
        let pointer = pick.get(&pointers).clone();
        *json.pointer_mut(&pointer).unwrap() = Value::from(text);
        *slot = leak(json.to_string());
        if load(&files).is_ok() {
            let html = render(files, Lang::Nl);
            prop_assert!(html.contains("data-report"));
        }
    }
}
