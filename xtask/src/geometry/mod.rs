//! Build-time geometry: turns the TopoJSON atlas into what the browser draws — `assets/world.svg`
//! (every country, as scenery), `core/src/map/shapes.rs` (the report's countries: path, bounding box,
//! pin point, area) and `style/map-pins.css` (where each pin stands in its view). Run by
//! `make geometry`; a test regenerates all three and compares.

use std::collections::BTreeSet;
use std::fmt::Write;

pub mod topology;

use nap1325_core::map::projection::equal_earth;
use nap1325_core::map::{MapView, Point};
use topology::{cut_antimeridian, decode, split_off, CountryGeometry};

/// The drawn width in map units; the height follows from the projection.
pub const MAP_WIDTH: f64 = 1000.0;

/// Countries not drawn at all.
const DROPPED: [&str; 1] = ["ATA"];

/// Areas Natural Earth draws apart that the Netherlands does not recognise as states: drawn as part
/// of the state they belong to, without the border between them (docs/map-decisions.md).
pub const MERGES: [(&str, &str); 2] = [("CYN", "CYP"), ("SOL", "SOM")];

/// The Golan Heights, which the 110m atlas draws inside Israel: cut off along the 1949 armistice
/// line (simplified to a straight line at this scale) and drawn as an area of its own, belonging to
/// neither (docs/map-decisions.md). From south to north, so Israel is to the left.
pub const GOLAN_LINE: ((f64, f64), (f64, f64)) = ((35.62, 32.68), (35.66, 33.35));

/// Pin points placed by hand (longitude, latitude), where the centroid of the largest ring would put
/// two pins on top of each other.
pub const PIN_OVERRIDES: [(&str, f64, f64); 4] = [
    // Israel's centroid falls next to the West Bank's: the pin goes to the Negev.
    ("ISR", 34.85, 30.6),
    // Canada's pin sits north, clear of the United States'.
    ("CAN", -112.0, 64.0),
    // Congo's centroid lies next to Burundi: the pin moves west, still well inside the country.
    ("COD", 20.5, -2.0),
    // Norway's long coast puts the centroid of its outline in Sweden.
    ("NOR", 9.0, 61.0),
];

/// The generated files, and a one-line summary of their sizes.
pub struct Generated {
    pub world_svg: String,
    pub shapes_rs: String,
    pub pins_css: String,
    pub summary: String,
}

/// A country projected onto the map: rings in tenths of a map unit (integers, so rounding is exact).
struct Projected {
    code: String,
    rings: Vec<(Vec<(i32, i32)>, bool)>, // (points, is exterior)
}

/// The fit of the Equal Earth projection onto the map: the drawn countries span exactly
/// [`MAP_WIDTH`]; y grows downwards.
struct Fit {
    x_min: f64,
    y_max: f64,
    scale: f64,
    /// The map's height in map units, to a tenth.
    height: f64,
}

impl Fit {
    fn of(countries: &[CountryGeometry]) -> Fit {
        let (mut x_min, mut x_max, mut y_min, mut y_max) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        let points = countries
            .iter()
            .flat_map(|c| c.polygons.iter().flatten().flatten());
        for &(lon, lat) in points {
            let (x, y) = equal_earth(lon, lat);
            x_min = x_min.min(x);
            x_max = x_max.max(x);
            y_min = y_min.min(y);
            y_max = y_max.max(y);
        }
        let scale = MAP_WIDTH / (x_max - x_min);
        Fit {
            x_min,
            y_max,
            scale,
            height: ((y_max - y_min) * scale * 10.0).round() / 10.0,
        }
    }

    /// A point in map units.
    fn map(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = equal_earth(lon, lat);
        ((x - self.x_min) * self.scale, (self.y_max - y) * self.scale)
    }

    /// A point in tenths of a map unit.
    fn tenths(&self, lon: f64, lat: f64) -> (i32, i32) {
        let (x, y) = self.map(lon, lat);
        (tenths(x), tenths(y))
    }
}

fn tenths(v: f64) -> i32 {
    (v * 10.0).round() as i32
}

