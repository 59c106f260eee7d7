//! The key bindings and the buttons, as data: what a key does where the focus is, and what each
//! control does. The widget asks here and dispatches the answer, so every binding is tested
//! natively and none lives in the browser code.

use crate::hooks::Control;
use crate::map::pins::Step;
use crate::present::Move;
use crate::update::{Action, FilterAction, Format, PlaceAction, PresentAction, ReadAction};

/// Where a key was pressed, as far as the bindings care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPlace {
    /// On a pin of the map (the map's one Tab stop).
    Map,
    /// On a row of the country and area lists.
    Lists,
    /// Elsewhere on the page, not presenting; `on_map`: the focus is in the map's pins.
    Page { on_map: bool },
    /// While presenting.
    Presenting(PresentingKeys),
}

/// What a key's meaning depends on while presenting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PresentingKeys {
    /// The focus is on a button (Space presses it).
    pub on_button: bool,
    /// The focus is in a step's text that scrolls (Up and Down scroll it).
    pub in_scrolling_text: bool,
    /// The screen is blacked out.
    pub blacked_out: bool,
    /// The overview of the steps is open.
    pub overview: bool,
}

/// What `key` (a `KeyboardEvent.key`, without Alt, Ctrl or Meta) does at `place`, if anything.
pub fn key_action(key: &str, place: KeyPlace) -> Option<Action> {
    match place {
        KeyPlace::Map => pin_step(key).map(|step| Action::Place(PlaceAction::MovePin(step))),
        KeyPlace::Lists => row_move(key).map(|m| Action::Place(PlaceAction::MoveRow(m))),
        KeyPlace::Page { on_map } => {
            (key == "Escape").then_some(Action::Place(PlaceAction::Escape { on_map }))
        }
        KeyPlace::Presenting(PresentingKeys {
            on_button,
            in_scrolling_text,
            blacked_out,
            overview,
        }) => {
            let present = |action| Some(Action::Present(action));
            match key {
                // Any key brings a black screen back (and does nothing else).
                _ if blacked_out && !MODIFIERS.contains(&key) => present(PresentAction::Resume),
                "." | "b" | "B" => present(PresentAction::ToggleBlackout),
                "o" | "O" => present(PresentAction::ToggleOverview),
                "Escape" if overview => present(PresentAction::ToggleOverview),
                "Escape" => present(PresentAction::Leave),
                "s" | "S" => present(PresentAction::OpenSpeakerView),
                // In the overview the keys are the buttons' own (Tab, Enter, Space).
                _ if overview => None,
                " " if on_button => None,
                "ArrowUp" | "ArrowDown" if in_scrolling_text => None,
                _ => step_move(key).map(|m| Action::Present(PresentAction::Step(m))),
            }
        }
    }
}

/// Keys that come with another (a clicker's, a shortcut's): they do not bring the screen back.
const MODIFIERS: [&str; 6] = ["Shift", "Control", "Alt", "Meta", "CapsLock", "Fn"];

/// Arrow keys, Home and End between the map's pins.
fn pin_step(key: &str) -> Option<Step> {
    match key {
        "ArrowRight" => Some(Step::East),
        "ArrowLeft" => Some(Step::West),
        "ArrowDown" => Some(Step::South),
        "ArrowUp" => Some(Step::North),
        "Home" => Some(Step::First),
        "End" => Some(Step::Last),
        _ => None,
    }
}

/// Up, Down (and Left, Right), Home and End between the rows of the place lists.
fn row_move(key: &str) -> Option<Move> {
    match key {
        "ArrowDown" | "ArrowRight" => Some(Move::Next),
        "ArrowUp" | "ArrowLeft" => Some(Move::Previous),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        _ => None,
    }
}

/// The presentation's keys; a presentation clicker sends PageDown and PageUp.
fn step_move(key: &str) -> Option<Move> {
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some(Move::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Move::Previous),
        "Home" => Some(Move::First),
        "End" => Some(Move::Last),
        _ => None,
    }
}

