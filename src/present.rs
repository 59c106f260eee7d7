//! The presentation: the report as a sequence of steps that follows the letter — an opening (the
//! plan and the period), then each section, stepping through its results. Only results that pass
//! the filters take part, so a presenter can show, say, only the Defence results. Pure: no `leptos`.

/// One step of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The plan and the period.
    Opening,
    /// A section's heading (its index among the page's sections).
    Section(usize),
    /// A result (its index among the page's results).
    Result(usize),
}

/// The steps for the results that pass (`passing`, per result), given which results each section
/// holds (`sections`, in the letter's order). A section without passing results is left out.
pub fn steps(sections: &[Vec<usize>], passing: &[bool]) -> Vec<Step> {
    let mut steps = vec![Step::Opening];
    for (section, members) in sections.iter().enumerate() {
        let shown: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| passing.get(i).copied().unwrap_or(false))
            .collect();
        if !shown.is_empty() {
            steps.push(Step::Section(section));
            steps.extend(shown.into_iter().map(Step::Result));
        }
    }
    steps
}

/// The step index a (1-based) step number from a link stands for, kept within the presentation.
pub fn clamp(number: u16, count: usize) -> usize {
    usize::from(number.max(1)).min(count.max(1)) - 1
}

/// Where a key takes the presenter from step `at` of `count`: `None` for keys that do not move.
/// A presentation clicker sends PageDown and PageUp.
pub fn key_step(key: &str, at: usize, count: usize) -> Option<usize> {
    let last = count.saturating_sub(1);
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some((at + 1).min(last)),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(at.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_follow_the_letter_and_the_filters() {
        let sections = vec![vec![0, 1], vec![2], vec![3, 4]];
        assert_eq!(
            steps(&sections, &[true, true, false, true, true]),
            vec![
                Step::Opening,
                Step::Section(0),
                Step::Result(0),
                Step::Result(1),
                Step::Section(2),
                Step::Result(3),
                Step::Result(4)
            ]
        );
        assert_eq!(steps(&sections, &[false; 5]), vec![Step::Opening]);
    }

    #[test]
    fn keys_move_within_the_presentation() {
        assert_eq!(key_step("PageDown", 0, 5), Some(1));
        assert_eq!(key_step(" ", 4, 5), Some(4));
        assert_eq!(key_step("PageUp", 0, 5), Some(0));
        assert_eq!(key_step("ArrowLeft", 3, 5), Some(2));
        assert_eq!(key_step("End", 1, 5), Some(4));
        assert_eq!(key_step("Home", 3, 5), Some(0));
        assert_eq!(key_step("a", 3, 5), None);
        assert_eq!(clamp(99, 5), 4);
        assert_eq!(clamp(0, 5), 0);
        assert_eq!(clamp(3, 0), 0);
    }
}
