//! The prerendered page, read once when the widget starts: the elements it keeps in step, as typed
//! records, and what they say as plain data ([`Contents`]) for `update`. Every element is found by
//! its hook; a hook the widget needs and does not find is a [`Missing`] that names it.

use nap1325_core::filter::{fold, Facet, Index, IndexEntry};
use nap1325_core::hooks::{Control, Hook};
use nap1325_core::map::MapView;
use nap1325_core::model::Lang;
use nap1325_core::sorted::SortedMap;
use nap1325_core::update::{Contents, Pin, PlaceInfo};
use nap1325_core::view_state::FootnoteSpot;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

use crate::dom::{all, first, text_nodes, value, Turns};

/// The hooks the page lacks, each with where it was looked for: `data-live`,
/// `data-result-title in the card "colombia-peace-process"`.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Missing(pub Vec<String>);

pub struct CardDom {
    pub element: Element,
    /// The article: focused when the widget takes the visitor to the card.
    pub body: Element,
    pub title: Element,
    pub text: Element,
    pub facts: Element,
    /// The footnotes its text cites.
    pub cites: Vec<u16>,
}

pub struct SectionDom {
    pub element: Element,
    /// The list its cards go into.
    pub list: Element,
    pub heading: String,
}

pub struct FootnoteDom {
    pub spot: FootnoteSpot,
    pub marker: Element,
    pub panel: Element,
}

pub struct OptionDom {
    pub facet: Facet,
    pub value: String,
    /// The option in words.
    pub label: String,
    pub input: HtmlInputElement,
    pub count: Element,
}

pub struct PinDom {
    pub place: String,
    pub view: MapView,
    pub element: Element,
}

pub struct ViewButtonDom {
    pub view: MapView,
    pub element: Element,
    pub view_box: String,
    /// Its view's `viewBox` on a narrow screen.
    pub view_box_narrow: String,
}

pub struct MapDom {
    /// The rows of the country and area lists, with their place, in the lists' order.
    pub rows: Vec<(String, Element)>,
    /// The group of the lists: one Tab stop, arrow keys between the rows.
    pub lists: Element,
    /// The button that shows all their rows on narrow screens.
    pub lists_toggle: Element,
    pub canvas: Element,
    pub svg: Element,
    pub pins_group: Element,
    pub pins: Vec<PinDom>,
    pub view_buttons: Vec<ViewButtonDom>,
    /// Every element that stands for a place (pins, shapes, list rows), with the place.
    pub places: Vec<(String, Element)>,
}

pub struct PresentationDom {
    pub overlay: Element,
    /// The stage: the step's text and its map.
    pub stage: Element,
    pub content: Element,
    pub map_box: Element,
    /// The whole world's viewBox (in whole units, as the page states it).
    pub world: [f64; 4],
    pub counter: Element,
    pub live: Element,
    /// The `<template>`s of the opening, a section, an item of a section's list, a result.
    pub opening: Element,
    pub section: Element,
    pub item: Element,
    pub result: Element,
    /// The overview: itself, its list, the `<template>` of an entry, and its button in the bar.
    pub overview: Element,
    pub overview_list: Element,
    pub overview_item: Element,
    pub overview_button: Element,
    pub blackout: Element,
    /// The speaker's view: the panel, the notes, the next step, the clock; and its button.
    pub speaker: Element,
    pub speaker_notes: Element,
    pub speaker_next: Element,
    pub speaker_clock: Element,
    pub speaker_button: Element,
    /// The slides as the printer gets them, and the `<template>` of one.
    pub slides: Element,
    pub slide: Element,
}

