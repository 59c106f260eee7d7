//! Content tests that pin the data to the letter (`data/source/`): what the letter says is in the
//! data, exactly once, with the right links. If the letter is edited, these fail first.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use nap1325_content::{BUNDLED, LETTER_FILE};
use nap1325_core::model::{load, Reference, Report, Role};
use xtask::letter;

fn report() -> Report {
    load(&BUNDLED).expect("the shipped data loads")
}

fn letter_text() -> String {
    std::fs::read_to_string(format!("{}/../{LETTER_FILE}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn urls(references: &[Reference]) -> Vec<String> {
    references.iter().map(Reference::url).collect()
}

const KST: &str = "https://zoek.officielebekendmakingen.nl/kst-";

#[test]
fn all_twelve_footnotes_are_present_with_their_numbers() {
    let numbers: Vec<u16> = report().footnotes.iter().map(|f| f.number).collect();
    assert_eq!(numbers, (1..=12).collect::<Vec<_>>());
}

#[test]
fn every_kamerstuk_of_each_footnote_is_there_once_with_its_official_url() {
    let expected: [(u16, &[&str]); 12] = [
        (1, &["26150-190", "26150-202"]),
        (2, &[]),
        (3, &["32735-370"]),
        (4, &["36045-166"]),
        (5, &[]),
        (6, &[]),
        (7, &["21501-02-2849"]),
        (8, &["27925-943", "29521-461"]),
        (9, &[]),
        (10, &["19637-3211"]),
        (11, &["30420-374"]),
        (
            12,
            &[
                "36200-V-72",
                "32735-370",
                "29237-183",
                "31793-252",
                "36180-25",
                "33694-12",
            ],
        ),
    ];
    let report = report();
    for (number, papers) in expected {
        let footnote = report.footnote(number).unwrap();
        let kamerstukken: Vec<String> = footnote
            .references
            .iter()
            .filter(|r| matches!(r, Reference::Kamerstuk(_)))
            .map(Reference::url)
            .collect();
        let wanted: Vec<String> = papers.iter().map(|p| format!("{KST}{p}.html")).collect();
        assert_eq!(kamerstukken, wanted, "footnote {number}");
        // The letter prints one "nr." per Kamerstuk: none is missing from the data.
        assert_eq!(
            footnote.text.nl.matches("nr.").count(),
            papers.len(),
            "footnote {number}"
        );
    }
}

#[test]
fn footnote_2_links_to_the_detailed_report_on_rijksoverheid() {
    assert_eq!(
        urls(&report().footnote(2).unwrap().references),
        ["https://www.rijksoverheid.nl/ministeries/ministerie-van-buitenlandse-zaken/documenten/rapporten/2025/02/20/rapportage-2022-2023-nationaal-actieplan-1325-vrouwen-vrede-en-veiligheid"]
    );
}

#[test]
fn the_letter_of_21_january_is_referenced_from_the_running_text() {
    let report = report();
    let citing: Vec<&str> = report
        .results
        .iter()
        .filter(|r| urls(&r.references).contains(&format!("{KST}36600-XVII-55.html")))
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(citing, ["wps-instrument-civil-society"]);
}

#[test]
fn every_country_the_letter_names_is_present_with_its_role() {
    // (code, how the letter names it, role)
    let named: [(&str, &str, Role); 21] = [
        ("UKR", "Oekraïne", Role::Results),
        ("USA", "Verenigde Staten", Role::Partner),
        ("GHA", "Ghana", Role::Partner),
        ("ZMB", "Zambia", Role::Partner),
        ("BDI", "Burundi", Role::Results),
        ("COL", "Colombia", Role::Results),
        ("COD", "Democratische Republiek Congo", Role::Results),
        ("MMR", "Myanmar", Role::Results),
        ("SDN", "Soedan", Role::Results),
        ("SSD", "Zuid-Soedan", Role::Results),
        ("IRQ", "Irak", Role::Mission),
        ("PSE", "Palestijnse Gebieden", Role::Results),
        ("SYR", "Syrian Women Advisory Board", Role::Results),
        ("AFG", "Afghanistan", Role::Results),
        ("LBN", "Force in Lebanon", Role::Mission),
        ("ISR", "Coordinator for Israel", Role::Mission),
        ("DEU", "Duitsland", Role::Partner),
        ("CAN", "Canada", Role::Partner),
        ("AUS", "Australië", Role::Partner),
        ("NOR", "Noorwegen", Role::Example),
        ("NLD", "Nederland", Role::Results),
    ];
    let (report, letter) = (report(), letter_text());
    for (code, phrase, role) in named {
        assert!(
            letter.contains(phrase),
            "the letter does not say `{phrase}`"
        );
        assert!(
            report.country(code).is_some(),
            "{code} is missing from countries.json"
        );
        assert!(
            report.roles_of(code).contains(&role),
            "{code} lacks role {role:?}"
        );
    }
    // Bosnia and Herzegovina is there through EUFOR Althea only, and says so.
    assert!(letter.contains("EUFOR Althea") && !letter.contains("Bosni"));
    assert!(report.country("BIH").unwrap().note.is_some());
}

#[test]
fn the_middle_east_stays_a_region_of_the_two_countries_footnote_6_names() {
    let report = report();
    let region = report.region("middle-east").unwrap();
    assert_eq!(region.includes, ["IRQ", "PSE"]);
    let programmes = report.result("civil-society-programmes").unwrap();
    assert!(programmes.regions.contains(&"middle-east".to_owned()));
    // Seven names for "nine countries": the data does not invent the missing ones.
    assert_eq!(programmes.countries.len(), 8);
}

#[test]
fn there_are_about_thirty_results_in_every_section_in_the_letters_order() {
    let report = report();
    assert!(
        (30..=45).contains(&report.results.len()),
        "{}",
        report.results.len()
    );
    let order: Vec<&str> = report.info.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["diplomatic", "financial", "operational", "closing"]);
    let mut last = 0;
    for result in &report.results {
        let position = order.iter().position(|s| *s == result.section).unwrap();
        assert!(
            position >= last,
            "{} is out of the letter's order",
            result.id
        );
        last = position;
    }
    let used: BTreeSet<&str> = report.results.iter().map(|r| r.section.as_str()).collect();
    assert_eq!(used.len(), order.len());
}

#[test]
fn the_results_the_issue_names_are_there() {
    let report = report();
    for id in [
        "ukraine-accountability-conference",
        "eu-sanction-packages",
        "body-armour-women-peacekeepers",
        "ukrainian-women-fund",
        "nap-extended-to-2027",
    ] {
        assert!(report.result(id).is_some(), "{id}");
    }
    let armour = report.result("body-armour-women-peacekeepers").unwrap();
    let partners: Vec<&str> = armour.countries.iter().map(|p| p.code.as_str()).collect();
    assert_eq!(partners, ["USA", "GHA", "ZMB"]);
}

#[test]
fn every_source_pointer_quotes_its_page() {
    let report = report();
    let problems = letter::check_sources(&report, &BUNDLED, &letter_text());
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_typo_in_the_plan_period_is_corrected_and_said_so() {
    let report = report();
    assert!(letter_text().contains("NAP1325-IV (201-2025)"));
    assert!(report.info.introduction[2]
        .nl
        .contains("NAP1325-IV (2021–2025)"));
    assert!(report.info.editorial_notes[0].nl.contains("201-2025"));
}
