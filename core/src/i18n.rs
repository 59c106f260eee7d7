//! Interface strings in Dutch and English. Content text lives in `data/`; this is only the widget's
//! own wording. Pure: no `leptos`.

use crate::model::Lang;

/// Declares every interface string once, with both translations side by side, so a missing
/// translation is a compile error and `Ui::ALL` lists every key for the tests.
macro_rules! ui_strings {
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        /// A fixed piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Ui {
            $($key,)*
        }

        impl Ui {
            pub const ALL: &'static [Ui] = &[$(Ui::$key,)*];

            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Ui::$key, Lang::Nl) => $nl,
                        (Ui::$key, Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

ui_strings! {
    LoadFailedTitle => "Het rapport kan nu niet worden getoond",
        "The report cannot be shown right now";
    LoadFailedBody => "Er is iets misgegaan bij het inlezen van de inhoud. De brief zelf staat op officielebekendmakingen.nl.",
        "Something went wrong while loading the content. The letter itself is available on officielebekendmakingen.nl.";
    LoadFailedDetails => "Details voor de redactie",
        "Details for the editors";
    LetterLink => "Lees de brief op officielebekendmakingen.nl",
        "Read the letter on officielebekendmakingen.nl";
    Reference => "Kenmerk",
        "Reference";
    Date => "Datum",
        "Date";
    Footnote => "Voetnoot",
        "Footnote";
    Footnotes => "Voetnoten",
        "Footnotes";
    Close => "Sluiten",
        "Close";
    CitedIn => "Genoemd bij",
        "Cited in";
    Introduction => "Inleiding",
        "Introduction";
    Responsible => "Verantwoordelijk (indeling redactie)",
        "Responsible (editors’ attribution)";
    Goals => "NAP-doel (indeling redactie)",
        "NAP goal (editors’ classification)";
    Year => "Jaar",
        "Year";
    Where => "Waar",
        "Where";
    Organisations => "Organisaties",
        "Organisations";
    SeeAlso => "Zie ook",
        "See also";
    NewTab => "(opent in een nieuw tabblad)",
        "(opens in a new tab)";
    EditorialNote => "Noot van de redactie",
        "Editors’ note";
    YearNotStated => "niet genoemd",
        "not stated";
    Signed => "Ondertekend door",
        "Signed by";
    UnofficialTranslation => "Deze Engelse tekst is een niet-officiële vertaling van de Nederlandse brief, gemaakt voor deze weergave.",
        "This English text is an unofficial translation of the Dutch letter, made for this widget.";
    ResultsHeading => "Resultaten",
        "Results";
    MapHeading => "Landen en gebieden in de brief",
        "Countries and territories in the letter";
    MapViews => "Kaartweergave",
        "Map view";
    ViewWorld => "Wereld",
        "World";
    ViewEurope => "Europa",
        "Europe";
    ViewMiddleEast => "Midden-Oosten",
        "Middle East";
    ViewAfrica => "Afrika",
        "Africa";
    MapPins => "Landen op de kaart",
        "Countries on the map";
    MapHint => "Kies een land op de kaart of in de lijst.",
        "Choose a country on the map or in the list.";
    MapKeys => "Met het toetsenbord: Tab naar de kaart, pijltjestoetsen om te kiezen, Enter om te selecteren, Esc om de keuze te wissen.",
        "By keyboard: Tab to the map, arrow keys to move, Enter to select, Esc to clear.";
    Legend => "Legenda",
        "Legend";
    ReportingCountry => "rapporterend land",
        "reporting country";
    CountryListHeading => "Landen en gebieden op de kaart",
        "Countries and territories on the map";
    RegionListHeading => "Genoemd, maar geen land",
        "Named, but not a country";
    ShowAll => "Toon alle resultaten",
        "Show all results";
    FiltersHeading => "Resultaten filteren",
        "Filter the results";
    FiltersHow => "Kies binnen een onderdeel meerdere opties om resultaten met een van die opties te zien (of); keuzes in verschillende onderdelen moeten allemaal gelden (en).",
        "Choose several options within a group to see results with any of them (or); choices in different groups must all apply (and).";
    Search => "Zoeken",
        "Search";
    SearchHint => "in titels, teksten, landen, organisaties en voetnoten; hoofdletters en accenten maken niet uit",
        "in titles, texts, countries, organisations and footnotes; capitals and accents do not matter";
    FacetSection => "Onderdeel van de brief",
        "Part of the letter";
    FacetMinistry => "Verantwoordelijk ministerie",
        "Responsible ministry";
    FacetMinistryHint => "Indeling door de redactie: de brief noemt niet bij elk resultaat een ministerie.",
        "Editors’ attribution: the letter does not name a ministry for every result.";
    FacetGoal => "NAP-doel",
        "NAP goal";
    FacetGoalHint => "Indeling door de redactie: de brief koppelt resultaten niet aan NAP-doelen.",
        "Editors’ classification: the letter does not link results to NAP goals.";
    FacetYear => "Jaar",
        "Year";
    FacetPlace => "Land of gebied",
        "Country or area";
    ActiveFilters => "Actieve filters",
        "Active filters";
    RemoveFilter => "Verwijder filter",
        "Remove filter";
    ClearAll => "Alle filters wissen",
        "Clear all filters";
    NoResults => "Geen resultaten voor deze keuze.",
        "No results for this choice.";
    SearchChip => "Zoekterm",
        "Search";
    ShowMore => "Toon meer resultaten",
        "Show more results";
    OtherLanguage => "English",
        "Nederlands";
    Downloads => "Getoonde resultaten downloaden",
        "Download the results shown";
    DownloadCsv => "als CSV (spreadsheet)",
        "as CSV (spreadsheet)";
    DownloadJson => "als JSON (gegevens)",
        "as JSON (data)";

    SkipLinks => "Snel naar",
        "Skip to";
    SkipToMap => "de kaart",
        "the map";
    SkipToFilters => "de filters en zoeken",
        "filters and search";
    SkipToResults => "de resultaten",
        "the results";
    KeyFigures => "In cijfers",
        "In figures";
    ReadIntroduction => "Lees de hele inleiding",
        "Read the whole introduction";
    FilterButton => "Filter",
        "Filter";
    PlaceLists => "Kies een land, gebied of organisatie",
        "Choose a country, territory or organisation";
    PlacePanelHeading => "Gekozen land of gebied",
        "Chosen country or area";
    ToResults => "Naar de resultaten",
        "To the results";
    PlaceListsHint => "Pijltjestoetsen: vorige en volgende; Enter of spatie: kiezen.",
        "Arrow keys: previous and next; Enter or space: choose.";
    StartFailed => "De filters en de kaart konden niet worden gestart; het rapport hieronder is volledig. Herlaad de pagina om het opnieuw te proberen.",
        "The filters and the map could not be started; the report below is complete. Reload the page to try again.";
    WidgetBroke => "Er ging iets mis in deze weergave; filters en kaart werken mogelijk niet. Herlaad de pagina.",
        "Something went wrong in this view; filters and map may not work. Please reload the page.";
    DownloadFailed => "Het downloaden is niet gelukt. Probeer het opnieuw.",
        "The download did not work. Please try again.";
    Present => "Presenteren",
        "Present";
    Print => "Afdrukken",
        "Print";
    Presentation => "Presentatie",
        "Presentation";
    Previous => "Vorige",
        "Previous";
    Next => "Volgende",
        "Next";
    LeavePresentation => "Sluiten",
        "Close";
    PresentationKeys => "Pijltjes, PageUp/PageDown of spatie: volgende en vorige stap; Home/End: eerste en laatste; O: overzicht; S: sprekersweergave; punt of B: scherm zwart; Esc: sluiten.",
        "Arrows, PageUp/PageDown or space: next and previous step; Home/End: first and last; O: overview; S: speaker view; full stop or B: black screen; Esc: close.";
    Overview => "Overzicht",
        "Overview";
    OverviewHeading => "Alle stappen",
        "All steps";
    SpeakerView => "Sprekersweergave",
        "Speaker view";
    SpeakerNotes => "Notities",
        "Notes";
    SpeakerNext => "Volgende stap",
        "Next step";
    SpeakerClock => "Tijd",
        "Time";
    LastStep => "Dit is de laatste stap.",
        "This is the last step.";
    BlackScreen => "Scherm zwart: druk op een toets om verder te gaan.",
        "Screen black: press any key to continue.";
    Plan => "Nationaal Actieplan 1325-IV",
        "National Action Plan 1325-IV";
    ReportingPeriod => "Verslagperiode",
        "Reporting period";
    PrintedOn => "Afgedrukt op",
        "Printed on";
    ViewAddress => "Deze weergave opnieuw openen:",
        "Open this view again:";
    AllResults => "Alle resultaten",
        "All results";
    ClassificationNote => "De verantwoordelijke ministeries, de NAP-doelen en de rollen van landen zijn een indeling door de redactie van deze weergave; de brief zelf koppelt resultaten niet aan NAP-doelen en noemt niet bij elk resultaat een ministerie.",
        "The responsible ministries, the NAP goals and the roles of countries have been classified by this widget’s editors; the letter itself does not link results to NAP goals and does not name a ministry for every result.";
    OutsidePeriod => "Buiten de verslagperiode",
        "Outside the reporting period";




}

/// "1 resultaat" / "3 resultaten".
pub fn results_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => "1 resultaat".to_owned(),
        (Lang::Nl, n) => format!("{n} resultaten"),
        (Lang::En, 1) => "1 result".to_owned(),
        (Lang::En, n) => format!("{n} results"),
    }
}

