//! The sub-updates, through `update` as the widget calls it.

use crate::sorted::{SortedMap, SortedSet};

use super::*;
use crate::filter::{Facet, Index, IndexEntry, PAGE};
use crate::map::pins::Step;
use crate::map::MapView;
use crate::model::Lang;
use crate::present::Move;
use crate::url;
use crate::view_state::FootnoteSpot;

/// Four results in two sections; pins in two views.
fn contents() -> Contents {
    let entry = |tokens: &str, text: &str| IndexEntry {
        facets: IndexEntry::parse_facet_tokens(tokens),
        text: text.to_owned(),
    };
    let index = Index::from_entries(vec![
        entry("section:a ministry:BZ place:COL", "vrede colombia"),
        entry("section:a ministry:Defensie place:UKR", "oekraine missie"),
        entry(
            "section:b ministry:BZ place:UKR place:middle-east",
            "oekraine",
        ),
        entry("section:b ministry:BHO", "fonds"),
    ]);
    let place = |name: &str, view| PlaceInfo {
        name: name.to_owned(),
        view,
    };
    let pin = |place: &str, view, at| Pin {
        place: place.to_owned(),
        view,
        at,
    };
    Contents {
        lang: Lang::Nl,
        index,
        sections: vec![vec![0, 1], vec![2, 3]],
        places: SortedMap::from([
            ("COL".to_owned(), place("Colombia", Some(MapView::World))),
            ("UKR".to_owned(), place("Oekraïne", Some(MapView::Europe))),
            ("middle-east".to_owned(), place("het Midden-Oosten", None)),
        ]),
        pins: vec![
            pin("COL", MapView::World, (2800, 5500)),
            pin("USA", MapView::World, (2000, 3000)),
            pin("UKR", MapView::Europe, (7000, 4000)),
            pin("NLD", MapView::Europe, (3000, 3500)),
        ],
        list: vec!["COL".into(), "UKR".into(), "middle-east".into()],
        footnotes: SortedSet::from([FootnoteSpot::new("intro", 1)]),
        labels: SortedMap::from([
            ("ministry:BZ".to_owned(), "BZ".to_owned()),
            ("ministry:Defensie".to_owned(), "Defensie".to_owned()),
        ]),
        present_in_new_tab: false,
    }
}

/// Runs `actions` from the default view, each on the results that pass before it.
fn run(contents: &Contents, actions: Vec<Action>) -> (View, Vec<Change>) {
    let mut view = View::default();
    let mut changes = Vec::new();
    for action in actions {
        let passing = contents.index.visible(&view.filters);
        let change = update(&view, action, contents, &passing);
        view = change.view.clone();
        changes.push(change);
    }
    (view, changes)
}

#[test]
fn only_a_link_to_nothing_but_the_form_opens_the_page_as_rendered() {
    let c = contents();
    let open = |query: &str| View::opened(crate::url::parse(query), &c);
    assert!(open("").is_as_rendered());
    assert!(open("compact=1").is_as_rendered());
    for query in ["ministry=BZ", "q=oekraine", "present=1", "place=UKR"] {
        assert!(!open(query).is_as_rendered(), "{query}");
    }
}

#[test]
fn an_option_adds_a_history_entry_and_announces_the_count() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![Action::Filter(FilterAction::ToggleOption(
            Facet::Ministry,
            "BZ".into(),
        ))],
    );
    assert!(view.filters.is_chosen(Facet::Ministry, "BZ"));
    assert_eq!(changes[0].history, Some(History::Push));
    assert_eq!(changes[0].announce, Some(Announcement::Count));
    let passing = c.index.visible(&view.filters);
    assert_eq!(Announcement::Count.text(&c, &passing), "2 van 4 resultaten");
}

#[test]
fn typing_makes_one_entry_and_refines_it_until_a_pause() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Filter(FilterAction::Type("o".into())),
            Action::Filter(FilterAction::Type("oe".into())),
            Action::Filter(FilterAction::Type("oek".into())),
            Action::Filter(FilterAction::PauseTyping),
            Action::Filter(FilterAction::Type("oekr".into())),
        ],
    );
    let kinds: Vec<_> = changes.iter().map(|c| c.history).collect();
    assert_eq!(
        kinds,
        [
            Some(History::Push),
            Some(History::Replace),
            Some(History::Replace),
            None,
            Some(History::Push)
        ]
    );
    assert_eq!(changes[3].announce, Some(Announcement::Count));
    assert_eq!(view.filters.query, "oekr");
    assert!(view.typing);
    // A space that changes nothing in the address starts no entry.
    let (view, changes) = run(&c, vec![Action::Filter(FilterAction::Type(" ".into()))]);
    assert_eq!(changes[0].history, None);
    assert!(!view.typing);
}

