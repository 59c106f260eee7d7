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
/// the arcs, merges the areas listed in `merges` (`(from, into)`: `from` disappears into `into`, and
/// the border between them with it), and joins the arcs into rings (a negative index `~i` is arc
/// `i` reversed).
pub fn decode(json: &str, merges: &[(&str, &str)]) -> Result<Vec<CountryGeometry>, String> {
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
    let points = |index: i64| -> Result<Vec<(f64, f64)>, String> {
        let (arc, reversed) = if index >= 0 {
            (index as usize, false)
        } else {
            ((!index) as usize, true)
        };
        let mut points = arcs
            .get(arc)
            .ok_or_else(|| format!("TopoJSON: no arc {arc}"))?
            .clone();
        if reversed {
            points.reverse();
        }
        Ok(points)
    };

    // Countries as polygons of rings of arc indices.
    let mut countries: Vec<(String, Vec<Vec<Vec<i64>>>)> = topology
        .objects
        .countries
        .geometries
        .into_iter()
        .map(|geometry| match geometry {
            Geometry::Polygon { arcs, properties } => (properties.a3, vec![arcs]),
            Geometry::MultiPolygon { arcs, properties } => (properties.a3, arcs),
        })
        .collect();
    for (from, into) in merges {
        let taken = countries
            .iter()
            .position(|(code, _)| code == from)
            .ok_or_else(|| format!("TopoJSON: no {from} to merge"))?;
        let (_, polygons) = countries.remove(taken);
        let target = countries
            .iter_mut()
            .find(|(code, _)| code == into)
            .ok_or_else(|| format!("TopoJSON: no {into} to merge into"))?;
        let joined: Vec<Vec<Vec<i64>>> = target.1.drain(..).chain(polygons).collect();
        target.1 = merge(joined, &points)?;
    }

    let ring = |indices: &[i64]| -> Result<Ring, String> {
        let mut ring: Ring = Vec::new();
        for &index in indices {
            // Consecutive arcs share their joining point.
            let skip = usize::from(!ring.is_empty());
            ring.extend(points(index)?.into_iter().skip(skip));
        }
        Ok(ring)
    };
    countries
        .into_iter()
        .map(|(code, polygons)| {
            let polygons = polygons
                .iter()
                .map(|rings| {
                    rings
                        .iter()
                        .map(|r| ring(r))
                        .collect::<Result<Polygon, _>>()
                })
                .collect::<Result<_, _>>()?;
            Ok(CountryGeometry { code, polygons })
        })
        .collect()
}

/// The union of polygons that share borders (TopoJSON's merge): arcs used by two rings are
/// interior and dropped; the remaining arcs are joined end to start into new exterior rings.
/// Holes are not kept (none of the merged areas has one).
fn merge(
    polygons: Vec<Vec<Vec<i64>>>,
    points: &dyn Fn(i64) -> Result<Vec<(f64, f64)>, String>,
) -> Result<Vec<Vec<Vec<i64>>>, String> {
    let arc_of = |index: i64| if index < 0 { !index } else { index };
    let exteriors: Vec<&Vec<i64>> = polygons.iter().filter_map(|p| p.first()).collect();
    let mut uses = std::collections::BTreeMap::new();
    for &index in exteriors.iter().copied().flatten() {
        *uses.entry(arc_of(index)).or_insert(0) += 1;
    }
    let mut open: Vec<i64> = exteriors
        .iter()
        .copied()
        .flatten()
        .copied()
        .filter(|index| uses[&arc_of(*index)] == 1)
        .collect();
    type Ends = ((f64, f64), (f64, f64));
    let ends = |index: i64| -> Result<Ends, String> {
        let p = points(index)?;
        Ok((p[0], p[p.len() - 1]))
    };
    let mut merged = Vec::new();
    while let Some(first) = open.first().copied() {
        open.remove(0);
        let (start, mut end) = ends(first)?;
        let mut ring = vec![first];
        while end != start {
            let next = open
                .iter()
                .position(|&i| ends(i).map(|(s, _)| s == end).unwrap_or(false))
                .ok_or_else(|| "TopoJSON: merged outline does not close".to_owned())?;
            let index = open.remove(next);
            end = ends(index)?.1;
            ring.push(index);
        }
        merged.push(vec![ring]);
    }
    Ok(merged)
}

/// Cuts the part of country `code` on the far side of the line from `a` to `b` (longitude,
/// latitude) into an area of its own: the returned polygons. The country keeps the near side
/// (to the left of the line, walking from `a` to `b`).
pub fn split_off(country: &mut CountryGeometry, a: (f64, f64), b: (f64, f64)) -> Vec<Polygon> {
    // Positive on the left of a→b, negative on the right.
    let side = move |p: &(f64, f64)| (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
    let mut far = Vec::new();
    let mut near = Vec::new();
    for polygon in country.polygons.drain(..) {
        for keep_left in [true, false] {
            let part: Polygon = polygon
                .iter()
                .map(|ring| clip(ring, |p| if keep_left { side(p) } else { -side(p) }))
                .filter(|ring| ring.len() >= 4)
                .collect();
            if !part.is_empty() {
                if keep_left {
                    near.push(part)
                } else {
                    far.push(part)
                }
            }
        }
    }
    country.polygons = near;
    far
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
        // Signed distance into the [-180, 180] side of the meridian at `edge`.
        let inside = move |p: &(f64, f64)| if beyond_east { edge - p.0 } else { p.0 - edge };
        for keep_inside in [true, false] {
            let part: Polygon = unwrapped
                .iter()
                .map(|ring| clip(ring, |p| if keep_inside { inside(p) } else { -inside(p) }))
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

/// Sutherland–Hodgman against one straight edge: the part of `ring` where `side` is ≥ 0 (`side` is
/// a signed distance to the edge, linear in the coordinates).
fn clip(ring: &Ring, side: impl Fn(&(f64, f64)) -> f64) -> Ring {
    let mut out: Ring = Vec::new();
    let crossing = |a: (f64, f64), b: (f64, f64)| {
        let t = side(&a) / (side(&a) - side(&b));
        (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
    };
    for pair in ring.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        match (side(&a) >= 0.0, side(&b) >= 0.0) {
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
