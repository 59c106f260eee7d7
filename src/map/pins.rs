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
    let view_box = view.view_box();
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

/// The pin the keyboard moves to from `current` (or from nothing), in geographic order: west to
/// east for Left/Right and Home/End, north to south for Up/Down; at either end it wraps around.
pub fn step(pins: &[PinSpot], current: Option<&str>, step: Step) -> Option<&'static str> {
    if pins.is_empty() {
        return None;
    }
    let mut by_x: Vec<&PinSpot> = pins.iter().collect();
    by_x.sort_by(|a, b| a.left.total_cmp(&b.left).then(a.top.total_cmp(&b.top)));
    let mut by_y: Vec<&PinSpot> = pins.iter().collect();
    by_y.sort_by(|a, b| a.top.total_cmp(&b.top).then(a.left.total_cmp(&b.left)));
    let (order, forward) = match step {
        Step::East => (&by_x, true),
        Step::West => (&by_x, false),
        Step::South => (&by_y, true),
        Step::North => (&by_y, false),
        Step::First => return Some(by_x[0].code),
        Step::Last => return Some(by_x[by_x.len() - 1].code),
    };
    let n = order.len();
    let index = current.and_then(|code| order.iter().position(|p| p.code == code));
    let next = match (index, forward) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    };
    Some(order[next].code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(code: &'static str, left: f32, top: f32) -> PinSpot {
        PinSpot { code, left, top }
    }

    #[test]
    fn arrows_move_in_geographic_order_and_wrap() {
        let pins = [
            spot("B", 50.0, 10.0),
            spot("A", 10.0, 50.0),
            spot("C", 90.0, 30.0),
        ];
        assert_eq!(step(&pins, None, Step::East), Some("A"));
        assert_eq!(step(&pins, Some("A"), Step::East), Some("B"));
        assert_eq!(step(&pins, Some("C"), Step::East), Some("A"));
        assert_eq!(step(&pins, Some("A"), Step::West), Some("C"));
        assert_eq!(step(&pins, Some("B"), Step::South), Some("C"));
        assert_eq!(step(&pins, Some("B"), Step::North), Some("A"));
        assert_eq!(step(&pins, Some("C"), Step::First), Some("A"));
        assert_eq!(step(&pins, None, Step::Last), Some("C"));
        assert_eq!(step(&[], None, Step::East), None);
    }
}