pub fn generate(topology_json: &str, named: &[&str]) -> Result<Generated, String> {
    let countries = prepare(topology_json)?;
    let fit = Fit::of(&countries);
    let projected = project_all(&countries, &fit);
    let world_svg = world_svg(&projected, &fit);
    let wanted: BTreeSet<&str> = named.iter().copied().collect();
    let missing: Vec<&str> = wanted
        .iter()
        .filter(|code| !projected.iter().any(|c| c.code == **code))
        .copied()
        .collect();
    if !missing.is_empty() {
        return Err(format!("no geometry for {}", missing.join(", ")));
    }
    let report = report_countries(&projected, &wanted, &fit);
    let shapes_rs = shapes_rs(&projected, &fit, &report.shapes);
    let summary = format!(
        "geometry: {} areas in assets/world.svg ({} bytes); {} report countries in core/src/map/shapes.rs ({} bytes of path data)",
        projected.len(),
        world_svg.len(),
        wanted.len(),
        report.path_bytes
    );
    Ok(Generated {
        world_svg,
        shapes_rs,
        pins_css: report.pins_css,
        summary,
    })
}

/// The atlas's countries as the map draws them: Antarctica dropped, rings cut at the antimeridian,
/// the Golan Heights apart from Israel (scenery of its own, no code).
fn prepare(topology_json: &str) -> Result<Vec<CountryGeometry>, String> {
    let mut countries: Vec<CountryGeometry> = decode(topology_json, &MERGES)?
        .into_iter()
        .filter(|c| !DROPPED.contains(&c.code.as_str()))
        .map(|c| CountryGeometry {
            polygons: cut_antimeridian(c.polygons),
            ..c
        })
        .collect();
    if let Some(israel) = countries.iter_mut().find(|c| c.code == "ISR") {
        let golan = split_off(israel, GOLAN_LINE.0, GOLAN_LINE.1);
        if !golan.is_empty() {
            // Scenery only: no code, so no result, pin or list entry can ever point at it.
            countries.push(CountryGeometry {
                code: String::new(),
                polygons: golan,
            });
        }
    }
    Ok(countries)
}

/// Every country projected, its rings in tenths of a map unit (rings of fewer than four points
/// dropped).
fn project_all(countries: &[CountryGeometry], fit: &Fit) -> Vec<Projected> {
    countries
        .iter()
        .map(|country| Projected {
            code: country.code.clone(),
            rings: country
                .polygons
                .iter()
                .flat_map(|polygon| {
                    polygon.iter().enumerate().map(|(i, ring)| {
                        let mut points: Vec<(i32, i32)> = ring
                            .iter()
                            .map(|&(lon, lat)| fit.tenths(lon, lat))
                            .collect();
                        points.dedup();
                        (points, i == 0)
                    })
                })
                .filter(|(points, _)| points.len() >= 4)
                .collect(),
        })
        .collect()
}

/// `assets/world.svg`: every area as scenery.
fn world_svg(projected: &[Projected], fit: &Fit) -> String {
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\"><g id=\"world\">",
        MAP_WIDTH,
        number(tenths(fit.height))
    );
    for country in projected {
        // Borders stay hairlines when a view zooms in.
        let _ = write!(
            svg,
            "<path vector-effect=\"non-scaling-stroke\" d=\"{}\"/>",
            path(&country.rings)
        );
    }
    svg.push_str("</g></svg>\n");
    svg
}

/// What the generator writes for the report's countries.
struct ReportCountries {
    /// The `Shape` lines of `shapes.rs`.
    shapes: String,
    pins_css: String,
    /// The pins' places in the zoomed regions on a narrow screen.
    narrow_pins_css: String,
    path_bytes: usize,
}