/// "12 van 38 resultaten" / "12 of 38 results"; all of them when nothing is filtered.
pub fn shown_count(lang: Lang, shown: usize, total: usize) -> String {
    if shown == total {
        return results_count(lang, total);
    }
    match lang {
        Lang::Nl => format!("{shown} van {}", results_count(lang, total)),
        Lang::En => format!("{shown} of {}", results_count(lang, total)),
    }
}

/// The label of the control that shows the next page of results: "Toon nog 60 van 255 resultaten".
pub fn show_more(lang: Lang, next: usize, remaining: usize) -> String {
    match lang {
        Lang::Nl => format!("Toon nog {next} van {}", results_count(lang, remaining)),
        Lang::En => format!("Show {next} more of {}", results_count(lang, remaining)),
    }
}

/// The step counter of the presentation: "7 / 32", and what a screen reader hears: "Stap 7 van 32".
pub fn step_counter(lang: Lang, step: usize, count: usize) -> (String, String) {
    let spoken = match lang {
        Lang::Nl => format!("Stap {step} van {count}"),
        Lang::En => format!("Step {step} of {count}"),
    };
    (format!("{step} / {count}"), spoken)
}

/// A pin's name: the country, its results and its roles, "Colombia: 2 resultaten (partnerland)".
pub fn pin_label(lang: Lang, name: &str, total: usize, roles: &str) -> String {
    format!("{name}: {} ({roles})", results_count(lang, total))
}