/// The parts of the page the widget acts on.
pub struct PageDom {
    pub root: Element,
    pub document: Document,
    pub live: Element,
    pub lang_switch: Element,
    pub search: HtmlInputElement,
    pub active_filters: Element,
    pub chips: Element,
    /// The `<template>` of a chip.
    pub chip_template: Element,
    pub results_count: Element,
    pub empty: Element,
    pub print_summary: Element,
    pub print_address: Element,
    pub show_more: Element,
    pub show_all: Element,
    pub present_button: Element,
    /// The introduction after its first paragraph, and the button that shows it.
    pub introduction_more: Element,
    pub intro_toggle: Element,
    /// The filter panel, the button that opens it on phones, and its "Toon 12 resultaten".
    pub filter_panel: Element,
    pub filter_toggle: Element,
    pub show_results: Element,
    /// The results: the bar with the count and the chips, and the list.
    pub results: Element,
    pub results_bar: Element,
    /// Beside the map: the panel with the chosen place's summary and its results' titles.
    pub place_panel: Element,
    pub place_summary: Element,
    /// What the summary says while nothing is chosen (as the page was rendered).
    pub place_hint: String,
    pub place_results: Element,
    /// The `<template>` of a link in the panel's list, and the link to the whole list.
    pub place_link_template: Element,
    pub place_all: Element,
    /// The result cards, in the letter's order. Only those on screen are in the document (see
    /// `cards.rs`), so these references are the way to all of them.
    pub cards: Vec<CardDom>,
    /// The letter's sections, with the positions of their cards.
    pub sections: Vec<SectionDom>,
    pub section_members: Vec<Vec<usize>>,
    pub footnotes: Vec<FootnoteDom>,
    /// The footnotes in the list at the end, by number.
    pub footnote_items: Vec<(u16, Element)>,
    /// Their texts, by number (the speaker's notes quote them).
    pub footnote_texts: Vec<(u16, Element)>,
    /// The footnotes the introduction cites.
    pub intro_cites: Vec<u16>,
    pub options: Vec<OptionDom>,
    pub map: MapDom,
    pub presentation: PresentationDom,
}

/// Reads hooks, noting every one it does not find; an element it lacks is stood in for by a
/// detached one, which never reaches the page: [`PageDom::read`] then fails with the list.
struct Reader {
    document: Document,
    missing: Vec<String>,
}

impl Reader {
    fn stand_in(&self) -> Element {
        self.document
            .create_element("div")
            .expect("a document can make a div")
    }

    /// The one element with `hook` under `root`.
    fn one(&mut self, root: &Element, hook: Hook, place: &str) -> Element {
        first(root, hook).unwrap_or_else(|| {
            self.missing.push(format!("{}{place}", hook.attribute()));
            self.stand_in()
        })
    }

    /// The control `control` under `root`.
    fn control(&mut self, root: &Element, control: Control) -> Element {
        all(root, Hook::Control)
            .into_iter()
            .find(|e| value(e, Hook::Control).as_deref() == Some(control.id()))
            .unwrap_or_else(|| {
                self.missing.push(format!(
                    "{}=\"{}\"",
                    Hook::Control.attribute(),
                    control.id()
                ));
                self.stand_in()
            })
    }

    /// The value of `hook` on `element`, which must carry it.
    fn value(&mut self, element: &Element, hook: Hook, place: &str) -> String {
        value(element, hook).unwrap_or_else(|| {
            self.missing.push(format!("{}{place}", hook.attribute()));
            String::new()
        })
    }

    /// The value of `hook` on `element`, read by `parse`; a value that does not parse is missing.
    fn parsed<T>(
        &mut self,
        element: &Element,
        hook: Hook,
        place: &str,
        parse: impl FnOnce(&str) -> Option<T>,
    ) -> Option<T> {
        let parsed = value(element, hook).and_then(|v| parse(&v));
        if parsed.is_none() {
            self.missing.push(format!("{}{place}", hook.attribute()));
        }
        parsed
    }
}

