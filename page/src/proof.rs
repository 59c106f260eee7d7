//! The proof sheet the content owner signs before publication and after every correction
//! (`make proof`): every result in the letter's order with its Dutch and English side by side,
//! its source in the letter and the editors' classification marked as theirs; then the headline
//! figures with how each is counted, the introduction, the countries with their roles, the
//! vocabularies, the footnotes and the interface's own words. Given an earlier version, every
//! change is marked, word by word in texts. Rendered at build time like the page; never deployed.
//! Its own labels are Dutch: it is read at the Ministry of Foreign Affairs.

use leptos::prelude::*;

use nap1325_core::changes::{
    country_changed, footnote_changed, removed_results, result_status, word_diff, Earlier, Field,
    Status, Words,
};
use nap1325_core::facts::{period_note, years_label};
use nap1325_core::figures;
use nap1325_core::i18n::Ui;
use nap1325_core::model::rich::{segments, Segment};
use nap1325_core::model::{Date, Lang, Named, Report, ResultItem, Role, Text};

/// What the proof sheet is made from.
pub struct Proof {
    pub report: Report,
    /// The version signed earlier, to mark what changed since.
    pub earlier: Option<Earlier>,
    /// What the earlier version is, in words (a file, a git revision).
    pub since: Option<String>,
    /// Per result, in order: whether its Dutch text stands word for word in the letter (`None`:
    /// the letter was not at hand).
    pub verbatim: Vec<Option<bool>>,
    /// The day the sheet was made, and the version of the data it shows (a git revision).
    pub made_on: Date,
    pub revision: String,
}

/// The whole proof sheet (the body of its HTML document).
#[component]
pub fn ProofSheet(proof: Proof) -> impl IntoView {
    let Proof {
        report,
        earlier,
        since,
        verbatim,
        made_on,
        revision,
    } = proof;
    let info = &report.info;
    let since_line = match &since {
        Some(since) => format!("Gemarkeerd: wat is gewijzigd sinds {since}."),
        None => "Volledige proef: er is geen eerdere versie opgegeven (SINCE=…), dus niets is als gewijzigd gemarkeerd.".to_owned(),
    };
    let results = report
        .results
        .iter()
        .enumerate()
        .map(|(i, result)| {
            view! {
                <ResultProof
                    number=i + 1
                    result=result.clone()
                    report=report.clone()
                    earlier=earlier.clone()
                    verbatim=verbatim.get(i).copied().flatten()
                />
            }
        })
        .collect_view();
    view! {
        <header class="proof-header">
            <p class="kicker">"Proefblad voor akkoord · niet publiceren"</p>
            <h1>{info.title.nl.clone()}</h1>
            <p>{info.title.en.clone()}</p>
            <dl class="meta">
                <dt>"Brief"</dt><dd>{info.reference.label(Lang::Nl)} ", " {info.date.long(Lang::Nl)}</dd>
                <dt>"Versie van de gegevens"</dt><dd>{revision}</dd>
                <dt>"Gemaakt op"</dt><dd>{made_on.long(Lang::Nl)}</dd>
            </dl>
            <p class="since">{since_line}</p>
            <p class="legend">
                "Grijs gemarkeerd: de indeling door de redactie (ministerie, NAP-doel, rollen van landen), niet de woorden van de brief. "
                <ins>"Zo"</ins> " staat nieuwe tekst, " <del>"zo"</del> " vervallen tekst."
            </p>
        </header>
        <ChangeSummary report=report.clone() earlier=earlier.clone()/>
        <Figures report=report.clone() earlier=earlier.clone()/>
        <IntroductionProof report=report.clone() earlier=earlier.clone()/>
        <section class="results">
            <h2>"Resultaten, in de volgorde van de brief"</h2>
            {results}
        </section>
        <CountriesProof report=report.clone() earlier=earlier.clone()/>
        <VocabulariesProof report=report.clone()/>
        <FootnotesProof report=report.clone() earlier=earlier.clone()/>
        <InterfaceProof/>
        <SignOff/>
    }
}

