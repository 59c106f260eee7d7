//! The world map as data: projected country shapes (generated at build time), the map's views, and
//! the pure logic of pins and keyboard movement. No `leptos`, no `web_sys`.

pub mod pins;
pub mod projection;
mod shapes;
mod views;

pub use shapes::{DRAWABLE, FIT, HEIGHT, SHAPES, WIDTH};
pub use views::{MapView, ViewBox, NARROW_ASPECT, NARROW_SCREEN};

/// A point in map units (x east, y south; the map is `WIDTH` × `HEIGHT`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f32,
    pub y: f32,
}

/// An axis-aligned rectangle in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.x + self.w && p.y >= self.y && p.y <= self.y + self.h
    }
}

/// One of the report's countries as the map draws it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    pub code: &'static str,
    /// SVG path data in map units.
    pub d: &'static str,
    pub bbox: Rect,
    /// The box of its largest part (the mainland without far-off islands): what a presentation
    /// frames it on.
    pub main: Rect,
    /// Where its pin stands: the centroid of its largest part, or a hand-placed point.
    pub pin: Point,
    /// Area in square map units.
    pub area: f32,
}

/// The shape of a country, when the map has one.
pub fn shape(code: &str) -> Option<&'static Shape> {
    SHAPES.iter().find(|s| s.code == code)
}

/// Whether the geometry can draw this country at all.
pub fn can_draw(code: &str) -> bool {
    DRAWABLE.contains(&code)
}

/// Longitude and latitude (degrees) on the map.
pub fn project(lon: f64, lat: f64) -> Point {
    let (x, y) = projection::equal_earth(lon, lat);
    let (x_min, y_max, scale) = FIT;
    Point {
        x: ((x - x_min) * scale) as f32,
        y: ((y_max - y) * scale) as f32,
    }
}