#[test]
fn any_other_filter_change_ends_the_typing() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Filter(FilterAction::Type("oek".into())),
            Action::Filter(FilterAction::ToggleOption(Facet::Ministry, "BZ".into())),
            Action::Filter(FilterAction::Type("oekr".into())),
        ],
    );
    assert!(view.typing);
    assert_eq!(changes[2].history, Some(History::Push));
}

#[test]
fn a_place_is_chosen_alone_moves_the_map_and_is_unchosen_again() {
    let c = contents();
    let (view, changes) = run(&c, vec![Action::Place(PlaceAction::Choose("UKR".into()))]);
    assert_eq!(
        view.filters.chosen(Facet::Place).collect::<Vec<_>>(),
        ["UKR"]
    );
    assert_eq!(view.map_view, MapView::Europe);
    let passing = c.index.visible(&view.filters);
    assert_eq!(
        changes[0].announce.as_ref().unwrap().text(&c, &passing),
        "Oekraïne: 2 resultaten"
    );
    let (view, changes) = run(
        &c,
        vec![
            Action::Place(PlaceAction::Choose("UKR".into())),
            Action::Place(PlaceAction::Choose("COL".into())),
            Action::Place(PlaceAction::Choose("COL".into())),
        ],
    );
    assert_eq!(view.filters.chosen(Facet::Place).count(), 0);
    assert_eq!(changes[2].announce, Some(Announcement::SelectionCleared));
    // Choosing COL moved the map back to the world.
    assert_eq!(changes[1].view.map_view, MapView::World);
}

#[test]
fn esc_hides_a_tooltip_first_then_clears_the_choice_on_the_map() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Place(PlaceAction::Choose("COL".into())),
            Action::Place(PlaceAction::FocusPin("COL".into())),
            Action::Place(PlaceAction::Escape { on_map: true }),
            Action::Place(PlaceAction::Escape { on_map: true }),
            Action::Place(PlaceAction::Escape { on_map: true }),
        ],
    );
    assert!(changes[2].view.tips_dismissed);
    assert_eq!(changes[2].history, None);
    assert_eq!(changes[3].announce, Some(Announcement::SelectionCleared));
    assert!(!changes[4].handled, "nothing left for Esc to do");
    assert_eq!(view.filters.chosen(Facet::Place).count(), 0);
    // Off the map, with no tooltip showing, Esc is the browser's.
    let (_, changes) = run(
        &c,
        vec![Action::Place(PlaceAction::Escape { on_map: false })],
    );
    assert!(!changes[0].handled);
}

#[test]
fn arrow_keys_move_between_the_pins_of_the_shown_view() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Place(PlaceAction::MovePin(Step::East)),
            Action::Place(PlaceAction::MovePin(Step::East)),
        ],
    );
    assert_eq!(changes[0].focus, Some(Focus::Pin("USA".into())));
    assert_eq!(view.focused_pin.as_deref(), Some("COL"));
    assert_eq!(view.tab_stop(&c).as_deref(), Some("COL"));
    // In Europe, the westernmost pin holds the Tab stop until a place there is chosen.
    let (view, _) = run(
        &c,
        vec![Action::Place(PlaceAction::ShowView(MapView::Europe))],
    );
    assert_eq!(view.tab_stop(&c).as_deref(), Some("NLD"));
    let (view, _) = run(&c, vec![Action::Place(PlaceAction::Choose("UKR".into()))]);
    assert_eq!(view.tab_stop(&c).as_deref(), Some("UKR"));
}

#[test]
fn removing_a_chip_moves_the_focus_to_the_chip_in_its_place() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Filter(FilterAction::ToggleOption(Facet::Ministry, "BZ".into())),
            Action::Filter(FilterAction::ToggleOption(
                Facet::Ministry,
                "Defensie".into(),
            )),
            Action::Filter(FilterAction::RemoveChip("ministry:BZ".into())),
            Action::Filter(FilterAction::RemoveChip("ministry:Defensie".into())),
            Action::Filter(FilterAction::RemoveChip("ministry:Defensie".into())),
        ],
    );
    assert_eq!(changes[2].focus, Some(Focus::Chip(0)));
    assert_eq!(changes[3].focus, Some(Focus::Search));
    assert!(!changes[4].handled, "a chip that is gone changes nothing");
    assert!(view.filters.is_empty());
}