impl PageDom {
    /// Reads the page under `root` (the element with [`Hook::Report`]), taking the browser's turn
    /// whenever it has run for a while (see [`Turns`]): a report of thousands of results is
    /// thousands of cards to read.
    pub async fn read(root: Element) -> Result<PageDom, Missing> {
        let document = root
            .owner_document()
            .ok_or_else(|| Missing(vec!["a document".to_owned()]))?;
        let mut r = Reader {
            document: document.clone(),
            missing: Vec::new(),
        };
        let search = r
            .one(&root, Hook::SearchInput, "")
            .dyn_into::<HtmlInputElement>();
        let search = search.unwrap_or_else(|_| {
            r.missing
                .push(format!("{} (an input)", Hook::SearchInput.attribute()));
            r.document
                .create_element("input")
                .ok()
                .and_then(|i| i.dyn_into().ok())
                .expect("a document can make an input")
        });
        let mut turns = Turns::start();
        let footnotes = read_footnotes(&mut r, &root);
        turns.take_if_due().await;
        let cards = read_cards(&mut r, &root, &footnotes, &mut turns).await;
        let (sections, section_members) = read_sections(&mut r, &root, &cards);
        turns.take_if_due().await;
        r.one(&root, Hook::Introduction, "");
        check_controls(&mut r, &root);
        let intro_cites = cites(&footnotes, nap1325_core::model::INTRODUCTION_ID);
        let page = PageDom {
            live: r.one(&root, Hook::Live, ""),
            lang_switch: r.one(&root, Hook::LangSwitch, ""),
            active_filters: r.one(&root, Hook::ActiveFilters, ""),
            chips: r.one(&root, Hook::Chips, ""),
            chip_template: r.one(&root, Hook::ChipTemplate, ""),
            results_count: r.one(&root, Hook::ResultsCount, ""),
            empty: r.one(&root, Hook::Empty, ""),
            print_summary: r.one(&root, Hook::PrintSummary, ""),
            print_address: r.one(&root, Hook::PrintAddress, ""),
            show_more: r.control(&root, Control::ShowMore),
            show_all: r.control(&root, Control::ShowAllPlaces),
            present_button: r.control(&root, Control::Present),
            introduction_more: r.one(&root, Hook::IntroductionMore, ""),
            intro_toggle: r.control(&root, Control::ToggleIntroduction),
            filter_panel: r.one(&root, Hook::FilterPanel, ""),
            filter_toggle: r.control(&root, Control::ToggleFilters),
            show_results: r.control(&root, Control::ShowResults),
            results: r.one(&root, Hook::Results, ""),
            results_bar: r.one(&root, Hook::ResultsBar, ""),
            place_panel: r.one(&root, Hook::PlacePanel, ""),
            place_hint: first(&root, Hook::PlaceSummary)
                .and_then(|s| s.text_content())
                .unwrap_or_default(),
            place_summary: r.one(&root, Hook::PlaceSummary, ""),
            place_results: r.one(&root, Hook::PlaceResults, ""),
            place_link_template: r.one(&root, Hook::PlaceLinkTemplate, ""),
            place_all: r.one(&root, Hook::PlaceAll, ""),
            footnotes,
            footnote_items: all(&root, Hook::FootnoteItem)
                .into_iter()
                .filter_map(|item| {
                    let number =
                        r.parsed(&item, Hook::FootnoteItem, " (a number)", |v| v.parse().ok())?;
                    Some((number, item))
                })
                .collect(),
            footnote_texts: all(&root, Hook::FootnoteItem)
                .into_iter()
                .filter_map(|item| {
                    let number = value(&item, Hook::FootnoteItem)?.parse().ok()?;
                    Some((number, first(&item, Hook::FootnoteText)?))
                })
                .collect(),
            intro_cites,
            options: read_options(&mut r, &root),
            map: read_map(&mut r, &root),
            presentation: read_presentation(&mut r, &root),
            search,
            cards,
            sections,
            section_members,
            document,
            root,
        };
        if r.missing.is_empty() {
            Ok(page)
        } else {
            Err(Missing(r.missing))
        }
    }

    /// What search looks in, per card, folded: a long part of reading the page (a DOM walk per
    /// card), so it takes the browser's turn whenever it has run for a while (see [`Turns`]).
    pub async fn search_texts(&self) -> Vec<String> {
        let elements: Vec<Element> = self.cards.iter().map(|c| c.element.clone()).collect();
        let mut turns = Turns::start();
        let mut texts = Vec::with_capacity(elements.len());
        for parts in by_container(&elements, &all(&self.root, Hook::Searchable)) {
            let text: Vec<String> = parts.iter().map(searchable_text).collect();
            texts.push(fold(&text.join("\n")));
            turns.take_if_due().await;
        }
        texts
    }

