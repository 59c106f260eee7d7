//! The presentation: starting it (here, or in a tab of its own from an iframe that may not go full
//! screen), stepping through it, the presenter's aids (black screen, overview, the speaker's view in
//! a second window kept in step), and leaving it back to the entry before. Leaving in either window
//! ends it in both; the speaker's window then closes.

use crate::present;

use super::{Command, Contents, Draft, Focus, History, PresentAction, Presenting};

pub(super) fn update(d: &mut Draft, action: PresentAction, contents: &Contents, passing: &[bool]) {
    let view = d.before;
    let Some(presenting) = view.present else {
        match action {
            PresentAction::Start if contents.present_in_new_tab => {
                let mut link = view.link();
                link.present = Some(1);
                d.command = Some(Command::PresentInNewTab(link));
            }
            PresentAction::Start | PresentAction::StartHere => start_here(d, contents, passing),
            _ => {}
        }
        return;
    };
    let count = contents.step_count(passing);
    let go_to = |d: &mut Draft, step: usize| {
        d.next.present = Some(Presenting {
            step: step.min(count.saturating_sub(1)),
            overview: false,
            blackout: false,
            ..presenting
        });
        d.history = Some(History::Replace);
    };
    match action {
        PresentAction::Start | PresentAction::StartHere => {}
        PresentAction::Step(movement) => {
            let at = presenting.step.min(count.saturating_sub(1));
            go_to(d, present::moved(movement, at, count));
        }
        PresentAction::GoTo(step) => {
            go_to(d, step);
            d.focus = Some(Focus::Step);
        }
        PresentAction::Synced(step) => {
            if step != presenting.step {
                go_to(d, step);
            }
        }
        PresentAction::Leave | PresentAction::FullScreenLeft | PresentAction::OtherWindowLeft => {
            leave(d, presenting);
        }
        PresentAction::ToggleBlackout => {
            d.next.present = Some(Presenting {
                blackout: !presenting.blackout,
                ..presenting
            });
        }
        PresentAction::Resume => {
            if presenting.blackout {
                d.next.present = Some(Presenting {
                    blackout: false,
                    ..presenting
                });
            }
        }
        PresentAction::ToggleOverview => {
            let overview = !presenting.overview;
            d.next.present = Some(Presenting {
                overview,
                blackout: false,
                ..presenting
            });
            d.focus = Some(if overview {
                Focus::OverviewStep
            } else {
                Focus::Step
            });
        }
        PresentAction::OpenSpeakerView => {
            if !view.speaker {
                let mut link = view.link();
                link.speaker = true;
                d.command = Some(Command::OpenSpeakerView(link));
            }
        }
    }
}

/// Ends the presentation. In the audience's window: back to the entry before (or the address
/// without `present=`), focus on the button that started it. In the speaker's window: it closes.
fn leave(d: &mut Draft, presenting: Presenting) {
    d.next.present = None;
    if d.before.speaker {
        d.next.speaker = false;
        d.command = Some(Command::CloseWindow);
        return;
    }
    // The entry before holds the same view without `present=`.
    d.history = Some(if presenting.entered_here {
        History::Back
    } else {
        History::Replace
    });
    d.focus = Some(Focus::PresentButton);
}

/// Starts the presentation here, at its first step: a history entry to leave back to.
fn start_here(d: &mut Draft, contents: &Contents, passing: &[bool]) {
    if contents.step_count(passing) == 0 {
        return;
    }
    d.next.present = Some(Presenting {
        step: 0,
        entered_here: true,
        ..Presenting::default()
    });
    d.history = Some(History::Push);
    d.focus = Some(Focus::Step);
    d.command = Some(Command::FullScreen);
}