#[test]
fn footnotes_and_map_views_replace_the_entry() {
    let c = contents();
    let spot = FootnoteSpot::new("intro", 1);
    let (view, changes) = run(
        &c,
        vec![
            Action::Read(ReadAction::ToggleFootnote(spot.clone())),
            Action::Place(PlaceAction::ShowView(MapView::Africa)),
            Action::Read(ReadAction::CloseFootnote(spot.clone())),
        ],
    );
    assert_eq!(changes[0].history, Some(History::Replace));
    assert_eq!(changes[1].history, Some(History::Replace));
    assert_eq!(changes[2].focus, Some(Focus::Marker(spot)));
    assert!(view.open_footnotes.is_empty());
}

#[test]
fn a_link_drops_what_the_page_does_not_have() {
    let c = contents();
    let link = url::parse("?ministry=BZ,Nope&fn=intro:1,intro:9&place=UKR&present=99");
    let view = View::opened(link, &c);
    assert_eq!(
        view.filters.all_chosen(),
        [
            (Facet::Ministry, "BZ".to_owned()),
            (Facet::Place, "UKR".to_owned())
        ]
    );
    assert_eq!(view.open_footnotes.len(), 1);
    assert_eq!(view.map_view, MapView::Europe, "the map follows the place");
    // BZ in Ukraine: one result, so the opening, its section, itself: the last is step 3.
    assert_eq!(
        view.present,
        Some(Presenting {
            step: 2,
            ..Presenting::default()
        })
    );
    assert_eq!(url::parse(&url::write(&view.link())).present, Some(3));
}

#[test]
fn presenting_steps_within_the_talk_and_leaves_back_to_the_entry_before() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Present(PresentAction::Start),
            Action::Present(PresentAction::Step(Move::Next)),
            Action::Present(PresentAction::Step(Move::Last)),
            Action::Present(PresentAction::Step(Move::Next)),
        ],
    );
    assert_eq!(changes[0].history, Some(History::Push));
    assert_eq!(changes[0].command, Some(Command::FullScreen));
    assert_eq!(changes[0].focus, Some(Focus::Step));
    // Opening, section a, 2 results, section b, 2 results: 7 steps.
    assert_eq!(view.present.unwrap().step, 6);
    assert_eq!(changes[3].history, None, "past the end stays at the end");
    let passing = c.index.visible(&view.filters);
    let left = update(&view, Action::Present(PresentAction::Leave), &c, &passing);
    assert_eq!(left.history, Some(History::Back));
    assert_eq!(left.focus, Some(Focus::PresentButton));
    assert_eq!(left.view.present, None);
    // Opened by a link, leaving drops `present=` in place.
    let linked = View::opened(url::parse("?present=2"), &c);
    let left = update(&linked, Action::Present(PresentAction::Leave), &c, &passing);
    assert_eq!(left.history, Some(History::Replace));
}

#[test]
fn in_an_iframe_without_full_screen_the_presentation_opens_in_a_tab() {
    let c = Contents {
        present_in_new_tab: true,
        ..contents()
    };
    let (view, changes) = run(
        &c,
        vec![
            Action::Filter(FilterAction::ToggleOption(Facet::Ministry, "BZ".into())),
            Action::Present(PresentAction::Start),
        ],
    );
    assert_eq!(view.present, None);
    match &changes[1].command {
        Some(Command::PresentInNewTab(link)) => {
            assert_eq!(url::write(link), "?ministry=BZ&present=1")
        }
        other => panic!("{other:?}"),
    }
    let (view, _) = run(&c, vec![Action::Present(PresentAction::StartHere)]);
    assert!(view.present.is_some());
}