/// What the live region says when a place is selected: "Colombia: 2 resultaten".
pub fn place_selected(lang: Lang, name: &str, shown: usize) -> String {
    format!("{name}: {}", results_count(lang, shown))
}

/// What the live region says when the selection is cleared.
pub fn selection_cleared(lang: Lang, total: usize) -> String {
    match lang {
        Lang::Nl => format!("Keuze gewist: alle {}", results_count(lang, total)),
        Lang::En => format!("Selection cleared: all {}", results_count(lang, total)),
    }
}

/// The button that closes the filter panel on a phone: "Toon 12 resultaten".
pub fn show_results(lang: Lang, shown: usize) -> String {
    match lang {
        Lang::Nl => format!("Toon {}", results_count(lang, shown)),
        Lang::En => format!("Show {}", results_count(lang, shown)),
    }
}

/// The button that opens the filter panel on a phone: "Filter", or "Filter (2)" with two active.
pub fn filter_button(lang: Lang, active: usize) -> String {
    let word = Ui::FilterButton.get(lang);
    if active == 0 {
        word.to_owned()
    } else {
        format!("{word} ({active})")
    }
}

/// The button that shows every row of the place lists: "Alle 26 landen en gebieden".
pub fn all_places(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Nl => format!("Alle {n} landen en gebieden"),
        Lang::En => format!("All {n} countries and areas"),
    }
}

/// The place panel's link to the whole list when it shows only the first titles: "Alle 12
/// resultaten in de lijst".
pub fn all_in_list(lang: Lang, shown: usize) -> String {
    match lang {
        Lang::Nl => format!("Alle {} in de lijst", results_count(lang, shown)),
        Lang::En => format!("All {} in the list", results_count(lang, shown)),
    }
}

/// "resultaat" / "resultaten" after a number.
pub fn results_word(lang: Lang, n: usize) -> &'static str {
    match (lang, n) {
        (Lang::Nl, 1) => "resultaat",
        (Lang::Nl, _) => "resultaten",
        (Lang::En, 1) => "result",
        (Lang::En, _) => "results",
    }
}

/// How the results are counted (for the proof sheet).
pub fn results_counted(lang: Lang) -> String {
    match lang {
        Lang::Nl => "De resultaten zoals de redactie de brief indeelt: elk resultaat is een of meer hele, opeenvolgende zinnen van de brief, in de volgorde van de brief. De brief zelf telt geen resultaten.".to_owned(),
        Lang::En => "How the editors have divided the letter into results: each result is one or more complete, consecutive sentences of the letter, in the letter’s order. The letter itself does not count results.".to_owned(),
    }
}

/// "landen en gebieden buiten Nederland met resultaten" after a number.
pub fn result_places_word(lang: Lang, n: usize, reporting: &str) -> String {
    match (lang, n) {
        (Lang::Nl, 1) => format!("land of gebied buiten {reporting} met resultaten"),
        (Lang::Nl, _) => format!("landen en gebieden buiten {reporting} met resultaten"),
        (Lang::En, 1) => format!("country or territory outside the {reporting} with results"),
        (Lang::En, _) => format!("countries and territories outside the {reporting} with results"),
    }
}

