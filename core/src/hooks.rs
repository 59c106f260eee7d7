//! The vocabulary between the page and the widget: every element the widget finds on the
//! prerendered page ([`Hook`]), every control a visitor acts on ([`Control`]) and every state the
//! widget marks for the stylesheet ([`Mark`]), named once.
//!
//! The components write these names (`nap1325-page`) and the widget reads them (`nap1325-widget`),
//! both through the enums below, so a misspelt name is a compile error. Every list of variants
//! (`ALL`) is made by the macro that declares the enum, never kept by hand. The end-to-end tests and
//! the node scripts take the names from `scripts/vocabulary.mjs`, generated from here
//! ([`javascript_module`], `make vocabulary`); the stylesheets and the scripts the page runs
//! (`early.js`, `loader.js`, `embed.js`, `embed-host.js`, which stay standalone) name them as text, and
//! a native test (`core/tests/vocabulary.rs`) checks every such name against this file. A hook the
//! widget needs but does not find on the page is reported when it starts, by name.

/// How many elements of a hook the prerendered page has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Exactly one: the widget cannot work without it.
    One,
    /// Any number (the cards, the places, the footnotes …).
    Many,
    /// An attribute that carries a value on an element another hook finds (`data-facets` on a
    /// card).
    Value,
    /// Written by the widget or `loader.js` while the page runs, never by the components.
    Written,
    /// Written by the build into the page's head (`xtask prerender`), read by `loader.js`.
    Build,
    /// Inside a `<template>` the components render: the widget clones it and fills it in.
    Template,
    /// On the editors' embed guide (`embed.html`), read by `embed.js`.
    Guide,
}

macro_rules! hooks {
    ($( $(#[$doc:meta])* $name:ident = $attribute:literal, $kind:ident; )*) => {
        /// An element (or an attribute of one) that the page and the widget agree on.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Hook {
            $( $(#[$doc])* $name, )*
        }

        impl Hook {
            pub const ALL: &'static [Hook] = &[$( Hook::$name, )*];

            /// The attribute the page carries: `data-live`.
            pub const fn attribute(self) -> &'static str {
                match self {
                    $( Hook::$name => $attribute, )*
                }
            }

            /// A CSS selector for the elements that carry it: `[data-live]`.
            pub const fn selector(self) -> &'static str {
                match self {
                    $( Hook::$name => concat!("[", $attribute, "]"), )*
                }
            }

            pub const fn kind(self) -> Kind {
                match self {
                    $( Hook::$name => Kind::$kind, )*
                }
            }

            /// The variant's name (`StepCounter`): the generated JavaScript module's key.
            pub const fn variant(self) -> &'static str {
                match self {
                    $( Hook::$name => stringify!($name), )*
                }
            }
        }
    };
}