#[test]
fn show_more_and_reveal_raise_the_page_limit() {
    // 130 results in one section: two pages and a bit.
    let entries = (0..130)
        .map(|i| IndexEntry {
            facets: IndexEntry::parse_facet_tokens(if i % 2 == 0 {
                "section:a ministry:BZ"
            } else {
                "section:a ministry:BHO"
            }),
            text: String::new(),
        })
        .collect();
    let c = Contents {
        index: Index::from_entries(entries),
        sections: vec![(0..130).collect()],
        ..contents()
    };
    let (view, changes) = run(&c, vec![Action::Read(ReadAction::ShowMore)]);
    assert_eq!(view.limit, 2 * PAGE);
    assert_eq!(changes[0].focus, Some(Focus::Card(PAGE)));
    // A link to result 125 while BHO is chosen: it is filtered out, so the filters go.
    let (view, changes) = run(
        &c,
        vec![
            Action::Filter(FilterAction::ToggleOption(Facet::Ministry, "BHO".into())),
            Action::Read(ReadAction::Reveal(124)),
        ],
    );
    assert!(view.filters.is_empty());
    assert_eq!(view.limit, 3 * PAGE);
    assert_eq!(changes[1].focus, Some(Focus::Revealed(124)));
    assert_eq!(changes[1].history, Some(History::Push));
    // A card already in the list: the focus goes to it, nothing else changes.
    let (view, changes) = run(&c, vec![Action::Read(ReadAction::Reveal(3))]);
    assert_eq!(changes[0].focus, Some(Focus::Revealed(3)));
    assert_eq!(changes[0].history, None);
    assert_eq!(view.limit, PAGE);
    // Any filter change starts the list again at one page.
    let (view, _) = run(
        &c,
        vec![
            Action::Read(ReadAction::ShowMore),
            Action::Filter(FilterAction::ToggleOption(Facet::Ministry, "BZ".into())),
        ],
    );
    assert_eq!(view.limit, PAGE);
}

#[test]
fn back_and_forward_follow_the_entry_and_announce() {
    let c = contents();
    let (view, _) = run(&c, vec![Action::Present(PresentAction::Start)]);
    let passing = c.index.visible(&view.filters);
    let change = update(
        &view,
        Action::Navigated(url::parse("?ministry=BZ")),
        &c,
        &passing,
    );
    assert_eq!(change.view.present, None);
    assert_eq!(change.focus, Some(Focus::PresentButton));
    assert_eq!(change.history, None);
    assert_eq!(change.announce, Some(Announcement::Count));
}

#[test]
fn the_lists_are_one_tab_stop_with_arrow_keys_between_rows() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Place(PlaceAction::MoveRow(Move::Next)),
            Action::Place(PlaceAction::MoveRow(Move::Next)),
            Action::Place(PlaceAction::MoveRow(Move::Next)),
            Action::Place(PlaceAction::MoveRow(Move::First)),
        ],
    );
    assert_eq!(changes[0].focus, Some(Focus::Place("UKR".into())));
    assert_eq!(
        changes[2].focus,
        Some(Focus::Place("middle-east".into())),
        "stays at the end"
    );
    assert_eq!(view.list_stop(&c).as_deref(), Some("COL"));
    // Before the keyboard was there, a chosen place holds the stop.
    let (view, _) = run(&c, vec![Action::Place(PlaceAction::Choose("UKR".into()))]);
    assert_eq!(view.list_stop(&c).as_deref(), Some("UKR"));
}

#[test]
fn the_skip_links_take_the_visitor_to_the_map_the_search_and_the_first_result() {
    let c = contents();
    let (_, changes) = run(&c, vec![Action::Read(ReadAction::SkipToMap)]);
    assert_eq!(changes[0].focus, Some(Focus::MapTabStop));
    let (view, changes) = run(&c, vec![Action::Read(ReadAction::SkipToFilters)]);
    assert_eq!(changes[0].focus, Some(Focus::Search));
    assert!(view.filters_open, "on a phone the panel opens for it");
    let (_, changes) = run(&c, vec![Action::Read(ReadAction::SkipToResults)]);
    assert_eq!(changes[0].focus, Some(Focus::FirstResult));
    assert_eq!(changes[0].history, None);
}

#[test]
fn a_filter_chosen_keeps_the_results_start_in_view_a_map_choice_does_not() {
    let c = contents();
    let (_, changes) = run(
        &c,
        vec![
            Action::Filter(FilterAction::ToggleOption(Facet::Ministry, "BZ".into())),
            Action::Place(PlaceAction::Choose("COL".into())),
            Action::Read(ReadAction::ToggleFilters),
            Action::Read(ReadAction::ShowResults),
        ],
    );
    assert!(changes[0].show_results);
    assert!(
        !changes[1].show_results,
        "the panel beside the map shows the choice"
    );
    assert!(changes[2].view.filters_open);
    assert_eq!(
        changes[2].focus,
        Some(Focus::Search),
        "into the panel it opened"
    );
    assert!(!changes[3].view.filters_open);
    assert_eq!(changes[3].focus, Some(Focus::ResultsStart));
    assert_eq!(changes[3].history, None, "the panel is no part of a link");
}

#[test]
fn the_lists_fold_and_unfold_without_touching_the_address() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Place(PlaceAction::ToggleLists),
            Action::Place(PlaceAction::ToggleLists),
        ],
    );
    assert!(changes[0].view.lists_open);
    assert_eq!(changes[0].history, None);
    assert!(!view.lists_open);
}

