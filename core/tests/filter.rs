//! Filtering, search and the URL, natively: the examples the issues name, and properties over
//! arbitrary input (proptest).
#![cfg(not(target_arch = "wasm32"))]

use nap1325_content::BUNDLED;
use nap1325_core::filter::{fold, highlight, search_terms, Facet, Filters, Index};
use nap1325_core::model::{load, Lang, Report};
use nap1325_core::url;
use nap1325_core::view_state::ViewState;
use proptest::prelude::*;

fn report() -> Report {
    load(&BUNDLED).unwrap()
}

fn shown_ids(report: &Report, index: &Index, filters: &Filters) -> Vec<String> {
    index
        .visible(filters)
        .iter()
        .zip(&report.results)
        .filter(|(shown, _)| **shown)
        .map(|(_, r)| r.id.clone())
        .collect()
}

#[test]
fn defensie_and_protection_gives_the_defence_protection_results() {
    let report = report();
    let index = Index::for_report(&report, Lang::Nl);
    let mut filters = Filters::default();
    filters.toggle(Facet::Ministry, "Defensie");
    filters.toggle(Facet::Goal, "protection");
    assert_eq!(
        shown_ids(&report, &index, &filters),
        ["eufor-althea-and-iraq"]
    );
    // Within a facet options combine with OR.
    filters.toggle(Facet::Goal, "mainstreaming");
    assert_eq!(shown_ids(&report, &index, &filters).len(), 5);
    // The counts say what each option would leave given the other facets.
    let counts = index.option_counts(&filters, Facet::Ministry);
    let by_hand = |ministry: &str| {
        report
            .results
            .iter()
            .filter(|r| r.ministries.iter().any(|m| m == ministry))
            .filter(|r| {
                r.goals
                    .iter()
                    .any(|g| g == "protection" || g == "mainstreaming")
            })
            .count()
    };
    assert_eq!(counts.get("Defensie"), Some(&by_hand("Defensie")));
    assert_eq!(counts.get("BZ"), Some(&by_hand("BZ")));
    assert_eq!(counts.get("OCW"), Some(&by_hand("OCW")));
}

#[test]
fn searching_oekraine_finds_the_ukrainian_results_in_either_language() {
    let report = report();
    for (lang, query) in [(Lang::Nl, "oekraine"), (Lang::En, "ukraine")] {
        let index = Index::for_report(&report, lang);
        let filters = Filters::searching(query);
        let shown = shown_ids(&report, &index, &filters);
        assert!(
            shown.contains(&"ukrainian-women-fund".to_owned()),
            "{lang:?}: {shown:?}"
        );
        assert!(shown.contains(&"mhpss-integration".to_owned()), "{lang:?}");
        assert!(!shown.contains(&"colombia-peace-process".to_owned()));
    }
    let index = Index::for_report(&report, Lang::Nl);
    let syria = Filters::searching("syrie");
    assert!(shown_ids(&report, &index, &syria).contains(&"syrian-women-advisory-board".to_owned()));
    // Several words narrow the result.
    let narrower = Filters::searching("oekraine rode kruis");
    assert!(
        shown_ids(&report, &index, &narrower).len()
            < shown_ids(&report, &index, &Filters::searching("oekraine")).len()
    );
}

#[test]
fn footnote_texts_are_searched_too() {
    let report = report();
    let index = Index::for_report(&report, Lang::Nl);
    // "Motie Dobbe" stands only in footnote 7, cited by the Gaza result.
    let filters = Filters::searching("dobbe");
    assert_eq!(
        shown_ids(&report, &index, &filters),
        ["gaza-palestine-red-crescent"]
    );
}

fn arbitrary_filters(report: &Report) -> impl Strategy<Value = Filters> {
    let index = Index::for_report(report, Lang::Nl);
    let options: Vec<(Facet, String)> = Facet::ALL
        .into_iter()
        .flat_map(|facet| index.totals(facet).into_keys().map(move |v| (facet, v)))
        .collect();
    (
        proptest::sample::subsequence(options.clone(), 0..6),
        "[a-zé ]{0,8}",
    )
        .prop_map(|(chosen, query)| {
            let mut filters = Filters::default();
            for (facet, value) in chosen {
                filters.toggle(facet, &value);
            }
            filters.query = query;
            filters
        })
}

