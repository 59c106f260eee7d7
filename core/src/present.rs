//! The presentation: the report as a sequence of steps that follows the letter — an opening (the
//! plan and the period), then each section, stepping through its results; the keys that move between
//! steps; where the map looks on each step. Only results that pass
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

/// A move between steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Next,
    Previous,
    First,
    Last,
}

/// Where `movement` takes the presenter from step `at` of `count`, within the presentation.
pub fn moved(movement: Move, at: usize, count: usize) -> usize {
    let last = count.saturating_sub(1);
    match movement {
        Move::Next => (at + 1).min(last),
        Move::Previous => at.saturating_sub(1).min(last),
        Move::First => 0,
        Move::Last => last,
    }
}

/// A box on the map: left, top, right, bottom (map units).
pub type Bounds = [f64; 4];

/// A `viewBox`: x, y, width, height (map units).
pub type ViewBox = [f64; 4];

/// The smallest box around both.
pub fn union(a: Option<Bounds>, b: Bounds) -> Bounds {
    match a {
        None => b,
        Some([x0, y0, x1, y1]) => [x0.min(b[0]), y0.min(b[1]), x1.max(b[2]), y1.max(b[3])],
    }
}

/// What the map shows for a step: the step's countries (`marked`, their bounds) with some room
/// around them, and at least a region's size so a small country has its neighbours around it; the
/// whole `world` for a step without countries. Then widened or heightened about its middle to the
/// `aspect` (width / height) of the box it is drawn in, so the map fills that box.
pub fn frame(marked: Option<Bounds>, world: ViewBox, aspect: f64) -> ViewBox {
    let [x, y, w, h] = match marked {
        Some([x0, y0, x1, y1]) => {
            let w = ((x1 - x0) * 1.4).max(120.0);
            let h = ((y1 - y0) * 1.4).max(80.0);
            [(x0 + x1 - w) / 2.0, (y0 + y1 - h) / 2.0, w, h]
        }
        None => world,
    };
    if !(aspect.is_finite() && aspect > 0.0) {
        return [x, y, w, h];
    }
    let (cx, cy) = (x + w / 2.0, y + h / 2.0);
    let (w, h) = if w / h < aspect {
        (h * aspect, h)
    } else {
        (w, w / aspect)
    };
    [cx - w / 2.0, cy - h / 2.0, w, h]
}

/// The map between two frames, at `t` of the way (0 to 1), easing out.
pub fn glide(from: ViewBox, to: ViewBox, t: f64) -> ViewBox {
    let t = t.clamp(0.0, 1.0);
    let eased = 1.0 - (1.0 - t).powi(3);
    std::array::from_fn(|i| from[i] + (to[i] - from[i]) * eased)
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
    fn moves_stay_within_the_presentation() {
        assert_eq!(moved(Move::Next, 0, 5), 1);
        assert_eq!(moved(Move::Next, 4, 5), 4);
        assert_eq!(moved(Move::Previous, 0, 5), 0);
        assert_eq!(moved(Move::Previous, 3, 5), 2);
        assert_eq!(moved(Move::Last, 1, 5), 4);
        assert_eq!(moved(Move::First, 3, 5), 0);
        assert_eq!(clamp(99, 5), 4);
        assert_eq!(clamp(0, 5), 0);
        assert_eq!(clamp(3, 0), 0);
    }

    #[test]
    fn the_map_frames_the_steps_countries_with_room_around_them() {
        let world = [0.0, 0.0, 1000.0, 440.0];
        assert_eq!(frame(None, world, f64::NAN), world, "no box: as it is");
        // Two small countries: at least a region's size, centred on them.
        let both = union(
            Some([100.0, 100.0, 110.0, 105.0]),
            [130.0, 110.0, 140.0, 120.0],
        );
        assert_eq!(both, [100.0, 100.0, 140.0, 120.0]);
        assert_eq!(frame(Some(both), world, 1.5), [60.0, 70.0, 120.0, 80.0]);
        // A large one: its size and 40 % more, widened to the box.
        let [x, y, w, h] = frame(Some([0.0, 0.0, 500.0, 200.0]), world, 3.5);
        assert_eq!((x, y, w, h), (-240.0, -40.0, 980.0, 280.0));
        // The glide starts where the map is and ends on the frame.
        assert_eq!(glide(world, [10.0; 4], 0.0), world);
        assert_eq!(glide(world, [10.0; 4], 1.0), [10.0; 4]);
        let half = glide([0.0; 4], [100.0; 4], 0.5);
        assert!(half[0] > 50.0 && half[0] < 100.0, "eases out: {half:?}");
    }

    #[test]
    fn the_frame_fills_the_box_it_is_drawn_in_around_the_same_middle() {
        let world = [0.0, 0.0, 1000.0, 487.0];
        for box_aspect in [0.6, 0.9, 1.0, 1.78, 2.5, 4.0] {
            for marked in [
                None,
                Some([400.0, 100.0, 450.0, 130.0]),
                Some([0.0, 50.0, 900.0, 400.0]),
            ] {
                let [x, y, w, h] = frame(marked, world, box_aspect);
                assert!(
                    (w / h - box_aspect).abs() < 1e-9,
                    "{marked:?} in {box_aspect}"
                );
                let [x0, y0, w0, h0] = frame(marked, world, f64::NAN);
                assert!(w >= w0 - 1e-9 && h >= h0 - 1e-9, "it only grows");
                assert!(((x + w / 2.0) - (x0 + w0 / 2.0)).abs() < 1e-9);
                assert!(((y + h / 2.0) - (y0 + h0 / 2.0)).abs() < 1e-9);
            }
        }
    }
}