    /// What the page says, as plain data for `update`, with the cards' `search_texts`.
    pub fn contents(
        &self,
        lang: Lang,
        present_in_new_tab: bool,
        search_texts: Vec<String>,
    ) -> Contents {
        let entries = self
            .cards
            .iter()
            .zip(search_texts)
            .map(|(card, text)| IndexEntry {
                facets: IndexEntry::parse_facet_tokens(
                    &value(&card.element, Hook::Facets).unwrap_or_default(),
                ),
                text,
            })
            .collect();
        let view_of = |place: &str| {
            self.map
                .pins
                .iter()
                .find(|pin| pin.place == place)
                .map(|pin| pin.view)
        };
        let names = all(&self.root, Hook::PlaceName);
        let places = self
            .map
            .rows
            .iter()
            .zip(&names)
            .filter_map(|((place, _), name)| {
                let view = view_of(place);
                let name = name.text_content()?;
                Some((place.clone(), PlaceInfo { name, view }))
            })
            .collect();
        let labels = self
            .options
            .iter()
            .map(|option| (option.facet.key(&option.value), option.label.clone()))
            .collect();
        Contents {
            lang,
            index: Index::from_entries(entries),
            sections: self.section_members.clone(),
            places,
            list: self
                .map
                .rows
                .iter()
                .map(|(place, _)| place.clone())
                .collect(),
            pins: self
                .map
                .pins
                .iter()
                .map(|pin| Pin {
                    place: pin.place.clone(),
                    view: pin.view,
                    at: pin_at(&pin.element),
                })
                .collect(),
            footnotes: self.footnotes.iter().map(|f| f.spot.clone()).collect(),
            labels,
            present_in_new_tab,
        }
    }

    /// The pin of `place`.
    pub fn pin(&self, place: &str) -> Option<&Element> {
        self.map
            .pins
            .iter()
            .find(|pin| pin.place == place)
            .map(|pin| &pin.element)
    }

    pub fn footnote(&self, spot: &FootnoteSpot) -> Option<&FootnoteDom> {
        self.footnotes.iter().find(|f| f.spot == *spot)
    }

    /// The position of the result `id` among the cards.
    pub fn card_position(&self, id: &str) -> Option<usize> {
        self.cards
            .iter()
            .position(|card| value(&card.element, Hook::Result).as_deref() == Some(id))
    }
}

/// The text of a searchable part without the footnote markers in it.
fn searchable_text(part: &Element) -> String {
    // Most parts cite no footnote: their whole text in one call to the page, not one per node.
    if first(part, Hook::FootnoteMarker).is_none() {
        return part.text_content().unwrap_or_default();
    }
    text_nodes(part)
        .iter()
        .filter_map(|node| node.text_content())
        .collect()
}

/// Where a pin stands, as the page says (hundredths of a percent; checked when read).
fn pin_at(pin: &Element) -> (i32, i32) {
    let number = |hook| {
        value(pin, hook)
            .and_then(|v| v.parse().ok())
            .unwrap_or_default()
    };
    (number(Hook::PinX), number(Hook::PinY))
}

async fn read_cards(
    r: &mut Reader,
    root: &Element,
    footnotes: &[FootnoteDom],
    turns: &mut Turns,
) -> Vec<CardDom> {
    let cards = all(root, Hook::Result);
    let ids: Vec<String> = cards
        .iter()
        .map(|card| r.value(card, Hook::Result, ""))
        .collect();
    turns.take_if_due().await;
    // Each kind of part in one query for the whole page (there may be thousands of cards), then
    // handed to the card it stands in.
    let mut parts: [Vec<Element>; 4] = Default::default();
    let hooks = [
        Hook::ResultBody,
        Hook::ResultTitle,
        Hook::ResultText,
        Hook::ResultFacts,
    ];
    for (hook, column) in hooks.into_iter().zip(&mut parts) {
        let found = by_container(&cards, &all(root, hook));
        for (mut found, id) in found.into_iter().zip(&ids) {
            column.push(found.pop().unwrap_or_else(|| {
                r.missing
                    .push(format!("{} in the card \"{id}\"", hook.attribute()));
                r.stand_in()
            }));
        }
        turns.take_if_due().await;
    }
    let [bodies, titles, texts, facts] = parts;
    let mut read = Vec::with_capacity(cards.len());
    for ((element, id), ((body, title), (text, facts))) in cards.into_iter().zip(ids).zip(
        bodies
            .into_iter()
            .zip(titles)
            .zip(texts.into_iter().zip(facts)),
    ) {
        if value(&element, Hook::Facets).is_none() {
            r.missing
                .push(format!("{} on the card \"{id}\"", Hook::Facets.attribute()));
        }
        read.push(CardDom {
            cites: cites(footnotes, &id),
            body,
            title,
            text,
            facts,
            element,
        });
        turns.take_if_due().await;
    }
    read
}

/// `parts` (in document order) handed to the container of `containers` (in document order) each
/// stands in; parts outside every container are left out.
fn by_container(containers: &[Element], parts: &[Element]) -> Vec<Vec<Element>> {
    by_container_at(containers, parts)
        .into_iter()
        .map(|at| at.into_iter().map(|i| parts[i].clone()).collect())
        .collect()
}