fn report_countries(
    projected: &[Projected],
    wanted: &BTreeSet<&str>,
    fit: &Fit,
) -> ReportCountries {
    let project = |lon: f64, lat: f64| {
        let (x, y) = fit.map(lon, lat);
        Point {
            x: x as f32,
            y: y as f32,
        }
    };
    let (map_w, map_h) = (
        MAP_WIDTH as f32,
        (f64::from(tenths(fit.height)) / 10.0) as f32,
    );
    let mut out = ReportCountries {
        shapes: String::new(),
        pins_css: String::from(
            "/* @generated by `make geometry`: where each pin stands, in percent of its view (map.css\n   shows the pins of the current view only). Do not edit. */\n",
        ),
        narrow_pins_css: String::new(),
        path_bytes: 0,
    };
    for country in projected
        .iter()
        .filter(|c| wanted.contains(c.code.as_str()))
    {
        let d = path(&country.rings);
        out.path_bytes += d.len();
        let (bbox, area, label, main) = measure(&country.rings);
        let pin = PIN_OVERRIDES
            .iter()
            .find(|(code, ..)| *code == country.code)
            .map(|&(_, lon, lat)| fit.tenths(lon, lat))
            .unwrap_or(label);
        let pin_point = Point {
            x: pin.0 as f32 / 10.0,
            y: pin.1 as f32 / 10.0,
        };
        let view = MapView::of_pin_with(pin_point, &project);
        let at = |view_box: nap1325_core::map::ViewBox| {
            (
                (pin_point.x - view_box.x) / view_box.w * 100.0,
                (pin_point.y - view_box.y) / view_box.h * 100.0,
            )
        };
        let (left, top) = at(view.view_box_with(&project, map_w, map_h));
        out.pins_css.push_str(&pin_rules(&country.code, left, top));
        // A zoomed region has another shape on a narrow screen: its pins stand elsewhere there.
        if view != MapView::World {
            let (left, top) = at(view.view_box_narrow_with(&project, map_w, map_h));
            out.narrow_pins_css
                .push_str(&pin_rules(&country.code, left, top));
        }
        let _ = writeln!(
            out.shapes,
            "    Shape {{ code: \"{}\", d: \"{d}\", bbox: {}, main: {}, pin: Point {{ x: {}, y: {} }}, area: {} }},",
            country.code,
            rect(bbox),
            rect(main),
            float(pin.0),
            float(pin.1),
            float((area / 10.0).round() as i32),
        );
    }
    // On a narrow screen the zoomed regions are taller (core's NARROW_ASPECT).
    out.pins_css.push_str(&format!(
        "@media {} {{\n{}}}\n",
        nap1325_core::map::NARROW_SCREEN,
        out.narrow_pins_css
    ));
    out
}

/// A pin's place in its view (percent), and where its tooltip opens: towards the middle of the
/// map, so it stays on it (and on a phone's screen) near an edge.
fn pin_rules(code: &str, left: f32, top: f32) -> String {
    let mut rules = format!(".pin-{code} {{ left: {left:.2}%; top: {top:.2}%; }}\n");
    let mut tip = Vec::new();
    if left < 25.0 {
        tip.push("left: 0; transform: none;");
    } else if left > 75.0 {
        tip.push("left: auto; right: 0; transform: none;");
    }
    if top < 20.0 {
        tip.push("bottom: auto; top: calc(100% + 4px);");
    }
    if !tip.is_empty() {
        let _ = writeln!(rules, ".pin-{code} .pin-tip {{ {} }}", tip.join(" "));
    }
    rules
}

