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

/// The zoomed regions as longitude/latitude bounds (west, south, east, north), matched in this
/// order: a country belongs to the first whose bounds hold its pin. The shown area is widened to
/// the map's aspect ratio around the bounds.
const REGIONS: [(MapView, (f64, f64, f64, f64)); 3] = [
    (MapView::Europe, (0.0, 42.5, 38.0, 65.5)),
    (MapView::MiddleEast, (33.0, 29.5, 46.0, 37.5)),
    (MapView::Africa, (-4.0, -18.0, 36.0, 20.0)),
];

/// The visible part of the map, in map units, as an SVG `viewBox`.
pub type ViewBox = Rect;

/// A narrow screen (a phone): the stylesheet and the widget name it with this media query.
pub const NARROW_SCREEN: &str = "(max-width: 40rem)";

/// The shape (width / height) of a zoomed view on a narrow screen, where the map is as wide as the
/// phone: a region then shows tall as well as wide, its countries large enough to read. The world
/// keeps its own shape.
pub const NARROW_ASPECT: f32 = 1.15;

/// A projection from longitude/latitude onto the map.
pub type Projection<'a> = &'a dyn Fn(f64, f64) -> Point;

impl MapView {
    pub const ALL: [MapView; 4] = [
        MapView::World,
        MapView::Europe,
        MapView::MiddleEast,
        MapView::Africa,
    ];

    /// The id used in URLs and in the page's `data-view` attributes.
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
        REGIONS
            .iter()
            .find(|(view, _)| *view == self)
            .map(|(_, bounds)| *bounds)
    }

    /// A zoomed region's own bounds on the map (drawn as a frame on the world view).
    pub fn frame(self) -> Option<Rect> {
        self.frame_with(&project)
    }

    pub fn frame_with(self, project: Projection) -> Option<Rect> {
        let (west, south, east, north) = self.bounds()?;
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
        Some(Rect {
            x: x0,
            y: y0,
            w: x1 - x0,
            h: y1 - y0,
        })
    }

    /// The area the view shows, with the map's own aspect ratio.
    pub fn view_box(self) -> ViewBox {
        self.view_box_with(&project, WIDTH, HEIGHT)
    }

    pub fn view_box_with(self, project: Projection, width: f32, height: f32) -> ViewBox {
        match self.frame_with(project) {
            None => Rect {
                x: 0.0,
                y: 0.0,
                w: width,
                h: height,
            },
            Some(frame) => fit_aspect(frame, width / height),
        }
    }

    /// The area the view shows on a narrow screen: a zoomed region at [`NARROW_ASPECT`], the
    /// world as it is.
    pub fn view_box_narrow(self) -> ViewBox {
        self.view_box_narrow_with(&project, WIDTH, HEIGHT)
    }

    pub fn view_box_narrow_with(self, project: Projection, width: f32, height: f32) -> ViewBox {
        match self.frame_with(project) {
            None => self.view_box_with(project, width, height),
            Some(frame) => fit_aspect(frame, NARROW_ASPECT),
        }
    }

    /// The zoomed view a pin belongs to, or `World` when it stands in none.
    pub fn of_pin(pin: Point) -> MapView {
        MapView::of_pin_with(pin, &project)
    }

    pub fn of_pin_with(pin: Point, project: Projection) -> MapView {
        REGIONS
            .iter()
            .find(|(_, (west, south, east, north))| {
                let (top, bottom) = (project(*west, *north).y, project(*west, *south).y);
                // Meridians curve in Equal Earth: compare with the bounding meridians at the
                // pin's own latitude.
                let lat = latitude_of(pin.y, project);
                let (left, right) = (project(*west, lat).x, project(*east, lat).x);
                pin.y >= top && pin.y <= bottom && pin.x >= left && pin.x <= right
            })
            .map(|(view, _)| *view)
            .unwrap_or(MapView::World)
    }
}

/// Widens `area` to the aspect ratio `aspect` (width / height), keeping its centre.
fn fit_aspect(area: Rect, aspect: f32) -> Rect {
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

/// The latitude at map height `y` (the projection's y is monotonic in latitude: bisection).
fn latitude_of(y: f32, project: Projection) -> f64 {
    let (mut lo, mut hi) = (-90.0_f64, 90.0_f64);
    for _ in 0..40 {
        let mid = (lo + hi) / 2.0;
        // y grows southwards
        if project(0.0, mid).y > y {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    (lo + hi) / 2.0
}