/// As [`by_container`], each part by its position in `parts`.
fn by_container_at(containers: &[Element], parts: &[Element]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); containers.len()];
    let mut at = 0;
    for (i, part) in parts.iter().enumerate() {
        while let Some(container) = containers.get(at) {
            if container.contains(Some(part)) {
                out[at].push(i);
                break;
            }
            // A part before this container stands in none; one after it, in a later one.
            if container.compare_document_position(part)
                & web_sys::Node::DOCUMENT_POSITION_PRECEDING
                != 0
            {
                break;
            }
            at += 1;
        }
    }
    out
}

/// The footnote numbers cited where `host` (`intro` or a result's id) stands.
fn cites(footnotes: &[FootnoteDom], host: &str) -> Vec<u16> {
    footnotes
        .iter()
        .filter(|f| f.spot.host == host)
        .map(|f| f.spot.number)
        .collect()
}

fn read_sections(
    r: &mut Reader,
    root: &Element,
    cards: &[CardDom],
) -> (Vec<SectionDom>, Vec<Vec<usize>>) {
    let elements = all(root, Hook::Section);
    let card_elements: Vec<Element> = cards.iter().map(|c| c.element.clone()).collect();
    // The cards of each section in one pass over both (in document order).
    let members = by_container_at(&elements, &card_elements);
    elements
        .into_iter()
        .map(|element| {
            let id = r.value(&element, Hook::Section, "");
            let place = format!(" in the section \"{id}\"");
            SectionDom {
                list: r.one(&element, Hook::SectionList, &place),
                heading: r
                    .one(&element, Hook::SectionHeading, &place)
                    .text_content()
                    .unwrap_or_default(),
                element,
            }
        })
        .zip(members)
        .unzip()
}

fn read_footnotes(r: &mut Reader, root: &Element) -> Vec<FootnoteDom> {
    let panels: SortedMap<String, Element> = all(root, Hook::FootnotePanel)
        .into_iter()
        .filter_map(|panel| Some((value(&panel, Hook::FootnotePanel)?, panel)))
        .collect();
    all(root, Hook::FootnoteMarker)
        .into_iter()
        .filter_map(|marker| {
            let spot = r.parsed(&marker, Hook::FootnoteMarker, " (host:number)", |key| {
                FootnoteSpot::from_key(key)
            })?;
            let key = spot.key();
            let Some(panel) = panels.get(&key) else {
                r.missing
                    .push(format!("{}=\"{key}\"", Hook::FootnotePanel.attribute()));
                return None;
            };
            Some(FootnoteDom {
                panel: panel.clone(),
                spot,
                marker,
            })
        })
        .collect()
}

fn read_options(r: &mut Reader, root: &Element) -> Vec<OptionDom> {
    let inputs = all(root, Hook::Option);
    // One query each for the counts and the labels, in the options' order.
    let counts = all(root, Hook::OptionCount);
    let labels = all(root, Hook::OptionLabel);
    if counts.len() != inputs.len() || labels.len() != inputs.len() {
        r.missing.push(format!(
            "{} and {} beside each of the {} options (found {} and {})",
            Hook::OptionCount.attribute(),
            Hook::OptionLabel.attribute(),
            inputs.len(),
            counts.len(),
            labels.len()
        ));
        return Vec::new();
    }
    inputs
        .into_iter()
        .zip(counts.into_iter().zip(labels))
        .filter_map(|(input, (count, label))| {
            let key = r.value(&input, Hook::Option, "");
            // An option the widget cannot read would be a dead checkbox: reported, like any hook.
            let Some((facet, option)) = Facet::parse_key(&key) else {
                r.missing.push(format!(
                    "{}=\"{key}\" (facet:option)",
                    Hook::Option.attribute()
                ));
                return None;
            };
            let value = option.to_owned();
            let Ok(input) = input.dyn_into::<HtmlInputElement>() else {
                r.missing.push(format!(
                    "{}=\"{key}\" on a checkbox",
                    Hook::Option.attribute()
                ));
                return None;
            };
            Some(OptionDom {
                facet,
                value,
                label: label.text_content().unwrap_or_default(),
                input,
                count,
            })
        })
        .collect()
}

