//! Decoding the TopoJSON world atlas into country polygons in longitude/latitude, and cutting rings
//! that cross the antimeridian. Build-time only (`make geometry`).

use serde::Deserialize;

/// A ring of (longitude, latitude) points in degrees; the first point is repeated at the end.
pub type Ring = Vec<(f64, f64)>;
/// An exterior ring followed by its holes.
pub type Polygon = Vec<Ring>;

/// One country of the atlas.
#[derive(Clone, Debug)]
pub struct CountryGeometry {
    /// ISO 3166-1 alpha-3 (`properties.a3`).
    pub code: String,
    pub polygons: Vec<Polygon>,
}

#[derive(Deserialize)]
struct Topology {
    transform: Transform,
    objects: Objects,
    arcs: Vec<Vec<[i64; 2]>>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Objects {
    countries: Collection,
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        properties: Properties,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        properties: Properties,
    },
}

#[derive(Deserialize)]
struct Properties {
    a3: String,
}

/// Decodes the `countries` object of a quantized TopoJSON topology: delta-decodes and transforms
/// the arcs, and joins them into rings (a negative index `~i` is arc `i` reversed).
pub fn decode(json: &str) -> Result<Vec<CountryGeometry>, String> {
    let topology: Topology = serde_json::from_str(json).map_err(|e| format!("TopoJSON: {e}"))?;
    let Transform { scale, translate } = topology.transform;
    let arcs: Vec<Vec<(f64, f64)>> = topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0_i64, 0_i64);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    (
                        x as f64 * scale[0] + translate[0],
                        y as f64 * scale[1] + translate[1],
                    )
                })
                .collect()
        })
        .collect();
    let ring = |indices: &[i64]| -> Result<Ring, String> {
        let mut ring: Ring = Vec::new();
        for &index in indices {
            let (arc, reversed) = if index >= 0 {
                (index as usize, false)
            } else {
                ((!index) as usize, true)
            };
            let points = arcs
                .get(arc)
                .ok_or_else(|| format!("TopoJSON: no arc {arc}"))?;
            let mut points = points.clone();
            if reversed {
                points.reverse();
            }
            // Consecutive arcs share their joining point.
            let skip = usize::from(!ring.is_empty());
            ring.extend(points.into_iter().skip(skip));
        }
        Ok(ring)
    };
    let polygon = |rings: &[Vec<i64>]| {
        rings
            .iter()
            .map(|r| ring(r))
            .collect::<Result<Polygon, _>>()
    };
    topology
        .objects
        .countries
        .geometries
        .iter()
        .map(|geometry| {
            let (code, polygons) = match geometry {
                Geometry::Polygon { arcs, properties } => (&properties.a3, vec![polygon(arcs)?]),
                Geometry::MultiPolygon { arcs, properties } => (
                    &properties.a3,
                    arcs.iter().map(|p| polygon(p)).collect::<Result<_, _>>()?,
                ),
            };
            Ok(CountryGeometry {
                code: code.clone(),
                polygons,
            })
        })
        .collect()
}

/// Splits every ring that jumps across the antimeridian (from about +180° to -180°) into a part on
/// each side, so no ring draws a streak across the whole map.
pub fn cut_antimeridian(polygons: Vec<Polygon>) -> Vec<Polygon> {
    let mut out = Vec::new();
    for polygon in polygons {
        let crosses = |ring: &Ring| ring.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0);
        if !polygon.iter().any(crosses) {
            out.push(polygon);
            continue;
        }
        // Unwrap longitudes so the ring is continuous (it then extends past ±180°), then clip it
        // into the part inside [-180, 180] and the part beyond, shifted back by 360°.
        let unwrapped: Vec<Ring> = polygon.iter().map(unwrap).collect();
        let beyond_east = unwrapped.iter().flatten().any(|p| p.0 > 180.0);
        let (edge, shift) = if beyond_east {
            (180.0, -360.0)
        } else {
            (-180.0, 360.0)
        };
        let inside = |p: &(f64, f64)| {
            if beyond_east {
                p.0 <= edge
            } else {
                p.0 >= edge
            }
        };
        for keep_inside in [true, false] {
            let part: Polygon = unwrapped
                .iter()
                .map(|ring| clip(ring, edge, |p| inside(p) == keep_inside))
                .filter(|ring| ring.len() >= 4)
                .map(|ring| {
                    if keep_inside {
                        ring
                    } else {
                        ring.into_iter().map(|(x, y)| (x + shift, y)).collect()
                    }
                })
                .collect();
            if !part.is_empty() {
                out.push(part);
            }
        }
    }
    out
}

fn unwrap(ring: &Ring) -> Ring {
    let mut offset = 0.0;
    let mut previous: Option<f64> = None;
    ring.iter()
        .map(|&(x, y)| {
            if let Some(prev) = previous {
                let delta = x + offset - prev;
                if delta > 180.0 {
                    offset -= 360.0;
                } else if delta < -180.0 {
                    offset += 360.0;
                }
            }
            previous = Some(x + offset);
            (x + offset, y)
        })
        .collect()
}

/// Sutherland–Hodgman: the part of `ring` on the kept side of the meridian at longitude `edge`.
fn clip(ring: &Ring, edge: f64, keep: impl Fn(&(f64, f64)) -> bool) -> Ring {
    let mut out: Ring = Vec::new();
    let crossing = |a: (f64, f64), b: (f64, f64)| {
        let t = (edge - a.0) / (b.0 - a.0);
        (edge, a.1 + t * (b.1 - a.1))
    };
    for pair in ring.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match (keep(&a), keep(&b)) {
            (true, true) => out.push(b),
            (true, false) => out.push(crossing(a, b)),
            (false, true) => {
                out.push(crossing(a, b));
                out.push(b);
            }
            (false, false) => {}
        }
    }
    if let Some(&first) = out.first() {
        if out.last() != Some(&first) {
            out.push(first);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_across_the_antimeridian_becomes_two() {
        let ring: Ring = vec![
            (179.0, 10.0),
            (-179.0, 10.0),
            (-179.0, 12.0),
            (179.0, 12.0),
            (179.0, 10.0),
        ];
        let parts = cut_antimeridian(vec![vec![ring]]);
        assert_eq!(parts.len(), 2);
        for part in &parts {
            let xs: Vec<f64> = part[0].iter().map(|p| p.0).collect();
            let (min, max) = xs
                .iter()
                .fold((f64::MAX, f64::MIN), |(a, b), &x| (a.min(x), b.max(x)));
            assert!(max - min <= 1.0 + 1e-9, "{xs:?}");
            assert!(min >= -180.0 && max <= 180.0);
        }
    }

    #[test]
    fn a_ring_that_does_not_cross_is_kept_as_it_is() {
        let ring: Ring = vec![(10.0, 10.0), (11.0, 10.0), (11.0, 11.0), (10.0, 10.0)];
        assert_eq!(cut_antimeridian(vec![vec![ring.clone()]]), vec![vec![ring]]);
    }
}
