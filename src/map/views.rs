//! The map's views: the world, and zoomed regions where the report's countries stand too close
//! together for a pin each at world scale (Europe, the Middle East, Africa).

use super::{project, Point, Rect, HEIGHT, WIDTH};

/// What part of the world the map shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MapView {
    #[default]
    World,
    Europe,
    MiddleEast,
    Africa,
}

/// A view's area as longitude/latitude bounds (west, south, east, north); the shown area is widened
/// to the map's aspect ratio around it.
struct Region {
    view: MapView,
    bounds: (f64, f64, f64, f64),
}

/// The zoomed regions, matched in this order: a country belongs to the first whose bounds hold its pin.
const REGIONS: [Region; 3] = [
    Region {
        view: MapView::Europe,
        bounds: (0.0, 42.5, 38.0, 65.5),
    },
    Region {
        view: MapView::MiddleEast,
        bounds: (33.0, 29.5, 46.0, 37.5),
    },
    Region {
        view: MapView::Africa,
        bounds: (-4.0, -18.0, 36.0, 20.0),
    },
];

/// The visible part of the map, in map units, as an SVG `viewBox`.
pub type ViewBox = Rect;

impl MapView {
    pub const ALL: [MapView; 4] = [
        MapView::World,
        MapView::Europe,
        MapView::MiddleEast,
        MapView::Africa,
    ];

    /// The id used in URLs and element ids.
    pub fn id(self) -> &'static str {
        match self {
            MapView::World => "world",
            MapView::Europe => "europe",
            MapView::MiddleEast => "middle-east",
            MapView::Africa => "africa",
        }
    }

    pub fn from_id(id: &str) -> Option<MapView> {
        MapView::ALL.into_iter().find(|v| v.id() == id)
    }

    fn bounds(self) -> Option<(f64, f64, f64, f64)> {
        REGIONS.iter().find(|r| r.view == self).map(|r| r.bounds)
    }

    /// The area the view shows, with the map's own aspect ratio.
    pub fn view_box(self) -> ViewBox {
        match self.bounds() {
            None => Rect {
                x: 0.0,
                y: 0.0,
                w: WIDTH,
                h: HEIGHT,
            },
            Some((west, south, east, north)) => {
                let corners = [
                    project(west, south),
                    project(west, north),
                    project(east, south),
                    project(east, north),
                ];
                let (x0, x1) = corners
                    .iter()
                    .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.x), b.max(p.x)));
                let (y0, y1) = corners
                    .iter()
                    .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.y), b.max(p.y)));
                fit_aspect(Rect {
                    x: x0,
                    y: y0,
                    w: x1 - x0,
                    h: y1 - y0,
                })
            }
        }
    }

    /// The zoomed view a pin belongs to, or `World` when it stands in none.
    pub fn of_pin(pin: Point) -> MapView {
        REGIONS
            .iter()
            .find(|r| {
                let (west, south, east, north) = r.bounds;
                let (a, b) = (project(west, north), project(east, south));
                // Meridians curve in Equal Earth: test against the latitude band and the meridians
                // at the pin's own latitude.
                let (left, right) = (project(west, lat_of(pin)), project(east, lat_of(pin)));
                pin.y >= a.y && pin.y <= b.y && pin.x >= left.x && pin.x <= right.x
            })
            .map(|r| r.view)
            .unwrap_or(MapView::World)
    }
}

/// Widens `area` to the map's aspect ratio, keeping its centre.
fn fit_aspect(area: Rect) -> Rect {
    let aspect = WIDTH / HEIGHT;
    let (cx, cy) = (area.x + area.w / 2.0, area.y + area.h / 2.0);
    let (w, h) = if area.w / area.h > aspect {
        (area.w, area.w / aspect)
    } else {
        (area.h * aspect, area.h)
    };
    Rect {
        x: cx - w / 2.0,
        y: cy - h / 2.0,
        w,
        h,
    }
}

/// The latitude of a map point (inverse of the projection's y, by bisection: it is monotonic).
fn lat_of(p: Point) -> f64 {
    let (mut lo, mut hi) = (-90.0_f64, 90.0_f64);
    for _ in 0..40 {
        let mid = (lo + hi) / 2.0;
        // y grows southwards
        if project(0.0, mid).y > p.y {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}
