//! The report's headline figures, each with the rule it is counted by, so that the page says
//! exactly what it counts and the proof sheet can tell the content owner how. Also the map's
//! one-sentence text alternative, which counts the same way. Pure: no `leptos`.

use std::collections::BTreeSet;

use crate::i18n;
use crate::model::{Lang, Report, Role};

/// A figure of the first screen: how many, of what, and how it is counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Figure {
    pub count: usize,
    /// What is counted, after the number: "landen en gebieden buiten Nederland met resultaten".
    pub what: String,
    /// The rule, for the proof sheet.
    pub counted: String,
}

/// The countries and territories outside the reporting country where the letter reports results
/// achieved or supported (role `results`), by code.
pub fn result_places(report: &Report) -> BTreeSet<&str> {
    places_with_role(report, Role::Results)
}

/// The countries and territories outside the reporting country that have `role` in some result.
pub fn places_with_role(report: &Report, role: Role) -> BTreeSet<&str> {
    report
        .results
        .iter()
        .flat_map(|r| &r.countries)
        .filter(|place| place.role == role && place.code != report.info.reporting_country)
        .map(|place| place.code.as_str())
        .collect()
}

/// The ministries responsible for at least one result: a portfolio within another ministry (BHO
/// within BZ) counts as that ministry, in the taxonomy's order.
pub fn responsible_ministries(report: &Report) -> Vec<&str> {
    let used: BTreeSet<&str> = report
        .results
        .iter()
        .flat_map(|r| &r.ministries)
        .filter_map(|id| report.ministry(id))
        .map(|m| m.ministry_id())
        .collect();
    report
        .taxonomy
        .ministries
        .iter()
        .map(|m| m.id.as_str())
        .filter(|id| used.contains(id))
        .collect()
}

/// The headline figures: results, countries and territories with results, ministries.
pub fn headline(report: &Report, lang: Lang) -> Vec<Figure> {
    let reporting = report
        .country(&report.info.reporting_country)
        .map_or(report.info.reporting_country.as_str(), |c| c.name.get(lang));
    let results = report.results.len();
    let places = result_places(report);
    let ministries = responsible_ministries(report);
    let ministry_names: Vec<String> = ministries
        .iter()
        .filter_map(|id| report.ministry(id))
        .map(|m| m.name.get(lang).to_owned())
        .collect();
    let within: Vec<String> = report
        .taxonomy
        .ministries
        .iter()
        .filter(|m| m.part_of.is_some())
        .map(|m| m.name.get(lang).to_owned())
        .collect();
    let place_names: Vec<String> = places
        .iter()
        .filter_map(|code| report.country(code))
        .map(|c| c.name.get(lang).to_owned())
        .collect();
    vec![
        Figure {
            count: results,
            what: i18n::results_word(lang, results).to_owned(),
            counted: i18n::results_counted(lang),
        },
        Figure {
            count: places.len(),
            what: i18n::result_places_word(lang, places.len(), reporting),
            counted: i18n::result_places_counted(
                lang,
                reporting,
                &i18n::join_names(lang, &place_names),
            ),
        },
        Figure {
            count: ministries.len(),
            what: i18n::ministries_word(lang, ministries.len()).to_owned(),
            counted: i18n::ministries_counted(
                lang,
                &i18n::join_names(lang, &ministry_names),
                &i18n::join_names(lang, &within),
            ),
        },
    ]
}

/// The map's one-sentence text alternative: every country and territory on it by role, counted as
/// the headline counts them, and the places that are not countries.
pub fn map_summary(report: &Report, lang: Lang) -> String {
    let on_map = report
        .countries
        .iter()
        .filter(|c| c.code != report.info.reporting_country)
        .count();
    let by_role: Vec<(Role, usize)> = Role::ALL
        .into_iter()
        .map(|role| (role, places_with_role(report, role).len()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let not_countries: Vec<String> = report
        .taxonomy
        .regions
        .iter()
        .map(|r| r.name.get(lang).to_owned())
        .collect();
    let reporting = report
        .country(&report.info.reporting_country)
        .map_or(report.info.reporting_country.as_str(), |c| c.name.get(lang));
    i18n::map_summary(lang, reporting, on_map, &by_role, &not_countries)
}