/// How the countries and territories with results are counted (for the proof sheet).
pub fn result_places_counted(lang: Lang, reporting: &str, names: &str) -> String {
    match lang {
        Lang::Nl => format!("Landen en gebieden buiten {reporting} waar volgens de brief resultaten zijn behaald of gesteund (rol ‘resultaten’ bij ten minste één resultaat): {names}. Partnerlanden, landen waar alleen een missie was, landen die alleen onderwerp van inzet elders waren en landen die ter vergelijking worden genoemd, tellen niet mee. Regio’s en organisaties (het Midden-Oosten, de VN, de EU, de NAVO) zijn geen land en tellen niet mee."),
        Lang::En => format!("Countries and territories outside the {reporting} where, according to the letter, results were achieved or supported (role ‘results’ in at least one result): {names}. Partner countries, countries with only a mission, countries that were only the subject of action taken elsewhere and countries named for comparison are not counted. Regions and organisations (the Middle East, the UN, the EU, NATO) are not countries and are not counted."),
    }
}

/// "ministerie" / "ministeries" after a number.
pub fn ministries_word(lang: Lang, n: usize) -> &'static str {
    match (lang, n) {
        (Lang::Nl, 1) => "ministerie",
        (Lang::Nl, _) => "ministeries",
        (Lang::En, 1) => "ministry",
        (Lang::En, _) => "ministries",
    }
}

/// How the ministries are counted (for the proof sheet): `within` names the portfolios that sit
/// within another ministry.
pub fn ministries_counted(lang: Lang, names: &str, within: &str) -> String {
    let within = if within.is_empty() {
        String::new()
    } else {
        match lang {
            Lang::Nl => format!(" {within} heeft geen eigen ministerie en telt als het ministerie waarbinnen het valt."),
            Lang::En => format!(" {within} has no ministry of its own and is counted under the ministry it sits within."),
        }
    };
    match lang {
        Lang::Nl => format!("Ministeries die de redactie verantwoordelijk maakt voor ten minste één resultaat: {names}.{within} De brief wordt verzonden mede namens zes bewindspersonen."),
        Lang::En => format!("Ministries the editors attribute at least one result to: {names}.{within} The letter is sent on behalf of six members of the government."),
    }
}

/// What the filters leave, in words: "Alle resultaten (38)", or the active filters (their labels)
/// and the count: what a printout and a presentation say they show.
pub fn selection(lang: Lang, active: &[String], shown: usize) -> String {
    if active.is_empty() {
        return format!("{} ({shown})", Ui::AllResults.get(lang));
    }
    format!(
        "{}: {} · {}",
        Ui::ActiveFilters.get(lang),
        active.join("; "),
        results_count(lang, shown)
    )
}

/// The map's one-sentence text alternative: how many countries and territories outside the
/// reporting country it shows, how many have each role (`by_role`, roles without any left out),
/// and the places that are not countries.
pub fn map_summary(
    lang: Lang,
    reporting: &str,
    on_map: usize,
    by_role: &[(crate::model::Role, usize)],
    not_countries: &[String],
) -> String {
    let roles: Vec<String> = by_role
        .iter()
        .map(|(role, n)| format!("{} in {n}", role.label(lang)))
        .collect();
    let roles = join_names(lang, &roles);
    let list = join_names(lang, not_countries);
    let others = not_countries.len();
    match lang {
        Lang::Nl => format!(
            "De kaart toont {on_map} landen en gebieden buiten {reporting} die de brief noemt: {roles}; een land kan meer dan één rol hebben. Daarnaast noemt de brief {} die geen land zijn: {list}.",
            if others == 1 { "één gebied".to_owned() } else { format!("{others} gebieden en organisaties") }
        ),
        Lang::En => format!(
            "The map shows {on_map} countries and territories outside the {reporting} that the letter names: {roles}; a country can have more than one role. The letter also names {} that are not countries: {list}.",
            if others == 1 { "one area".to_owned() } else { format!("{others} areas and organisations") }
        ),
    }
}

/// Joins names as a sentence does: "a, b en c" / "a, b and c".
pub fn join_names(lang: Lang, names: &[String]) -> String {
    let and = match lang {
        Lang::Nl => " en ",
        Lang::En => " and ",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_string_has_both_translations() {
        for key in Ui::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.get(lang).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
            // Words that are the same in both languages.
            const SAME: [Ui; 1] = [Ui::FilterButton];
            if !SAME.contains(key) {
                assert_ne!(
                    key.get(Lang::Nl),
                    key.get(Lang::En),
                    "{key:?} is not translated"
                );
            }
        }
    }
}