/// What a control's button does.
pub fn control_action(control: Control) -> Action {
    match control {
        Control::Present => Action::Present(PresentAction::Start),
        Control::Print => Action::Print,
        Control::DownloadCsv => Action::Download(Format::Csv),
        Control::DownloadJson => Action::Download(Format::Json),
        Control::ClearAll => Action::Filter(FilterAction::ClearAll),
        Control::ShowMore => Action::Read(ReadAction::ShowMore),
        Control::ShowAllPlaces => Action::Place(PlaceAction::ShowAll),
        Control::ToggleLists => Action::Place(PlaceAction::ToggleLists),
        Control::SkipToMap => Action::Read(ReadAction::SkipToMap),
        Control::SkipToFilters => Action::Read(ReadAction::SkipToFilters),
        Control::SkipToResults => Action::Read(ReadAction::SkipToResults),
        Control::ToggleIntroduction => Action::Read(ReadAction::ToggleIntroduction),
        Control::ToggleFilters => Action::Read(ReadAction::ToggleFilters),
        Control::ShowResults => Action::Read(ReadAction::ShowResults),
        Control::PresentPrevious => Action::Present(PresentAction::Step(Move::Previous)),
        Control::PresentNext => Action::Present(PresentAction::Step(Move::Next)),
        Control::PresentOverview => Action::Present(PresentAction::ToggleOverview),
        Control::PresentSpeaker => Action::Present(PresentAction::OpenSpeakerView),
        Control::PresentLeave => Action::Present(PresentAction::Leave),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presenting(key: &str) -> Option<Action> {
        key_action(key, PRESENTING)
    }

    const PRESENTING: KeyPlace = KeyPlace::Presenting(PresentingKeys {
        on_button: false,
        in_scrolling_text: false,
        blacked_out: false,
        overview: false,
    });

    fn step(m: Move) -> Option<Action> {
        Some(Action::Present(PresentAction::Step(m)))
    }

    #[test]
    fn the_presentation_keys_and_a_clickers_buttons_move_between_steps() {
        for key in ["ArrowRight", "ArrowDown", "PageDown", " "] {
            assert_eq!(presenting(key), step(Move::Next), "{key}");
        }
        for key in ["ArrowLeft", "ArrowUp", "PageUp"] {
            assert_eq!(presenting(key), step(Move::Previous), "{key}");
        }
        assert_eq!(presenting("Home"), step(Move::First));
        assert_eq!(presenting("End"), step(Move::Last));
        assert_eq!(
            presenting("Escape"),
            Some(Action::Present(PresentAction::Leave))
        );
        assert_eq!(presenting("a"), None);
        // Space presses a button; Up and Down scroll a text that scrolls.
        let on_button = KeyPlace::Presenting(PresentingKeys {
            on_button: true,
            ..PresentingKeys::default()
        });
        assert_eq!(key_action(" ", on_button), None);
        assert_eq!(key_action("PageDown", on_button), step(Move::Next));
        let scrolling = KeyPlace::Presenting(PresentingKeys {
            in_scrolling_text: true,
            ..PresentingKeys::default()
        });
        assert_eq!(key_action("ArrowDown", scrolling), None);
        assert_eq!(key_action("ArrowRight", scrolling), step(Move::Next));
    }

    #[test]
    fn the_presenters_aids_have_their_keys() {
        let present = |a| Some(Action::Present(a));
        for key in [".", "b", "B"] {
            assert_eq!(
                presenting(key),
                present(PresentAction::ToggleBlackout),
                "{key}"
            );
        }
        assert_eq!(presenting("o"), present(PresentAction::ToggleOverview));
        assert_eq!(presenting("S"), present(PresentAction::OpenSpeakerView));
        // A black screen comes back at any key, and the key does nothing else.
        let black = KeyPlace::Presenting(PresentingKeys {
            blacked_out: true,
            ..PresentingKeys::default()
        });
        for key in ["PageDown", "Escape", "x", ".", "b"] {
            assert_eq!(
                key_action(key, black),
                present(PresentAction::Resume),
                "{key}"
            );
        }
        assert_eq!(
            key_action("Shift", black),
            None,
            "a modifier alone is not a key press"
        );
        // In the overview, Esc closes it; the other keys are its buttons'.
        let overview = KeyPlace::Presenting(PresentingKeys {
            overview: true,
            ..PresentingKeys::default()
        });
        assert_eq!(
            key_action("Escape", overview),
            present(PresentAction::ToggleOverview)
        );
        assert_eq!(key_action("ArrowRight", overview), None);
        assert_eq!(key_action("Enter", overview), None);
    }

    #[test]
    fn arrows_home_and_end_move_between_pins_and_between_rows() {
        let pin = |key| key_action(key, KeyPlace::Map);
        let moved = |s| Some(Action::Place(PlaceAction::MovePin(s)));
        assert_eq!(pin("ArrowRight"), moved(Step::East));
        assert_eq!(pin("ArrowLeft"), moved(Step::West));
        assert_eq!(pin("ArrowDown"), moved(Step::South));
        assert_eq!(pin("ArrowUp"), moved(Step::North));
        assert_eq!(pin("Home"), moved(Step::First));
        assert_eq!(pin("End"), moved(Step::Last));
        assert_eq!(pin("Enter"), None, "Enter is the pin's own click");
        let row = |key| key_action(key, KeyPlace::Lists);
        let to = |m| Some(Action::Place(PlaceAction::MoveRow(m)));
        assert_eq!(row("ArrowDown"), to(Move::Next));
        assert_eq!(row("ArrowRight"), to(Move::Next));
        assert_eq!(row("ArrowUp"), to(Move::Previous));
        assert_eq!(row("ArrowLeft"), to(Move::Previous));
        assert_eq!(row("Home"), to(Move::First));
        assert_eq!(row("End"), to(Move::Last));
        assert_eq!(row(" "), None, "Space is the row's own click");
    }

    #[test]
    fn esc_on_the_page_says_whether_the_focus_is_on_the_map() {
        for on_map in [true, false] {
            assert_eq!(
                key_action("Escape", KeyPlace::Page { on_map }),
                Some(Action::Place(PlaceAction::Escape { on_map }))
            );
        }
        assert_eq!(key_action("x", KeyPlace::Page { on_map: true }), None);
    }

    #[test]
    fn every_control_does_its_own_thing() {
        let actions: Vec<Action> = Control::ALL.iter().map(|c| control_action(*c)).collect();
        for (i, a) in actions.iter().enumerate() {
            assert!(
                !actions[..i].contains(a),
                "{:?} does what another control does",
                Control::ALL[i]
            );
        }
    }
}
