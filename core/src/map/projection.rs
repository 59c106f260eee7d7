//! The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so no country looks
//! bigger than it is. Coordinates in degrees in, unitless projected coordinates out (y north).

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

/// √3 / 2
const M: f64 = 0.866_025_403_784_438_6;

/// Projects longitude and latitude (degrees) to Equal Earth coordinates.
pub fn equal_earth(lon: f64, lat: f64) -> (f64, f64) {
    let (lambda, phi) = (lon.to_radians(), lat.to_radians());
    let theta = (M * phi.sin()).asin();
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    let x = lambda * theta.cos() / (M * (A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)));
    let y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    (x, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-4
    }

    #[test]
    fn origin_and_extent() {
        assert_eq!(equal_earth(0.0, 0.0), (0.0, 0.0));
        // The published extent: x ±2.7063, y ±1.3173 (at the poles).
        let (x, _) = equal_earth(180.0, 0.0);
        assert!(close(x, 2.706_629), "{x}");
        let (_, y) = equal_earth(0.0, 90.0);
        assert!(close(y, 1.317_362), "{y}");
    }

    #[test]
    fn symmetric_and_monotonic() {
        for (lon, lat) in [(30.0, 45.0), (-120.0, 10.0), (150.0, -60.0)] {
            let (x, y) = equal_earth(lon, lat);
            assert_eq!(equal_earth(-lon, -lat), (-x, -y));
        }
        let mut last = f64::NEG_INFINITY;
        for lat in -90..=90 {
            let (_, y) = equal_earth(0.0, f64::from(lat));
            assert!(y > last);
            last = y;
        }
    }

    #[test]
    fn equal_area_cells_at_every_latitude() {
        // A 1° × 1° cell covers cos(φ) of the equator's cell on the sphere; projected, its area must
        // keep that ratio (that is what equal-area means).
        let cell = |lat: f64| {
            let (x0, y0) = equal_earth(10.0, lat);
            let (x1, _) = equal_earth(11.0, lat);
            let (_, y1) = equal_earth(10.0, lat + 1.0);
            let (x2, _) = equal_earth(11.0, lat + 1.0);
            let (x3, _) = equal_earth(10.0, lat + 1.0);
            // trapezoid: mean width × height
            ((x1 - x0) + (x2 - x3)) / 2.0 * (y1 - y0)
        };
        let equator = cell(-0.5);
        for lat in [10.0, 30.0, 52.0, 70.0] {
            let sphere = ((lat + 1.0_f64).to_radians().sin() - lat.to_radians().sin())
                / (0.5_f64.to_radians().sin() * 2.0);
            let ratio = cell(lat) / equator;
            assert!(
                (ratio - sphere).abs() < 1e-3,
                "at {lat}°: {ratio} vs {sphere}"
            );
        }
    }
}