#[test]
fn the_presenters_aids_black_out_show_the_overview_and_jump() {
    let c = contents();
    let (view, changes) = run(
        &c,
        vec![
            Action::Present(PresentAction::Start),
            Action::Present(PresentAction::ToggleBlackout),
            Action::Present(PresentAction::Resume),
            Action::Present(PresentAction::ToggleOverview),
            Action::Present(PresentAction::GoTo(4)),
        ],
    );
    assert!(changes[1].view.present.unwrap().blackout);
    assert_eq!(
        changes[1].history, None,
        "a black screen is not in the address"
    );
    assert!(!changes[2].view.present.unwrap().blackout);
    assert!(changes[3].view.present.unwrap().overview);
    assert_eq!(changes[3].focus, Some(Focus::OverviewStep));
    let presenting = view.present.unwrap();
    assert_eq!((presenting.step, presenting.overview), (4, false));
    assert_eq!(changes[4].focus, Some(Focus::Step));
    assert_eq!(changes[4].history, Some(History::Replace));
    // Out of reach: the last step.
    let passing = c.index.visible(&view.filters);
    let far = update(
        &view,
        Action::Present(PresentAction::GoTo(99)),
        &c,
        &passing,
    );
    assert_eq!(far.view.present.unwrap().step, 6);
}

#[test]
fn the_speakers_window_follows_the_audiences_and_ends_with_it() {
    let c = contents();
    // The audience's window opens the speaker's view of the same step in a window of its own.
    let (audience, changes) = run(
        &c,
        vec![
            Action::Present(PresentAction::Start),
            Action::Present(PresentAction::Step(Move::Next)),
            Action::Present(PresentAction::OpenSpeakerView),
        ],
    );
    let Some(Command::OpenSpeakerView(link)) = &changes[2].command else {
        panic!("{:?}", changes[2].command);
    };
    assert_eq!(url::write(link), "?present=2&speaker=1");
    // The speaker's window, opened from that link, moves when the audience's does (no entry of its
    // own to go back to), and the same step again changes nothing.
    let speaker = View::opened(link.clone(), &c);
    assert!(speaker.is_speaker_view());
    let passing = c.index.visible(&speaker.filters);
    let moved = update(
        &speaker,
        Action::Present(PresentAction::Synced(4)),
        &c,
        &passing,
    );
    assert_eq!(moved.view.present.unwrap().step, 4);
    assert_eq!(
        moved.focus, None,
        "the focus stays where the speaker has it"
    );
    let same = update(
        &moved.view,
        Action::Present(PresentAction::Synced(4)),
        &c,
        &passing,
    );
    assert!(!same.handled);
    // Either window ending it ends both: the audience goes back; the speaker's window closes.
    let closed = update(
        &moved.view,
        Action::Present(PresentAction::OtherWindowLeft),
        &c,
        &passing,
    );
    assert_eq!(closed.command, Some(Command::CloseWindow));
    assert_eq!(closed.view.present, None);
    let left = update(
        &audience,
        Action::Present(PresentAction::OtherWindowLeft),
        &c,
        &passing,
    );
    assert_eq!(left.history, Some(History::Back));
    assert_eq!(left.view.present, None);
    // The speaker's window opens no speaker's view of its own.
    let again = update(
        &speaker,
        Action::Present(PresentAction::OpenSpeakerView),
        &c,
        &passing,
    );
    assert_eq!(again.command, None);
    // Without a presentation `speaker=1` means nothing.
    assert!(!View::opened(url::parse("?speaker=1"), &c).speaker);
}

#[test]
fn printing_lasts_while_either_the_print_events_or_the_print_medium_say_so() {
    use Action::{PrintMedium as Medium, Printing as Events};
    let c = contents();
    for (actions, printing) in [
        (vec![], false),
        (vec![Events(true)], true),
        // The medium's change read between beforeprint and the printout's layout (still screen)
        // does not end what beforeprint started.
        (vec![Events(true), Medium(false)], true),
        (vec![Events(true), Medium(true), Events(false)], true),
        (
            vec![Events(true), Medium(true), Events(false), Medium(false)],
            false,
        ),
        // A preview that emulates the medium, without print events.
        (vec![Medium(true)], true),
        (vec![Medium(true), Medium(false)], false),
    ] {
        let (view, changes) = run(&c, actions.clone());
        assert_eq!(view.printing(), printing, "{actions:?}");
        // Printing is no history entry.
        assert!(changes.iter().all(|change| change.history.is_none()));
    }
}
