//! The map's geometry and layout, natively: the
//! projection puts capitals inside their countries, no ring streaks across the map, every report
//! country has a shape and both names, and pins never crowd each other.
#![cfg(not(target_arch = "wasm32"))]

use nap1325_content::BUNDLED;
use nap1325_core::map::{self, pins, MapView, Point, HEIGHT, SHAPES, WIDTH};
use nap1325_core::model::load;

fn repo(path: &str) -> String {
    std::fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn report_codes() -> Vec<String> {
    load(&BUNDLED)
        .unwrap()
        .countries
        .iter()
        .map(|c| c.code.clone())
        .collect()
}

#[test]
fn every_report_country_has_a_shape_and_both_names() {
    let report = load(&BUNDLED).unwrap();
    for country in &report.countries {
        assert!(
            map::shape(&country.code).is_some(),
            "{} has no shape",
            country.code
        );
        assert!(
            !country.name.nl.is_empty() && !country.name.en.is_empty(),
            "{}",
            country.code
        );
    }
    assert_eq!(SHAPES.len(), report.countries.len());
}

/// Even-odd point-in-path test on the generated path data (absolute M, relative l, z).
fn inside(d: &str, p: Point) -> bool {
    let mut rings: Vec<Vec<(f32, f32)>> = Vec::new();
    let mut numbers = Vec::new();
    let flush = |numbers: &mut Vec<f32>, rings: &mut Vec<Vec<(f32, f32)>>| {
        if numbers.len() >= 2 {
            let mut ring = vec![(numbers[0], numbers[1])];
            for pair in numbers[2..].chunks(2) {
                let (x, y) = *ring.last().unwrap();
                ring.push((x + pair[0], y + pair[1]));
            }
            rings.push(ring);
        }
        numbers.clear();
    };
    let mut token = String::new();
    for c in d.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || c == '.' || (c == '-' && token.is_empty()) {
            token.push(c);
            continue;
        }
        if !token.is_empty() {
            numbers.push(token.parse().unwrap());
            token.clear();
        }
        match c {
            '-' => token.push('-'),
            'M' | 'z' => flush(&mut numbers, &mut rings),
            _ => {}
        }
    }
    let mut crossings = 0;
    for ring in &rings {
        for i in 0..ring.len() {
            let (a, b) = (ring[i], ring[(i + 1) % ring.len()]);
            if (a.1 > p.y) != (b.1 > p.y) && p.x < a.0 + (p.y - a.1) / (b.1 - a.1) * (b.0 - a.0) {
                crossings += 1;
            }
        }
    }
    crossings % 2 == 1
}

#[test]
fn capitals_land_inside_their_countries() {
    for (code, lon, lat) in [
        ("NLD", 4.30, 52.08),    // The Hague
        ("COL", -74.07, 4.71),   // Bogotá
        ("UKR", 30.52, 50.45),   // Kyiv
        ("AUS", 149.13, -35.28), // Canberra
        ("AFG", 69.17, 34.53),   // Kabul
        ("CAN", -75.70, 45.42),  // Ottawa
        ("ZMB", 28.28, -15.42),  // Lusaka
    ] {
        let shape = map::shape(code).unwrap();
        assert!(
            inside(shape.d, map::project(lon, lat)),
            "capital of {code} is outside it"
        );
    }
    // and not inside a neighbour
    assert!(!inside(
        map::shape("DEU").unwrap().d,
        map::project(4.30, 52.08)
    ));
}

#[test]
fn the_scenery_and_the_report_countries_share_one_map() {
    let svg = repo("assets/world.svg");
    let view_box = format!("viewBox=\"0 0 {} {}\"", WIDTH, HEIGHT);
    assert!(
        svg.contains(&view_box),
        "world.svg's viewBox differs from shapes.rs ({view_box})"
    );
    // Without Antarctica the map is less tall than Equal Earth's full 0.487 of the width.
    let ratio = HEIGHT / WIDTH;
    assert!(ratio > 0.38 && ratio < 0.487, "{ratio}");
}

#[test]
fn every_pin_stands_in_its_country() {
    for shape in SHAPES {
        assert!(
            inside(shape.d, shape.pin),
            "the pin of {} is outside it",
            shape.code
        );
    }
}

#[test]
fn no_ring_spans_the_map() {
    let svg = repo("assets/world.svg");
    for d in svg
        .split("<path d=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
    {
        for ring in d.split('M').filter(|r| !r.is_empty()) {
            let numbers: Vec<f32> = ring
                .replace(['l', 'z'], " ")
                .replace('-', " -")
                .split_whitespace()
                .map(|n| n.parse().unwrap())
                .collect();
            let (mut x, mut min, mut max) = (numbers[0], numbers[0], numbers[0]);
            for dx in numbers[2..].iter().step_by(2) {
                x += dx;
                min = min.min(x);
                max = max.max(x);
                assert!(dx.abs() < WIDTH / 2.0, "a segment jumps {dx} units");
            }
            assert!(max - min < WIDTH / 2.0, "a ring spans {} units", max - min);
        }
    }
}

#[test]
fn pins_never_crowd_each_other_on_a_phone() {
    // The map is drawn about 328 CSS px wide on a 360 px phone (the whole 360 on a narrow screen,
    // where the zoomed regions are taller); pins are 24 px targets and must be at least that far
    // apart, in every view, as wide screens and as narrow ones draw it.
    let codes = report_codes();
    let codes: Vec<&str> = codes.iter().map(String::as_str).collect();
    for (layout, map_px, aspect, pins_of) in [
        (
            "wide",
            328.0_f32,
            WIDTH / HEIGHT,
            pins::pins_in as fn(MapView, &[&str]) -> Vec<pins::PinSpot>,
        ),
        (
            "narrow",
            360.0,
            nap1325_core::map::NARROW_ASPECT,
            pins::pins_in_narrow,
        ),
    ] {
        let mut shown = 0;
        for view in MapView::ALL {
            let pins = pins_of(view, &codes);
            shown += pins.len();
            let view_aspect = if view == MapView::World {
                WIDTH / HEIGHT
            } else {
                aspect
            };
            let px_per_percent_x = map_px / 100.0;
            let px_per_percent_y = map_px / view_aspect / 100.0;
            for (i, a) in pins.iter().enumerate() {
                assert!(
                    (0.0..=100.0).contains(&a.left) && (0.0..=100.0).contains(&a.top),
                    "{} off the {view:?} view ({layout})",
                    a.code
                );
                for b in &pins[i + 1..] {
                    let dx = (a.left - b.left) * px_per_percent_x;
                    let dy = (a.top - b.top) * px_per_percent_y;
                    let distance = (dx * dx + dy * dy).sqrt();
                    assert!(
                        distance >= 24.0,
                        "{} and {} are {distance:.1} px apart in {view:?} ({layout})",
                        a.code,
                        b.code
                    );
                }
            }
        }
        assert_eq!(
            shown,
            codes.len(),
            "every country has a pin in exactly one view ({layout})"
        );
    }
}

#[test]
fn the_golan_heights_are_not_drawn_as_israeli() {
    let golan = map::project(35.75, 33.0);
    assert!(!inside(map::shape("ISR").unwrap().d, golan));
    assert!(!inside(map::shape("SYR").unwrap().d, golan));
    // Israel itself is still there, west of the line.
    assert!(inside(
        map::shape("ISR").unwrap().d,
        map::project(34.78, 32.08)
    ));
}