proptest! {
    #[test]
    fn adding_a_filter_never_adds_results(filters in arbitrary_filters(&report()), extra in 0usize..200, word in "[a-z]{1,4}") {
        let report = report();
        let index = Index::for_report(&report, Lang::Nl);
        let before = index.visible(&filters);
        // Narrow by another facet option, or by another search word.
        let facet = Facet::ALL[extra % Facet::ALL.len()];
        let options: Vec<String> = index.totals(facet).into_keys().collect();
        let option = &options[extra % options.len()];
        let mut narrower = filters.clone();
        if filters.chosen(facet).next().is_none() {
            narrower.toggle(facet, option);
        }
        let mut by_word = filters.clone();
        by_word.query = format!("{} {word}", filters.query);
        for after in [index.visible(&narrower), index.visible(&by_word)] {
            for (was, is) in before.iter().zip(&after) {
                prop_assert!(*was || !*is, "a result appeared");
            }
        }
    }

    #[test]
    fn each_count_is_what_choosing_that_option_alone_would_show(filters in arbitrary_filters(&report())) {
        let report = report();
        let index = Index::for_report(&report, Lang::Nl);
        let outcome = index.outcome(&filters);
        for facet in Facet::ALL {
            for option in index.totals(facet).keys() {
                let mut only = filters.clone();
                only.clear(facet);
                only.toggle(facet, option);
                let shown = index.visible(&only).iter().filter(|v| **v).count();
                prop_assert_eq!(outcome.counts(facet).get(option).copied().unwrap_or(0), shown, "{:?} {}", facet, option);
            }
        }
    }

    #[test]
    fn clearing_all_gives_every_result(
mut filters in arbitrary_filters(&report())) {
        let report = report();
        let index = Index::for_report(&report, Lang::Nl);
        filters.clear_all();
        prop_assert!(filters.is_empty());
        prop_assert!(index.visible(&filters).iter().all(|shown| *shown));
    }

    #[test]
    fn folding_is_idempotent(text in "\\PC{0,40}") {
        prop_assert_eq!(fold(&fold(&text)), fold(&text));
    }

    #[test]
    fn highlighting_keeps_the_text(text in "\\PC{0,60}", query in "\\PC{0,10}") {
        let pieces = highlight(&text, &search_terms(&query));
        prop_assert_eq!(pieces.iter().map(|(p, _)| *p).collect::<String>(), text);
    }

    #[test]
    fn any_query_string_parses_without_panic(query in "\\PC{0,200}") {
        let state = url::parse(&query);
        // What was read writes back and reads again to the same view.
        prop_assert_eq!(url::parse(&url::write(&state)), state);
    }

    #[test]
    fn any_byte_soup_parses_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = url::parse(&text);
        let _ = url::decode(&text);
    }

    #[test]
    fn chosen_views_survive_the_url(filters in arbitrary_filters(&report())) {
        let state = ViewState { filters, ..ViewState::default() };
        let mut expected = state.clone();
        expected.filters.query = expected.filters.query.trim().to_owned();
        prop_assert_eq!(url::parse(&url::write(&state)), expected);
    }
}

#[test]
fn every_letter_in_the_data_folds_for_search() {
    // Next year's letter may name Łódź or Timișoara: whatever letter the data holds, search finds
    // it typed without its accents.
    let texts = [
        BUNDLED.report.text,
        BUNDLED.taxonomy.text,
        BUNDLED.countries.text,
        BUNDLED.results.text,
        BUNDLED.footnotes.text,
    ];
    for c in texts.iter().flat_map(|t| t.chars()) {
        if c.is_alphabetic() && !c.is_ascii() {
            let folded = fold(&c.to_string());
            assert!(
                folded.chars().all(|f| f.is_ascii_lowercase()),
                "{c} (U+{:04X}) folds to {folded}",
                u32::from(c)
            );
        }
    }
}