/// Every control on the page names an action the widget knows (a button that does nothing would be
/// a silent failure).
fn check_controls(r: &mut Reader, root: &Element) {
    for element in all(root, Hook::Control) {
        let id = value(&element, Hook::Control).unwrap_or_default();
        if Control::from_id(&id).is_none() {
            r.missing.push(format!(
                "a known action for {}=\"{id}\"",
                Hook::Control.attribute()
            ));
        }
    }
}

fn read_map(r: &mut Reader, root: &Element) -> MapDom {
    let pins = all(root, Hook::Pin)
        .into_iter()
        .filter_map(|element| {
            let place = r.value(&element, Hook::Place, " on a pin");
            let at = format!(" on the pin of {place}");
            let view = r.parsed(&element, Hook::View, &at, MapView::from_id)?;
            for hook in [Hook::PinX, Hook::PinY] {
                r.parsed(&element, hook, &at, |v| v.parse::<i32>().ok())?;
            }
            Some(PinDom {
                place,
                view,
                element,
            })
        })
        .collect();
    let view_buttons = all(root, Hook::ShowView)
        .into_iter()
        .filter(|element| element.has_attribute(Hook::ViewBox.attribute()))
        .filter_map(|element| {
            let view = r.parsed(&element, Hook::ShowView, "", MapView::from_id)?;
            let view_box = r.value(&element, Hook::ViewBox, "");
            let view_box_narrow = r.value(&element, Hook::ViewBoxNarrow, "");
            Some(ViewButtonDom {
                view,
                element,
                view_box,
                view_box_narrow,
            })
        })
        .collect();
    let places = all(root, Hook::Place)
        .into_iter()
        .filter_map(|element| Some((value(&element, Hook::Place)?, element)))
        .collect();
    let rows: Vec<(String, Element)> = all(root, Hook::PlaceToggle)
        .into_iter()
        .map(|row| {
            (
                r.value(&row, Hook::Place, " on a row of the place lists"),
                row,
            )
        })
        .collect();
    let names = all(root, Hook::PlaceName).len();
    if rows.len() != names {
        r.missing.push(format!(
            "{} in each of the {} rows of the place lists (found {names})",
            Hook::PlaceName.attribute(),
            rows.len()
        ));
    }
    MapDom {
        rows,
        lists: r.one(root, Hook::PlaceLists, ""),
        lists_toggle: r.control(root, Control::ToggleLists),
        canvas: r.one(root, Hook::MapCanvas, ""),
        svg: r.one(root, Hook::MapSvg, ""),
        pins_group: r.one(root, Hook::Pins, ""),
        pins,
        view_buttons,
        places,
    }
}

fn read_presentation(r: &mut Reader, root: &Element) -> PresentationDom {
    let overlay = r.one(root, Hook::Presentation, "");
    let map_box = r.one(&overlay, Hook::StepMap, " in the presentation");
    let world = r
        .parsed(&map_box, Hook::StepWorld, " (x y width height)", |v| {
            let numbers: Vec<f64> = v
                .split(' ')
                .filter_map(|n| n.parse::<i32>().ok())
                .map(f64::from)
                .collect();
            numbers.try_into().ok()
        })
        .unwrap_or([0.0, 0.0, 1000.0, 500.0]);
    let overview_button = r.control(&overlay, Control::PresentOverview);
    let speaker_button = r.control(&overlay, Control::PresentSpeaker);
    let mut one = |hook| r.one(&overlay, hook, " in the presentation");
    PresentationDom {
        stage: one(Hook::StepStage),
        content: one(Hook::StepContent),
        counter: one(Hook::StepCounter),
        live: one(Hook::StepLive),
        opening: one(Hook::StepOpening),
        section: one(Hook::StepSection),
        item: one(Hook::StepItem),
        result: one(Hook::StepResult),
        overview: one(Hook::Overview),
        overview_list: one(Hook::OverviewList),
        overview_item: one(Hook::OverviewItem),
        blackout: one(Hook::Blackout),
        speaker: one(Hook::Speaker),
        speaker_notes: one(Hook::SpeakerNotes),
        speaker_next: one(Hook::SpeakerNext),
        speaker_clock: one(Hook::SpeakerClock),
        slides: one(Hook::Slides),
        slide: one(Hook::Slide),
        overview_button,
        speaker_button,
        map_box,
        world,
        overlay,
    }
}