/// `core/src/map/shapes.rs`: the map's size, the fit, the drawable codes and the report's shapes.
fn shapes_rs(projected: &[Projected], fit: &Fit, shapes: &str) -> String {
    let mut codes: Vec<&str> = projected
        .iter()
        .map(|c| c.code.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let drawable: Vec<String> = codes.iter().map(|c| format!("\"{c}\"")).collect();
    let (x_min, y_max, scale) = (fit.x_min, fit.y_max, fit.scale);
    format!(
        "//! @generated by `make geometry` from data/geo/world-110m.json and data/countries.json.\n\
         //! Do not edit: change the generator (xtask/src/geometry/mod.rs) or the data, and regenerate.\n\n\
         use super::{{Point, Rect, Shape}};\n\n\
         /// The map's size in map units (the viewBox of `assets/world.svg`).\n\
         #[rustfmt::skip]\npub const WIDTH: f32 = {};\n\
         #[rustfmt::skip]\npub const HEIGHT: f32 = {};\n\n\
         /// The fit of the Equal Earth projection onto the map: `x = (ee.x - X_MIN) * SCALE`,\n\
         /// `y = (Y_MAX - ee.y) * SCALE`.\n\
         #[rustfmt::skip]\npub const FIT: (f64, f64, f64) = ({x_min:?}, {y_max:?}, {scale:?});\n\n\
         /// Every country the geometry can draw (ISO 3166-1 alpha-3).\n\
         #[rustfmt::skip]\npub const DRAWABLE: &[&str] = &[{}];\n\n\
         /// The report's countries: outline, bounding box, pin point and area (square map units).\n\
         #[rustfmt::skip]\npub const SHAPES: &[Shape] = &[\n{shapes}];\n",
        float(tenths(MAP_WIDTH)),
        float(tenths(fit.height)),
        drawable.join(", "),
    )
}

/// SVG path data: an absolute move to each ring's first point, then relative lines.
fn path(rings: &[(Vec<(i32, i32)>, bool)]) -> String {
    let mut d = String::new();
    for (points, _) in rings {
        let (mut x, mut y) = points[0];
        let _ = write!(d, "M{}{}", number(x), separated(y));
        d.push('l');
        let mut first = true;
        for &(px, py) in &points[1..points.len() - 1] {
            let (dx, dy) = (px - x, py - y);
            if first {
                d.push_str(&number(dx));
                first = false;
            } else {
                d.push_str(&separated(dx));
            }
            d.push_str(&separated(dy));
            (x, y) = (px, py);
        }
        d.push('z');
    }
    d
}

/// Bounding box (x0, y0, x1, y1) in map units, area in square tenths, and the centroid of the
/// largest exterior ring in tenths.
/// A box in tenths: left, top, right, bottom.
type Tenths = (i32, i32, i32, i32);

/// A country's bounding box, area, the centroid of its largest part and that part's box.
fn measure(rings: &[(Vec<(i32, i32)>, bool)]) -> (Tenths, f64, (i32, i32), Tenths) {
    let bounds = |points: &[(i32, i32)]| {
        points.iter().fold(
            (i32::MAX, i32::MAX, i32::MIN, i32::MIN),
            |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
        )
    };
    let all: Vec<(i32, i32)> = rings.iter().flat_map(|(p, _)| p.iter().copied()).collect();
    let mut area = 0.0;
    let mut largest = (0.0, (0, 0), (0, 0, 0, 0));
    for (points, exterior) in rings {
        let (ring_area, centroid) = area_and_centroid(points);
        area += if *exterior {
            ring_area.abs()
        } else {
            -ring_area.abs()
        };
        if *exterior && ring_area.abs() > largest.0 {
            largest = (ring_area.abs(), centroid, bounds(points));
        }
    }
    (bounds(&all), area, largest.1, largest.2)
}

/// Shoelace area (signed, square tenths) and centroid (tenths) of a closed ring.
fn area_and_centroid(points: &[(i32, i32)]) -> (f64, (i32, i32)) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for pair in points.windows(2) {
        let (x0, y0) = (f64::from(pair[0].0), f64::from(pair[0].1));
        let (x1, y1) = (f64::from(pair[1].0), f64::from(pair[1].1));
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a == 0.0 {
        return (0.0, points[0]);
    }
    let centroid = (
        (cx / (3.0 * a)).round() as i32,
        (cy / (3.0 * a)).round() as i32,
    );
    (a / 2.0, centroid)
}

/// A box in tenths as `shapes.rs` writes it.
fn rect((x0, y0, x1, y1): Tenths) -> String {
    format!(
        "Rect {{ x: {}, y: {}, w: {}, h: {} }}",
        float(x0),
        float(y0),
        float(x1 - x0),
        float(y1 - y0)
    )
}

/// A number of tenths as SVG writes it: `12.3`, `-4`, `.5`, `-.5`.
fn number(tenths: i32) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, fraction) = (tenths.abs() / 10, tenths.abs() % 10);
    match (whole, fraction) {
        (w, 0) => format!("{sign}{w}"),
        (0, f) => format!("{sign}.{f}"),
        (w, f) => format!("{sign}{w}.{f}"),
    }
}

/// A number that follows another: a minus sign separates by itself, otherwise a space.
fn separated(tenths: i32) -> String {
    if tenths < 0 {
        number(tenths)
    } else {
        format!(" {}", number(tenths))
    }
}

/// Tenths as a Rust float literal: `12.3`, `-4.0`.
fn float(tenths: i32) -> String {
    format!("{:.1}", f64::from(tenths) / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_compactly() {
        assert_eq!(number(123), "12.3");
        assert_eq!(number(-40), "-4");
        assert_eq!(number(5), ".5");
        assert_eq!(number(-5), "-.5");
        assert_eq!(number(0), "0");
        assert_eq!(separated(5), " .5");
        assert_eq!(separated(-5), "-.5");
    }

    #[test]
    fn paths_are_relative_and_closed() {
        let square = vec![(vec![(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)], true)];
        assert_eq!(path(&square), "M0 0l1 0 0 1-1 0z");
    }

    #[test]
    fn measures_area_bbox_and_centroid() {
        let square = vec![(vec![(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)], true)];
        let (bbox, area, centroid, main) = measure(&square);
        assert_eq!(bbox, (0, 0, 100, 100));
        assert_eq!(main, bbox);
        assert_eq!(area, 10_000.0);
        assert_eq!(centroid, (50, 50));
    }
}
