//! The presentation: starting it (here, or in a tab of its own from an iframe that may not go full
//! screen), stepping through it, and leaving it back to the entry before.

use crate::present;

use super::{Command, Contents, Draft, Focus, History, PresentAction, Presenting};

pub(super) fn update(d: &mut Draft, action: PresentAction, contents: &Contents, passing: &[bool]) {
    let view = d.before;
    match action {
        PresentAction::Start if contents.present_in_new_tab => {
            let mut link = view.link();
            link.present = Some(1);
            d.command = Some(Command::PresentInNewTab(link));
        }
        PresentAction::Start | PresentAction::StartHere => start_here(d, contents, passing),
        PresentAction::Step(movement) => {
            if let Some(presenting) = view.present {
                let count = contents.step_count(passing);
                let at = presenting.step.min(count - 1);
                d.next.present = Some(Presenting {
                    step: present::moved(movement, at, count),
                    ..presenting
                });
                d.history = Some(History::Replace);
            }
        }
        PresentAction::Leave | PresentAction::FullScreenLeft => {
            if let Some(presenting) = view.present {
                d.next.present = None;
                // The entry before holds the same view without `present=`.
                d.history = Some(if presenting.entered_here {
                    History::Back
                } else {
                    History::Replace
                });
                d.focus = Some(Focus::PresentButton);
            }
        }
    }
}

/// Starts the presentation here, at its first step: a history entry to leave back to.
fn start_here(d: &mut Draft, contents: &Contents, passing: &[bool]) {
    if d.before.present.is_some() || contents.step_count(passing) == 0 {
        return;
    }
    d.next.present = Some(Presenting {
        step: 0,
        entered_here: true,
    });
    d.history = Some(History::Push);
    d.focus = Some(Focus::Step);
    d.command = Some(Command::FullScreen);
}