/// Declares an enum of names with its values, every variant listed once: `ALL`, the value of each
/// (`$method`) and its variant's name for the generated JavaScript module.
macro_rules! names {
    ($(#[$meta:meta])* $Enum:ident by $method:ident {
        $( $(#[$doc:meta])* $name:ident = $value:literal, )*
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $Enum {
            $( $(#[$doc])* $name, )*
        }

        impl $Enum {
            pub const ALL: &'static [$Enum] = &[$( $Enum::$name, )*];

            pub const fn $method(self) -> &'static str {
                match self {
                    $( $Enum::$name => $value, )*
                }
            }

            /// The variant's name: the generated JavaScript module's key.
            pub const fn variant(self) -> &'static str {
                match self {
                    $( $Enum::$name => stringify!($name), )*
                }
            }
        }
    };
}

hooks! {
    // The frame.
    /// The report itself: the widget starts on it.
    Report = "data-report", One;
    /// The polite live region for announcements.
    Live = "data-live", One;
    /// The alert where a failure is reported (empty until then); it carries both messages.
    Failure = "data-failure", One;
    /// What `loader.js` says when the widget cannot start (on [`Hook::Failure`]).
    FailureStart = "data-failure-start", Value;
    /// What the widget says when it fails after it started (on [`Hook::Failure`]).
    FailureBroke = "data-failure-broke", Value;
    /// Set on the report once the widget has started.
    Ready = "data-ready", Written;
    /// The letter's introduction.
    Introduction = "data-introduction", One;
    /// The introduction after its first paragraph: shown on request (always without JavaScript).
    IntroductionMore = "data-introduction-more", One;
    /// The link to the other language's page (the widget adds the current view to it).
    LangSwitch = "data-lang-switch", One;
    /// On the tag of `loader.js`: the wasm-bindgen glue script it imports, and its hash.
    Glue = "data-glue", Build;
    GlueIntegrity = "data-glue-integrity", Build;
    /// On the tag of `loader.js`: the widget's wasm it fetches, and its hash.
    Wasm = "data-wasm", Build;
    WasmIntegrity = "data-wasm-integrity", Build;

    // Filters.
    SearchInput = "data-search-input", One;
    /// A facet option's checkbox; its value is the option's key (`ministry:Defensie`).
    Option = "data-option", Many;
    /// An option's label in words.
    OptionLabel = "data-option-label", Many;
    /// An option's count, `(3)`.
    OptionCount = "data-option-count", Many;
    /// The filter panel: beside the results on wide screens, behind the filter button on phones.
    FilterPanel = "data-filter-panel", One;
    /// The results: the bar above them and their list.
    Results = "data-results", One;
    /// Above the results: the count, the filter button, the chips (it sticks on wide screens).
    ResultsBar = "data-results-bar", One;
    /// The chips of the active filters, and the control that clears them.
    ActiveFilters = "data-active-filters", One;
    /// The list the chips go into.
    Chips = "data-chips", One;
    /// The `<template>` of a chip; the widget fills in a copy per active filter.
    ChipTemplate = "data-chip-template", One;
    /// A chip's button; its value is the option's key, or `q` for the search.
    Chip = "data-chip", Template;
    /// What a chip says: the option in words.
    ChipLabel = "data-chip-label", Template;
    /// "12 van 38 resultaten".
    ResultsCount = "data-results-count", One;
    /// Shown when the filters leave nothing.
    Empty = "data-empty", One;
    /// The line above the results in a printout: what was filtered, and when it was printed.
    PrintSummary = "data-print-summary", One;
    /// Under it: the address that opens the printed view again.
    PrintAddress = "data-print-address", One;

    // Results.
    /// A section of the letter; its value is the section's id.
    Section = "data-section", Many;
    /// A section's heading.
    SectionHeading = "data-section-heading", Many;
    /// The list a section's cards go into.
    SectionList = "data-section-list", Many;
    /// A result card; its value is the result's id.
    Result = "data-result", Many;
    /// A card's filter options as tokens (`section:diplomatic ministry:BZ …`), on the card.
    Facets = "data-facets", Value;
    /// The card's article (focused when the widget moves to a card).
    ResultBody = "data-result-body", Many;
    ResultTitle = "data-result-title", Many;
    /// The result's text, with its footnote markers.
    ResultText = "data-result-text", Many;
    /// The result's facts in words (ministry, countries …).
    ResultFacts = "data-result-facts", Many;
    /// An editors' note on a card (the speaker's notes quote it).
    ResultNote = "data-result-note", Many;
    /// A part of a card that search looks in.
    Searchable = "data-search", Many;
    /// Which search terms a card's marks are for.
    Marked = "data-marked", Written;
    /// A link to a result card (in the footnote list's "cited in"); its value is the result's id.
    ResultLink = "data-result-link", Many;

    // Footnotes.
    /// A footnote marker; its value is the place it is cited (`intro:1`, `<result id>:4`).
    FootnoteMarker = "data-footnote", Many;
    /// The panel in which a marker's footnote opens in place; same value as its marker.
    FootnotePanel = "data-footnote-panel", Many;
    /// The close button in a panel; same value as its marker.
    FootnoteClose = "data-footnote-close", Many;
    /// A footnote in the list at the end; its value is the footnote's number.
    FootnoteItem = "data-footnote-item", Many;

    // The map.
    /// The map's canvas; its [`Hook::View`] says which view shows.
    MapCanvas = "data-map", One;
    MapSvg = "data-map-svg", One;
    /// The map's scenery; `loader.js` sets its `href` after the first paint.
    Scenery = "data-scenery", One;
    /// The group of pins: the map's one Tab stop.
    Pins = "data-pins", One;
    /// A country or area on the map or in a list; its value is the country's code or the
    /// area's id. Pins, shapes and list rows all carry it.
    Place = "data-place", Many;
    /// A pin (it also carries [`Hook::Place`], [`Hook::View`], [`Hook::PinX`], [`Hook::PinY`]).
    Pin = "data-pin", Many;
    /// A pin's tooltip: its name, results and roles in words (hover and focus show it).
    PinTip = "data-pin-tip", Many;
    /// A row of the country or area lists (a toggle button with the widget running).
    PlaceToggle = "data-place-toggle", Many;
    /// The lists of countries and areas: one Tab stop, arrow keys between the rows.
    PlaceLists = "data-place-lists", One;
    /// Beside the map: what the chosen country or area did, its results' titles as links.
    PlacePanel = "data-place-panel", One;
    /// The panel's words on the choice ("Colombia: 2 resultaten").
    PlaceSummary = "data-place-summary", One;
    /// The list the panel's links go into.
    PlaceResults = "data-place-results", One;
    /// The `<template>` of a link in that list: an item with a [`Hook::ResultLink`].
    PlaceLinkTemplate = "data-place-link-template", One;
    /// The panel's link to the whole list, shown when it lists only the first titles.
    PlaceAll = "data-place-all", One;
    /// A place's name in its row.
    PlaceName = "data-place-name", Many;
    /// The map view a pin stands in, or the canvas shows (a [`crate::map::MapView`] id).
    View = "data-view", Value;
    /// The box of a country's largest part on the map in whole units, `left top right bottom`, on
    /// its shape (the presentation frames its map on it without measuring the drawing).
    Bounds = "data-bounds", Value;
    /// Where a pin stands in its view, in hundredths of a percent of the width and height.
    PinX = "data-x", Value;
    PinY = "data-y", Value;
    /// A control that shows a map view (the view buttons, the frames on the world map); its
    /// value is the view's id.
    ShowView = "data-show-view", Many;
    /// The `viewBox` of the view a view button shows, and on a narrow screen.
    ViewBox = "data-view-box", Value;
    ViewBoxNarrow = "data-view-box-narrow", Value;

    // Controls.
    /// A button that does one thing; its value is a [`Control`].
    Control = "data-action", Many;

    // The presentation.
    Presentation = "data-presentation", One;
    /// The stage: the step's text and its map (its [`Mark`]s say how they share it).
    StepStage = "data-step-stage", One;
    StepContent = "data-step-content", One;
    StepMap = "data-step-map", One;
    /// The whole world's `viewBox` in whole units, on [`Hook::StepMap`].
    StepWorld = "data-world", Value;
    StepCounter = "data-step-counter", One;
    StepLive = "data-step-live", One;
    /// The `<template>` of each kind of step: the opening, a section, a result.
    StepOpening = "data-step-opening", One;
    StepSection = "data-step-section", One;
    StepResult = "data-step-result", One;
    /// The `<template>` of an item of a section step's list of titles.
    StepItem = "data-step-item", One;
    /// The parts of a step the widget fills in: the line above the heading, the heading, the line
    /// under it, a section's list of titles, a result's text and facts, where it happened.
    StepKicker = "data-step-kicker", Template;
    StepTitle = "data-step-title", Template;
    StepLead = "data-step-lead", Template;
    StepList = "data-step-list", Template;
    StepText = "data-step-text", Template;
    StepFacts = "data-step-facts", Template;
    /// The line of the opening that says what the talk covers.
    StepSelection = "data-step-selection", Template;
    /// A country on the presentation's copy of the map.
    StepPlace = "data-step-place", Written;
    /// The overview of all steps (opened by "O" or its button), its list, and the `<template>` of
    /// an entry: a button whose value is the step's number, with its number and title in words.
    Overview = "data-overview", One;
    OverviewList = "data-overview-list", One;
    OverviewItem = "data-overview-item", One;
    OverviewStep = "data-overview-step", Template;
    OverviewNumber = "data-overview-number", Template;
    OverviewTitle = "data-overview-title", Template;
    /// The black screen ("." or "B").
    Blackout = "data-blackout", One;
    /// The speaker's view (in a window of its own): the notes, the next step, the time.
    Speaker = "data-speaker", One;
    SpeakerNotes = "data-speaker-notes", One;
    SpeakerNext = "data-speaker-next", One;
    SpeakerClock = "data-speaker-clock", One;
    /// The slides as the printer gets them: every step, each on a page of its own.
    Slides = "data-slides", One;
    /// The `<template>` of a printed slide: the step's text and, for a step with a map, the map's
    /// box (left out of a slide without one).
    Slide = "data-slide", One;
    SlideText = "data-slide-text", Template;
    SlideMap = "data-slide-map", Template;
    /// A footnote's text in the list at the end (the speaker's notes quote it).
    FootnoteText = "data-footnote-text", Many;

    // The map's drawing.
    /// The map's `<defs>` (the hatch pattern): the presentation's copy leaves them behind.
    MapDefs = "data-map-defs", One;

    // The embed guide (embed.html), for embed.js.
    /// The options form.
    GuideForm = "data-guide-form", Guide;
    /// The page of each language, and the iframe's title in it (on the form).
    GuidePageNl = "data-guide-page-nl", Guide;
    GuidePageEn = "data-guide-page-en", Guide;
    GuideTitleNl = "data-guide-title-nl", Guide;
    GuideTitleEn = "data-guide-title-en", Guide;
    /// The integrity hash of `embed-host.js` (on the form).
    GuideHostIntegrity = "data-guide-host-integrity", Guide;
    /// The snippet to copy, the live preview, the copy button and its status line.
    GuideSnippet = "data-guide-snippet", Guide;
    GuidePreview = "data-guide-preview", Guide;
    GuideCopy = "data-guide-copy", Guide;
    GuideStatus = "data-guide-status", Guide;
}

names! {
    /// What a button does (its [`Hook::Control`] value).
    Control by id {
        Present = "present",
        Print = "print",
        DownloadCsv = "download-csv",
        DownloadJson = "download-json",
        ClearAll = "clear-all",
        ShowMore = "show-more",
        ShowAllPlaces = "show-all-places",
        ToggleLists = "toggle-lists",
        SkipToMap = "skip-to-map",
        SkipToFilters = "skip-to-filters",
        SkipToResults = "skip-to-results",
        ToggleIntroduction = "toggle-introduction",
        ToggleFilters = "toggle-filters",
        ShowResults = "show-results",
        PresentPrevious = "present-previous",
        PresentNext = "present-next",
        PresentOverview = "present-overview",
        PresentSpeaker = "present-speaker",
        PresentLeave = "present-leave",
    }
}

impl Control {
    pub fn from_id(id: &str) -> Option<Control> {
        Control::ALL.iter().copied().find(|c| c.id() == id)
    }
}

names! {
    /// A state the widget (or `early.js`) marks with a class, for the stylesheet to show.
    Mark by class {
        /// A chosen country's shape on the map.
        Selected = "selected",
        /// The pin of the country under the pointer (its tooltip shows).
        Hovered = "hovered",
        /// On the map canvas: Esc has hidden the tooltips until the pointer or focus moves.
        TipsDismissed = "tips-dismissed",
        /// A section with a result that passes the filters (print writes it out).
        HasPassing = "has-passing",
        /// A footnote in the list that no printed text cites (print leaves it out).
        NotCited = "not-cited",
        /// A country of the current presentation step.
        InStep = "in-step",
        /// A presentation step whose text scrolls (it does not fit even at half size).
        Overflowing = "overflowing",
        /// On `<html>`: the presentation shows.
        Presenting = "presenting",
        /// On `<html>`: `compact=1`, embedded without the widget's own heading (`early.js`).
        Compact = "compact",
        /// On `<html>`: shown in an iframe (`early.js`).
        Embedded = "embedded",
        /// A search hit marked in a card.
        SearchHit = "search-hit",
        /// On the filter panel: opened by the filter button (phones).
        Open = "open",
        /// On the place panel: a place is chosen.
        Chosen = "chosen",
        /// On the presentation's stage: the step has a map of its own countries (beside the text).
        WithMap = "with-map",
        /// On the presentation's stage: the step shows the whole world (under the text).
        WorldMap = "world-map",
        /// On `<html>`: this window is the speaker's view.
        SpeakerView = "speaker-view",
    }
}

names! {
    /// A CSS custom property the widget writes for the stylesheet (on `<html>`).
    Property by name {
        /// The height of what sticks to the top of the screen (the results bar on wide screens).
        StuckTop = "--stuck-top",
        /// The height of what sticks to the bottom (the place panel on phones).
        StuckBottom = "--stuck-bottom",
    }
}

/// The contract with a host page that embeds the widget (`embed-host.js`, `embed.html`).
pub mod embed {
    /// The attribute that marks the widget's iframes on a host page.
    pub const FRAME: &str = "data-nap1325";
    /// The `type` of the message in which the widget posts its content height:
    /// `{ "type": "nap1325:height", "height": 1234 }`.
    pub const HEIGHT_MESSAGE: &str = "nap1325:height";
    /// The heights the host script accepts, in CSS pixels (and the embed guide offers).
    pub const MIN_HEIGHT: u32 = 200;
    pub const MAX_HEIGHT: u32 = 20_000;
}

/// What a visitor does before the widget is ready: `early.js` keeps it, in order, in a list on
/// `window` (`window.nap1325Early`), and the widget applies it once it has started. Each entry is
/// `{ type, target, value }`: `click` on a button, link or place (its own work held back),
/// `change` of a facet option, `input` in the search field (with the text typed).
pub mod early {
    /// The list's name on `window`.
    pub const QUEUE: &str = "nap1325Early";
    /// An entry's fields.
    pub const TYPE: &str = "type";
    pub const TARGET: &str = "target";
    pub const VALUE: &str = "value";
}

/// `middle` → `Middle`.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// The vocabulary as a JavaScript module (`scripts/vocabulary.mjs`), for the end-to-end tests and
/// the node scripts: each name under its variant's name, so `sel.StepCounter` in a test is
/// `Hook::StepCounter` here. `make vocabulary` writes it; a native test fails when it is stale.
pub fn javascript_module() -> String {
    fn object(out: &mut String, doc: &str, name: &str, entries: &[(&str, &str)]) {
        out.push_str(&format!(
            "\n/** {doc} */\nexport const {name} = Object.freeze({{\n"
        ));
        for (key, value) in entries {
            out.push_str(&format!("  {key}: '{value}',\n"));
        }
        out.push_str("});\n");
    }
    let mut out = String::from(
        "// Generated from core/src/hooks.rs (with the map views and the URL parameters) by\n\
         // `make vocabulary`; `cargo test` fails when it differs from what core writes. Do not edit.\n",
    );
    let hooks: Vec<(&str, &str)> = Hook::ALL
        .iter()
        .map(|h| (h.variant(), h.attribute()))
        .collect();
    object(
        &mut out,
        "Each hook's attribute: `hook.StepCounter` is `data-step-counter`.",
        "hook",
        &hooks,
    );
    let selectors: Vec<(&str, &str)> = Hook::ALL
        .iter()
        .map(|h| (h.variant(), h.selector()))
        .collect();
    object(
        &mut out,
        "Each hook's selector: `sel.StepCounter` is `[data-step-counter]`.",
        "sel",
        &selectors,
    );
    let controls: Vec<(&str, &str)> = Control::ALL.iter().map(|c| (c.variant(), c.id())).collect();
    object(
        &mut out,
        "What each button does (the value of `hook.Control`).",
        "control",
        &controls,
    );
    let marks: Vec<(&str, &str)> = Mark::ALL.iter().map(|m| (m.variant(), m.class())).collect();
    object(
        &mut out,
        "The class of each state the widget marks.",
        "mark",
        &marks,
    );
    let properties: Vec<(&str, &str)> = Property::ALL
        .iter()
        .map(|p| (p.variant(), p.name()))
        .collect();
    object(
        &mut out,
        "The custom properties the widget writes.",
        "property",
        &properties,
    );
    let view_keys: Vec<String> = crate::map::MapView::ALL
        .iter()
        .map(|v| v.id().split('-').map(capitalised).collect())
        .collect();
    let views: Vec<(&str, &str)> = view_keys
        .iter()
        .zip(crate::map::MapView::ALL)
        .map(|(key, v)| (key.as_str(), v.id()))
        .collect();
    object(&mut out, "The map's views.", "view", &views);
    let params: Vec<(&str, &str)> = crate::url::Param::ALL
        .iter()
        .map(|p| (p.name(), p.name()))
        .collect();
    object(&mut out, "The URL's parameters.", "param", &params);
    object(
        &mut out,
        "The contract with a host page.",
        "embed",
        &[
            ("Frame", embed::FRAME),
            ("HeightMessage", embed::HEIGHT_MESSAGE),
            ("MinHeight", &embed::MIN_HEIGHT.to_string()),
            ("MaxHeight", &embed::MAX_HEIGHT.to_string()),
        ],
    );
    out.push_str(
        "\n/** A hook with a value: `withValue('Place', 'COL')` is `[data-place=\"COL\"]`. */\n\
         export const withValue = (name, value) => `[${hook[name]}=\"${value}\"]`;\n\
         \n/** The button of a control: `action('Present')` is `[data-action=\"present\"]`. */\n\
         export const action = (name) => withValue('Control', control[name]);\n\
         \n/** The elements marked with a state: `marked('InStep')` is `.in-step`. */\n\
         export const marked = (name) => `.${mark[name]}`;\n",
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_name_is_unique_and_a_data_attribute() {
        let names: BTreeSet<&str> = Hook::ALL.iter().map(|h| h.attribute()).collect();
        assert_eq!(names.len(), Hook::ALL.len(), "two hooks share an attribute");
        for hook in Hook::ALL {
            let name = hook.attribute();
            assert!(name.starts_with("data-"), "{name}");
            assert!(
                name[5..]
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{name}"
            );
            assert_eq!(hook.selector(), format!("[{name}]"));
        }
        let controls: BTreeSet<&str> = Control::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(controls.len(), Control::ALL.len());
        for control in Control::ALL {
            assert_eq!(Control::from_id(control.id()), Some(*control));
        }
        let marks: BTreeSet<&str> = Mark::ALL.iter().map(|m| m.class()).collect();
        assert_eq!(marks.len(), Mark::ALL.len());
        for property in Property::ALL {
            assert!(property.name().starts_with("--"), "{property:?}");
        }
    }
}