/// The changes at a glance: which results are new, changed (and in what) or removed.
#[component]
fn ChangeSummary(report: Report, earlier: Option<Earlier>) -> impl IntoView {
    let earlier = earlier?;
    let mut rows = Vec::new();
    for result in &report.results {
        let what = match result_status(Some(&earlier), result) {
            Status::New => "nieuw".to_owned(),
            Status::Changed(fields) => format!("gewijzigd: {}", field_names(&fields)),
            Status::Unchanged | Status::Unknown => continue,
        };
        let href = format!("#{}", result_anchor(&result.id));
        rows.push(view! {
            <li><a href=href>{result.title.nl.clone()}</a> " (" <code>{result.id.clone()}</code> "): " {what}</li>
        }.into_any());
    }
    for old in removed_results(&earlier, &report) {
        rows.push(view! {
            <li class="removed">{old.title.nl.clone()} " (" <code>{old.id.clone()}</code> "): vervallen"</li>
        }.into_any());
    }
    let others = earlier.report().map(|_| {
        "Voetnoten, landen, inleiding en figuren: zie de markeringen in hun onderdelen.".to_owned()
    }).unwrap_or_else(|| "De eerdere versie is een download van de resultaten: alleen de resultaten zijn vergeleken.".to_owned());
    let empty = rows
        .is_empty()
        .then(|| view! { <li>"Geen resultaat gewijzigd."</li> });
    Some(view! {
        <section class="change-summary">
            <h2>"Wijzigingen"</h2>
            <ul>{rows}{empty}</ul>
            <p>{others}</p>
        </section>
    })
}

