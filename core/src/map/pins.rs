//! Where pins stand in a view, and how the keyboard moves between them.

use super::{shape, MapView, Point, ViewBox};

/// A pin's place in the shown view, in percent of the map's width and height.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PinSpot {
    pub code: &'static str,
    pub left: f32,
    pub top: f32,
}

/// Percent position of `point` inside `view`.
pub fn percent(view: ViewBox, point: Point) -> (f32, f32) {
    (
        (point.x - view.x) / view.w * 100.0,
        (point.y - view.y) / view.h * 100.0,
    )
}

/// The zoomed view a country's pin belongs to (`World` when none).
pub fn view_of(code: &str) -> MapView {
    shape(code)
        .map(|s| MapView::of_pin(s.pin))
        .unwrap_or_default()
}

/// The pins a view shows: in the world view the countries outside every zoomed region, in a
/// region its own countries. `codes` are the report's countries; the order is kept.
pub fn pins_in(view: MapView, codes: &[&str]) -> Vec<PinSpot> {
    pins_in_box(view, view.view_box(), codes)
}

/// The same pins, where they stand on a narrow screen (see [`MapView::view_box_narrow`]).
pub fn pins_in_narrow(view: MapView, codes: &[&str]) -> Vec<PinSpot> {
    pins_in_box(view, view.view_box_narrow(), codes)
}

fn pins_in_box(view: MapView, view_box: ViewBox, codes: &[&str]) -> Vec<PinSpot> {
    codes
        .iter()
        .filter_map(|code| shape(code))
        .filter(|s| MapView::of_pin(s.pin) == view)
        .map(|s| {
            let (left, top) = percent(view_box, s.pin);
            PinSpot {
                code: s.code,
                left,
                top,
            }
        })
        .collect()
}

/// The indices of `positions`, ordered by `key`, equal keys in index order. An insertion sort:
/// the standard library's stable sort cost the wasm 4.4 kB raw, for a few dozen pins.
fn order(positions: &[(f32, f32)], key: fn(&(f32, f32)) -> (f32, f32)) -> Vec<usize> {
    let before = |a: usize, b: usize| {
        let (a, b) = (key(&positions[a]), key(&positions[b]));
        a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)).is_lt()
    };
    let mut indices: Vec<usize> = Vec::with_capacity(positions.len());
    for i in 0..positions.len() {
        // After the last index that is not after `i` (so equal keys keep their order).
        let at = indices
            .iter()
            .rposition(|&j| !before(i, j))
            .map_or(0, |p| p + 1);
        indices.insert(at, i);
    }
    indices
}

/// Arrow keys on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Right / Left: the next pin east or west.
    East,
    West,
    /// Down / Up: the next pin south or north.
    South,
    North,
    /// Home / End
    First,
    Last,
}

/// The pin the keyboard moves to from pin `current` (or from none), given where the pins stand
/// (`(x, y)`, any unit, y downwards): west to east for Left/Right and Home/End, north to south for
/// Up/Down; at either end it wraps around. Returns an index into `positions`.
pub fn step(positions: &[(f32, f32)], current: Option<usize>, step: Step) -> Option<usize> {
    if positions.is_empty() {
        return None;
    }
    let by_x = order(positions, |&(x, y)| (x, y));
    let by_y = order(positions, |&(x, y)| (y, x));
    let (order, forward) = match step {
        Step::East => (&by_x, true),
        Step::West => (&by_x, false),
        Step::South => (&by_y, true),
        Step::North => (&by_y, false),
        Step::First => return Some(by_x[0]),
        Step::Last => return Some(by_x[by_x.len() - 1]),
    };
    let n = order.len();
    let at = current.and_then(|c| order.iter().position(|&i| i == c));
    let next = match (at, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    Some(order[next])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_in_geographic_order_and_wrap() {
        // 0 = B (middle, north), 1 = A (west, south), 2 = C (east)
        let pins = [(50.0, 10.0), (10.0, 50.0), (90.0, 30.0)];
        assert_eq!(step(&pins, None, Step::East), Some(1));
        assert_eq!(step(&pins, Some(1), Step::East), Some(0));
        assert_eq!(step(&pins, Some(2), Step::East), Some(1));
        assert_eq!(step(&pins, Some(1), Step::West), Some(2));
        assert_eq!(step(&pins, Some(0), Step::South), Some(2));
        assert_eq!(step(&pins, Some(0), Step::North), Some(1));
        assert_eq!(step(&pins, Some(2), Step::First), Some(1));
        assert_eq!(step(&pins, None, Step::Last), Some(2));
        assert_eq!(step(&[], None, Step::East), None);
    }

    #[test]
    fn the_order_is_the_standard_stable_sort() {
        // Ties in both coordinates, in one, and none; a few dozen pins, as a region has.
        let positions: Vec<(f32, f32)> = (0..40u32)
            .map(|i| (((i * 7) % 5) as f32, ((i * 11) % 3) as f32 * 0.5))
            .collect();
        for key in [|&(x, y): &(f32, f32)| (x, y), |&(x, y): &(f32, f32)| (y, x)] {
            let mut expected: Vec<usize> = (0..positions.len()).collect();
            expected.sort_by(|&a, &b| {
                let (a, b) = (key(&positions[a]), key(&positions[b]));
                a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
            });
            assert_eq!(order(&positions, key), expected);
        }
        assert_eq!(order(&[], |&p| p), Vec::<usize>::new());
    }
}
