//! The headline figures and the map's summary count what they say (on the shipped data).
#![cfg(not(target_arch = "wasm32"))]

use nap1325_content::BUNDLED;
use nap1325_core::figures::{headline, map_summary, responsible_ministries, result_places};
use nap1325_core::model::{load, Lang, Role};

#[test]
fn the_figures_count_what_they_say() {
    let report = load(&BUNDLED).unwrap();
    let nl = headline(&report, Lang::Nl);
    assert_eq!(nl[0].count, report.results.len());
    // Results outside the reporting country: never a partner or a comparison only.
    let places = result_places(&report);
    assert!(!places.contains(report.info.reporting_country.as_str()));
    for code in &places {
        assert!(report.roles_of(code).contains(&Role::Results), "{code}");
    }
    assert_eq!(nl[1].count, places.len());
    // A portfolio within another ministry is not a ministry of its own.
    let ministries = responsible_ministries(&report);
    for id in &ministries {
        assert!(report.ministry(id).unwrap().part_of.is_none(), "{id}");
    }
    assert_eq!(nl[2].count, ministries.len());
    assert!(
        ministries.len() < report.taxonomy.ministries.len(),
        "BHO sits within BZ"
    );
    for lang in Lang::ALL {
        for figure in headline(&report, lang) {
            assert!(!figure.what.is_empty() && !figure.counted.is_empty());
        }
    }
}

#[test]
fn the_map_summary_counts_as_the_headline_does() {
    let report = load(&BUNDLED).unwrap();
    for lang in Lang::ALL {
        let summary = map_summary(&report, lang);
        let with_results = headline(&report, lang)[1].count;
        let phrase = format!("{} in {with_results}", Role::Results.label(lang));
        assert!(summary.contains(&phrase), "{summary}");
        for region in &report.taxonomy.regions {
            assert!(summary.contains(region.name.get(lang)), "{summary}");
        }
    }
    // Every role on the map is counted by the same rule as the headline's.
    for lang in Lang::ALL {
        let summary = map_summary(&report, lang);
        for role in Role::ALL {
            let n = nap1325_core::figures::places_with_role(&report, role).len();
            if n > 0 {
                assert!(
                    summary.contains(&format!("{} in {n}", role.label(lang))),
                    "{role:?} {n}: {summary}"
                );
            }
        }
    }
}