/// The headline figures as the page shows them, with how each is counted (and as they were).
#[component]
fn Figures(report: Report, earlier: Option<Earlier>) -> impl IntoView {
    let figure = |report: &Report, lang: Lang| -> Vec<String> {
        figures::headline(report, lang)
            .into_iter()
            .map(|f| format!("{} {}", f.count, f.what))
            .collect()
    };
    let old = earlier.as_ref().and_then(Earlier::report);
    let (old_nl, old_en) = (
        old.map(|o| figure(o, Lang::Nl)),
        old.map(|o| figure(o, Lang::En)),
    );
    let (nl, en) = (
        figures::headline(&report, Lang::Nl),
        figures::headline(&report, Lang::En),
    );
    let rows = nl
        .into_iter()
        .zip(en)
        .enumerate()
        .map(|(i, (nl, en))| {
            let (now_nl, now_en) = (format!("{} {}", nl.count, nl.what), format!("{} {}", en.count, en.what));
            let was_nl = old_nl.as_ref().map(|o| o.get(i).cloned().unwrap_or_default());
            let was_en = old_en.as_ref().map(|o| o.get(i).cloned().unwrap_or_default());
            let changed = was_nl.as_ref().map(|was| *was != now_nl);
            view! {
                <tr class=change_class(changed)>
                    <td><Compared old=was_nl.filter(|_| changed == Some(true)) new=now_nl/><p class="counted">{nl.counted}</p></td>
                    <td lang="en"><Compared old=was_en.filter(|_| changed == Some(true)) new=now_en/><p class="counted">{en.counted}</p></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>"Kerncijfers en hoe ze geteld zijn"</h2>
            <table class="side-by-side">
                <thead><tr><th>"Nederlands"</th><th>"English"</th></tr></thead>
                <tbody>
                    {rows}
                    <tr>
                        <td>{figures::map_summary(&report, Lang::Nl)}<p class="counted">"De beschrijving van de kaart (tekstalternatief)."</p></td>
                        <td lang="en">{figures::map_summary(&report, Lang::En)}<p class="counted">"The map's description (text alternative)."</p></td>
                    </tr>
                </tbody>
            </table>
        </section>
    }
}

/// The title, the introduction, the editors' notes on the source and the footer line.
#[component]
fn IntroductionProof(report: Report, earlier: Option<Earlier>) -> impl IntoView {
    let info = &report.info;
    let row = |label: String, text: Text, old: Option<Option<Text>>| {
        let changed = old.as_ref().map(|old| old.as_ref() != Some(&text));
        let old = old.flatten();
        view! {
            <tr class=change_class(changed)>
                <th>{label}</th>
                <td><Compared old=old.as_ref().map(|t| t.nl.clone()) new=text.nl.clone()/></td>
                <td lang="en"><Compared old=old.as_ref().map(|t| t.en.clone()) new=text.en.clone()/></td>
            </tr>
        }
    };
    let old_info = earlier
        .as_ref()
        .and_then(Earlier::report)
        .map(|r| r.info.clone());
    let mut rows = vec![
        row(
            "Titel".into(),
            info.title.clone(),
            old_info.as_ref().map(|o| Some(o.title.clone())),
        ),
        row(
            "Ondertitel".into(),
            info.subtitle.clone(),
            old_info.as_ref().map(|o| Some(o.subtitle.clone())),
        ),
    ];
    for (i, paragraph) in info.introduction.iter().enumerate() {
        let old = old_info.as_ref().map(|o| o.introduction.get(i).cloned());
        rows.push(row(
            format!("Inleiding, alinea {}", i + 1),
            paragraph.clone(),
            old,
        ));
    }
    for (i, note) in info.editorial_notes.iter().enumerate() {
        let old = old_info.as_ref().map(|o| o.editorial_notes.get(i).cloned());
        rows.push(row(
            format!("Noot van de redactie bij de brief {}", i + 1),
            note.clone(),
            old,
        ));
    }
    for section in &info.sections {
        let old = old_info.as_ref().map(|o| {
            o.sections
                .iter()
                .find(|s| s.id == section.id)
                .map(|s| s.heading.clone())
        });
        rows.push(row(
            format!("Kop ‘{}’", section.id),
            section.heading.clone(),
            old,
        ));
    }
    rows.push(row(
        "Bronregel".into(),
        info.source_note.clone(),
        old_info.as_ref().map(|o| Some(o.source_note.clone())),
    ));
    rows.push(row(
        "Ondertekening".into(),
        info.signatory.office.clone(),
        old_info.as_ref().map(|o| Some(o.signatory.office.clone())),
    ));
    view! {
        <section>
            <h2>"Titel, inleiding en noten bij de brief"</h2>
            <table class="side-by-side labelled">
                <thead><tr><th></th><th>"Nederlands"</th><th>"English"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// One result: where it stands in the letter, its texts side by side, the editors'
/// classification, and what changed.
#[component]
fn ResultProof(
    number: usize,
    result: ResultItem,
    report: Report,
    earlier: Option<Earlier>,
    verbatim: Option<bool>,
) -> impl IntoView {
    let status = result_status(earlier.as_ref(), &result);
    let old = earlier.as_ref().and_then(|e| e.result(&result.id)).cloned();
    let changed = |field: Field| match &status {
        Status::Changed(fields) => fields.contains(&field),
        Status::New => true,
        Status::Unchanged | Status::Unknown => false,
    };
    let badge = match &status {
        Status::New => Some("nieuw".to_owned()),
        Status::Changed(fields) => Some(format!("gewijzigd: {}", field_names(fields))),
        Status::Unchanged => Some("ongewijzigd".to_owned()),
        Status::Unknown => None,
    };
    let badge_class = if status == Status::Unchanged {
        "badge unchanged"
    } else {
        "badge"
    };
    let class = match &status {
        Status::New => "result new",
        Status::Changed(_) => "result changed",
        Status::Unchanged | Status::Unknown => "result",
    };
    let verbatim = match verbatim {
        Some(true) => "De Nederlandse tekst staat woord voor woord in de brief.",
        Some(false) => {
            "Let op: de Nederlandse tekst is niet woord voor woord in de brief gevonden: lees na."
        }
        None => "",
    };
    let text_row = |label: &'static str, field: Field, get: fn(&ResultItem) -> Option<Text>| {
        let new = get(&result);
        let before = old.as_ref().and_then(get);
        (new.is_some() || before.is_some()).then(|| {
            let new = new.unwrap_or(Text { nl: String::new(), en: String::new() });
            let before = before.filter(|_| changed(field));
            view! {
                <tr class=change_class(Some(changed(field)))>
                    <th>{label}</th>
                    <td><Compared old=before.as_ref().map(|t| shown(&t.nl)) new=shown(&new.nl)/></td>
                    <td lang="en"><Compared old=before.as_ref().map(|t| shown(&t.en)) new=shown(&new.en)/></td>
                </tr>
            }
        })
    };
    let period = period_note(&report, &result, Lang::Nl).map(|nl| {
        let en = period_note(&report, &result, Lang::En).unwrap_or_default();
        view! { <tr><th>"Verslagperiode"</th><td>{nl}</td><td lang="en">{en}</td></tr> }
    });
    let classification = classification(&report, &result, old.as_ref(), &changed);
    view! {
        <article class=class id=result_anchor(&result.id)>
            <h3>
                <span class="number">{number} ". "</span>
                {result.title.nl.clone()}
                " " <code>{result.id.clone()}</code>
                {badge.map(|b| view! { " " <span class=badge_class>{b}</span> })}
            </h3>
            <p class="source">
                "Brief, pagina " {result.source.page} ": «" {result.source.quote.clone()} "». " {verbatim}
            </p>
            <table class="side-by-side labelled">
                <thead><tr><th></th><th>"Nederlands"</th><th>"English"</th></tr></thead>
                <tbody>
                    {text_row("Titel", Field::Title, |r| Some(r.title.clone()))}
                    {text_row("Tekst", Field::Text, |r| Some(r.text.clone()))}
                    {text_row("Noot van de redactie", Field::Note, |r| r.note.clone())}
                    {period}
                </tbody>
            </table>
            {classification}
        </article>
    }
}

/// A result's facts: the letter's section, then the editors' classification (shaded), with what
/// each was where it changed.
fn classification(
    report: &Report,
    result: &ResultItem,
    old: Option<&ResultItem>,
    changed: &dyn Fn(Field) -> bool,
) -> impl IntoView {
    let names = |ids: &[String], name: &dyn Fn(&str) -> Option<String>| -> String {
        let names: Vec<String> = ids
            .iter()
            .map(|id| name(id).unwrap_or_else(|| id.clone()))
            .collect();
        if names.is_empty() {
            "—".to_owned()
        } else {
            names.join("; ")
        }
    };
    let ministry = |id: &str| report.ministry(id).map(|m| m.name.nl.clone());
    let goal = |id: &str| report.goal(id).map(|g| g.name.nl.clone());
    let region = |id: &str| report.region(id).map(|r| r.name.nl.clone());
    let organisation = |id: &str| report.organisation(id).map(|o| o.name.nl.clone());
    let section = |id: &str| report.section(id).map(|s| s.heading.nl.clone());
    let countries = |r: &ResultItem| -> String {
        let list: Vec<String> = r
            .countries
            .iter()
            .map(|p| {
                let name = report
                    .country(&p.code)
                    .map_or(p.code.clone(), |c| c.name.nl.clone());
                format!("{name} ({})", p.role.label(Lang::Nl))
            })
            .collect();
        if list.is_empty() {
            "—".to_owned()
        } else {
            list.join("; ")
        }
    };
    let years = |r: &ResultItem| years_label(r, Lang::Nl);
    let footnotes = |r: &ResultItem| {
        let numbers: Vec<String> = nap1325_core::model::rich::footnote_numbers(&r.text.nl)
            .iter()
            .map(ToString::to_string)
            .collect();
        if numbers.is_empty() {
            "—".to_owned()
        } else {
            numbers.join(", ")
        }
    };
    let references = |r: &ResultItem| {
        let list: Vec<String> = r
            .references
            .iter()
            .map(|x| format!("{} <{}>", x.label(Lang::Nl), x.url()))
            .collect();
        if list.is_empty() {
            "—".to_owned()
        } else {
            list.join("; ")
        }
    };
    type Fact<'f> = (&'static str, Field, bool, &'f dyn Fn(&ResultItem) -> String);
    let facts: [Fact; 9] = [
        (
            "Onderdeel van de brief",
            Field::Section,
            false,
            &|r: &ResultItem| names(std::slice::from_ref(&r.section), &section),
        ),
        (
            "Verantwoordelijk ministerie (indeling redactie)",
            Field::Ministries,
            true,
            &|r: &ResultItem| names(&r.ministries, &ministry),
        ),
        (
            "NAP-doel (indeling redactie)",
            Field::Goals,
            true,
            &|r: &ResultItem| names(&r.goals, &goal),
        ),
        (
            "Landen en hun rol (indeling redactie)",
            Field::Countries,
            true,
            &countries,
        ),
        (
            "Gebieden en organisaties die geen land zijn",
            Field::Regions,
            false,
            &|r: &ResultItem| names(&r.regions, &region),
        ),
        (
            "Partnerorganisaties",
            Field::Organisations,
            false,
            &|r: &ResultItem| names(&r.organisations, &organisation),
        ),
        ("Jaren", Field::Years, false, &years),
        ("Voetnoten", Field::Text, false, &footnotes),
        (
            "Verwijzingen in de tekst",
            Field::References,
            false,
            &references,
        ),
    ];
    let rows = facts
        .into_iter()
        .map(|(term, field, editors, value)| {
            let now = value(result);
            let was = old.map(value).filter(|was| changed(field) && *was != now);
            // An empty fact is left out, unless it was not empty before.
            if now == "—" && was.is_none() {
                return None;
            }
            let class = match (editors, was.is_some()) {
                (true, true) => "editors changed",
                (true, false) => "editors",
                (false, true) => "changed",
                (false, false) => "",
            };
            Some(view! {
                <div class=class>
                    <dt>{term}</dt>
                    <dd>{now}{was.map(|was| view! { <span class="was">" (was: " <del>{was}</del> ")"</span> })}</dd>
                </div>
            })
        })
        .collect_view();
    view! { <dl class="classification">{rows}</dl> }
}

/// The countries and territories with their roles (derived from the results), names and notes.
#[component]
fn CountriesProof(report: Report, earlier: Option<Earlier>) -> impl IntoView {
    let rows = report
        .countries
        .iter()
        .map(|country| {
            let roles: Vec<&str> = report
                .roles_of(&country.code)
                .into_iter()
                .map(|r| r.label(Lang::Nl))
                .collect();
            let results = report
                .results
                .iter()
                .filter(|r| r.countries.iter().any(|p| p.code == country.code))
                .count();
            let changed = country_changed(earlier.as_ref(), &report, &country.code);
            let note = country.note.clone().unwrap_or(Text {
                nl: String::new(),
                en: String::new(),
            });
            view! {
                <tr class=change_class(changed)>
                    <td><code>{country.code.clone()}</code></td>
                    <td>{country.name.nl.clone()}<p class="note">{note.nl}</p></td>
                    <td lang="en">{country.name.en.clone()}<p class="note">{note.en}</p></td>
                    <td class="editors">{roles.join("; ")}</td>
                    <td>{results}</td>
                </tr>
            }
        })
        .collect_view();
    let roles = Role::ALL
        .into_iter()
        .map(|role| view! { <li>{role.label(Lang::Nl)} " / " <span lang="en">{role.label(Lang::En)}</span></li> })
        .collect_view();
    view! {
        <section>
            <h2>"Landen en gebieden op de kaart"</h2>
            <p>"De rollen zijn de indeling door de redactie, afgeleid uit de resultaten. Mogelijke rollen:"</p>
            <ul class="roles">{roles}</ul>
            <table class="countries">
                <thead><tr><th>"Code"</th><th>"Nederlands"</th><th>"English"</th><th>"Rollen (indeling redactie)"</th><th>"Resultaten"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The vocabularies the results refer to: ministries, goals, places that are not countries,
/// organisations.
#[component]
fn VocabulariesProof(report: Report) -> impl IntoView {
    let table = |title: &'static str, entries: Vec<(String, Text, Option<Text>)>| {
        let rows = entries
            .into_iter()
            .map(|(id, name, note)| {
                let note = note.unwrap_or(Text {
                    nl: String::new(),
                    en: String::new(),
                });
                view! {
                    <tr>
                        <td><code>{id}</code></td>
                        <td>{name.nl}<p class="note">{note.nl}</p></td>
                        <td lang="en">{name.en}<p class="note">{note.en}</p></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h3>{title}</h3>
            <table class="vocabulary">
                <thead><tr><th>"Id"</th><th>"Nederlands"</th><th>"English"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    let plain = |list: &[Named]| -> Vec<(String, Text, Option<Text>)> {
        list.iter()
            .map(|n| (n.id.clone(), n.name.clone(), None))
            .collect()
    };
    let tax = &report.taxonomy;
    let ministries = tax
        .ministries
        .iter()
        .map(|m| {
            let within = m.part_of.as_ref().map(|p| Text {
                nl: format!("Geen eigen ministerie: valt binnen {p}."),
                en: format!("No ministry of its own: sits within {p}."),
            });
            (m.id.clone(), m.name.clone(), within)
        })
        .collect();
    let regions = tax
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone(), Some(r.note.clone())))
        .collect();
    view! {
        <section class="editors">
            <h2>"Indelingen (door de redactie)"</h2>
            {table("Verantwoordelijke ministeries", ministries)}
            {table("NAP-doelen (namen uit het NAP1325-IV)", plain(&tax.goals))}
            {table("Genoemd, maar geen land", regions)}
            {table("Partnerorganisaties", plain(&tax.organisations))}
        </section>
    }
}

/// The letter's footnotes with their references.
#[component]
fn FootnotesProof(report: Report, earlier: Option<Earlier>) -> impl IntoView {
    let old = earlier.as_ref().and_then(Earlier::report).cloned();
    let rows = report
        .footnotes
        .iter()
        .map(|footnote| {
            let changed = footnote_changed(earlier.as_ref(), footnote);
            let before = old
                .as_ref()
                .and_then(|o| o.footnote(footnote.number))
                .filter(|_| changed == Some(true))
                .map(|f| f.text.clone());
            let references: Vec<String> = footnote
                .references
                .iter()
                .map(|r| format!("{} <{}>", r.label(Lang::Nl), r.url()))
                .collect();
            view! {
                <tr class=change_class(changed)>
                    <td>{footnote.number}</td>
                    <td>
                        <Compared old=before.as_ref().map(|t| t.nl.clone()) new=footnote.text.nl.clone()/>
                        <p class="note">"Brief, pagina " {footnote.source.page} ". " {references.join("; ")}</p>
                    </td>
                    <td lang="en"><Compared old=before.as_ref().map(|t| t.en.clone()) new=footnote.text.en.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>"Voetnoten"</h2>
            <table class="side-by-side footnotes">
                <thead><tr><th>"Nr."</th><th>"Nederlands"</th><th>"English"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// Every fixed text of the interface, in both languages.
#[component]
fn InterfaceProof() -> impl IntoView {
    let rows = Ui::ALL
        .iter()
        .map(|key| {
            view! {
                <tr>
                    <td>{key.get(Lang::Nl)}</td>
                    <td lang="en">{key.get(Lang::En)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section>
            <h2>"Teksten van de weergave zelf"</h2>
            <table class="side-by-side interface">
                <thead><tr><th>"Nederlands"</th><th>"English"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// Where the content owner signs, for each language.
#[component]
fn SignOff() -> impl IntoView {
    view! {
        <section class="sign-off">
            <h2>"Akkoord"</h2>
            <table>
                <thead><tr><th></th><th>"Naam"</th><th>"Datum"</th><th>"Paraaf"</th></tr></thead>
                <tbody>
                    <tr><th>"Nederlandse tekst"</th><td></td><td></td><td></td></tr>
                    <tr><th>"Engelse tekst"</th><td></td><td></td><td></td></tr>
                    <tr><th>"Kerncijfers en indeling"</th><td></td><td></td><td></td></tr>
                </tbody>
            </table>
        </section>
    }
}

/// A text, or its change word by word where there was an earlier one.
#[component]
fn Compared(old: Option<String>, new: String) -> impl IntoView {
    match old {
        None => new.into_any(),
        Some(old) => word_diff(&old, &new)
            .into_iter()
            .map(|piece| match piece {
                Words::Same(text) => text.into_any(),
                Words::Removed(text) => view! { <del>{text}</del> }.into_any(),
                Words::Added(text) => view! { <ins>{text}</ins> }.into_any(),
            })
            .collect_view()
            .into_any(),
    }
}

/// A text with its footnote markers as the reader sees them: `[^3]` as `[3]`.
fn shown(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.to_owned(),
            Segment::Footnote(n) => format!("[{n}]"),
        })
        .collect()
}

fn result_anchor(id: &str) -> String {
    format!("result-{id}")
}

/// The class of a row by whether it changed (`None`: nothing to compare with).
fn change_class(changed: Option<bool>) -> &'static str {
    if changed == Some(true) {
        "changed"
    } else {
        ""
    }
}

fn field_names(fields: &std::collections::BTreeSet<Field>) -> String {
    fields
        .iter()
        .map(|field| match field {
            Field::Title => "titel",
            Field::Text => "tekst",
            Field::Note => "noot",
            Field::Section => "onderdeel",
            Field::Ministries => "ministerie",
            Field::Goals => "NAP-doel",
            Field::Years => "jaren",
            Field::Countries => "landen",
            Field::Regions => "gebieden",
            Field::Organisations => "organisaties",
            Field::References => "verwijzingen",
            Field::Source => "bronvermelding",
        })
        .collect::<Vec<_>>()
        .join(", ")
}
