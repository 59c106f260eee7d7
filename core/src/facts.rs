//! What a result card says about a result, in words: the facts list and the text search finds.
//! Pure: the page renders these strings, and the filter index folds the same ones.

use crate::i18n::Ui;
use crate::model::rich::{footnote_numbers, plain};
use crate::model::{Lang, Report, ResultItem};

/// The facts a card lists, in words: who, which goal, when, where, with whom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardFacts {
    /// The responsible ministries.
    pub responsible: String,
    pub goals: String,
    pub years: String,
    /// The countries (with their roles) and areas; empty when the letter names none.
    pub places: String,
    pub organisations: String,
}

impl CardFacts {
    pub fn of(report: &Report, result: &ResultItem, lang: Lang) -> CardFacts {
        let names = |ids: &[String], name: &dyn Fn(&str) -> Option<String>| {
            ids.iter()
                .filter_map(|id| name(id))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let places: Vec<String> = result
            .countries
            .iter()
            .filter_map(|place| {
                let country = report.country(&place.code)?;
                Some(format!(
                    "{} ({})",
                    country.name.get(lang),
                    place.role.label(lang)
                ))
            })
            .chain(
                result
                    .regions
                    .iter()
                    .filter_map(|id| report.region(id).map(|r| r.name.get(lang).to_owned())),
            )
            .collect();
        CardFacts {
            responsible: names(&result.ministries, &|id| {
                report.ministry(id).map(|m| m.name.get(lang).to_owned())
            }),
            goals: names(&result.goals, &|id| {
                report.goal(id).map(|g| g.name.get(lang).to_owned())
            }),
            years: years_label(result, lang),
            places: places.join(", "),
            organisations: names(&result.organisations, &|id| {
                report.organisation(id).map(|o| o.name.get(lang).to_owned())
            }),
        }
    }

    /// As the card lists them, (term, value), leaving out the places and organisations the
    /// letter does not name.
    pub fn listed(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let mut facts = vec![
            (Ui::Responsible.get(lang), self.responsible.clone()),
            (Ui::Goals.get(lang), self.goals.clone()),
            (Ui::Year.get(lang), self.years.clone()),
        ];
        if !self.places.is_empty() {
            facts.push((Ui::Where.get(lang), self.places.clone()));
        }
        if !self.organisations.is_empty() {
            facts.push((Ui::Organisations.get(lang), self.organisations.clone()));
        }
        facts
    }
}

/// "2023", "2022, 2023", or "not stated".
pub fn years_label(result: &ResultItem, lang: Lang) -> String {
    if result.years.is_empty() {
        Ui::YearNotStated.get(lang).to_owned()
    } else {
        result
            .years
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The years of a result outside the report's period ("2021" of 2021–2022, in a report on
/// 2022–2023); a result without years falls within it.
pub fn outside_period(report: &Report, result: &ResultItem) -> Vec<u16> {
    let period = report.info.reporting_period;
    result
        .years
        .iter()
        .copied()
        .filter(|y| !(period.from..=period.to).contains(y))
        .collect()
}

/// A card's line for a result (partly) outside the report's period: "Buiten de verslagperiode
/// 2022–2023: 2024".
pub fn period_note(report: &Report, result: &ResultItem, lang: Lang) -> Option<String> {
    let outside = outside_period(report, result);
    if outside.is_empty() {
        return None;
    }
    let years: Vec<String> = outside.iter().map(ToString::to_string).collect();
    Some(format!(
        "{} {}: {}.",
        Ui::OutsidePeriod.get(lang),
        report.info.reporting_period.label(),
        years.join(", ")
    ))
}

/// The texts of a card that search looks in: title, text, the facts' values, and the texts of the
/// footnotes it cites. The page marks the same pieces with `data-search`.
pub fn search_parts(report: &Report, result: &ResultItem, lang: Lang) -> Vec<String> {
    let mut parts = vec![
        result.title.get(lang).to_owned(),
        plain(result.text.get(lang)),
    ];
    parts.extend(
        CardFacts::of(report, result, lang)
            .listed(lang)
            .into_iter()
            .map(|(_, value)| value),
    );
    parts.extend(
        footnote_numbers(result.text.get(lang))
            .into_iter()
            .filter_map(|n| report.footnote(n))
            .map(|f| f.text.get(lang).to_owned()),
    );
    parts
}
