//! Median (equidistance) lines between two land masses, traced on a grid
//! with marching squares. Used for the 1855 border in the Vries Strait
//! (between Iturup and Urup) and for the de facto line between Hokkaido
//! and the Russian-administered islands. Both are drawn as approximations.

use geo::{Coord, Distance, Euclidean, LineString, MapCoords, MultiPolygon, Point, Simplify};
use std::collections::HashMap;

/// A box in degrees: west, south, east, north.
pub type Area = [f64; 4];

/// Traces where the distance to `a` equals the distance to `b`, inside
/// `area`, on a grid of `step` degrees. Returns the longest traced line,
/// simplified, or `None` if the two never meet in the area.
pub fn median_line(
    a: &MultiPolygon,
    b: &MultiPolygon,
    area: Area,
    step: f64,
) -> Option<LineString> {
    let [w, s, e, n] = area;
    // Measure in a local plane: longitude scaled by cos(latitude).
    let k = ((s + n) / 2.0).to_radians().cos();
    let to_plane = |mp: &MultiPolygon| mp.map_coords(|c| Coord { x: c.x * k, y: c.y });
    let (pa, pb) = (to_plane(a), to_plane(b));
    let nx = ((e - w) / step).round() as usize + 1;
    let ny = ((n - s) / step).round() as usize + 1;
    let at = |i: usize, j: usize| Coord {
        x: w + i as f64 * step,
        y: s + j as f64 * step,
    };
    let mut f = vec![0.0; nx * ny];
    for j in 0..ny {
        for i in 0..nx {
            let c = at(i, j);
            let p = Point::new(c.x * k, c.y);
            f[j * nx + i] = Euclidean.distance(&p, &pa) - Euclidean.distance(&p, &pb);
        }
    }
    let value = |i: usize, j: usize| f[j * nx + i];
    // Where the zero crossing lies on the edge between two nodes.
    let cross = |(i0, j0): (usize, usize), (i1, j1): (usize, usize)| {
        let (v0, v1) = (value(i0, j0), value(i1, j1));
        let t = if v0 == v1 { 0.5 } else { v0 / (v0 - v1) };
        let (c0, c1) = (at(i0, j0), at(i1, j1));
        Coord {
            x: c0.x + (c1.x - c0.x) * t,
            y: c0.y + (c1.y - c0.y) * t,
        }
    };
    let mut segments: Vec<(Coord, Coord)> = Vec::new();
    for j in 0..ny - 1 {
        for i in 0..nx - 1 {
            let corners = [(i, j), (i + 1, j), (i + 1, j + 1), (i, j + 1)];
            let mut points = Vec::with_capacity(4);
            for q in 0..4 {
                let (p0, p1) = (corners[q], corners[(q + 1) % 4]);
                if (value(p0.0, p0.1) < 0.0) != (value(p1.0, p1.1) < 0.0) {
                    points.push(cross(p0, p1));
                }
            }
            // Two crossings: one segment. Four (a saddle): pair in order.
            for pair in points.chunks_exact(2) {
                segments.push((pair[0], pair[1]));
            }
        }
    }
    chain(segments)
        .into_iter()
        .max_by_key(|l| l.0.len())
        .map(|l| l.simplify(step / 4.0))
}

/// Joins segments that share endpoints into polylines.
fn chain(segments: Vec<(Coord, Coord)>) -> Vec<LineString> {
    let key = |c: Coord| ((c.x * 1e7).round() as i64, (c.y * 1e7).round() as i64);
    let mut ends: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (idx, (a, b)) in segments.iter().enumerate() {
        ends.entry(key(*a)).or_default().push(idx);
        ends.entry(key(*b)).or_default().push(idx);
    }
    let mut used = vec![false; segments.len()];
    let mut lines = Vec::new();
    for start in 0..segments.len() {
        if used[start] {
            continue;
        }
        used[start] = true;
        let (a, b) = segments[start];
        let mut line = std::collections::VecDeque::from(vec![a, b]);
        // Grow at the back, then at the front.
        for front in [false, true] {
            loop {
                let tip = if front { line[0] } else { line[line.len() - 1] };
                let next = ends
                    .get(&key(tip))
                    .and_then(|v| v.iter().copied().find(|i| !used[*i]));
                let Some(i) = next else { break };
                used[i] = true;
                let (p, q) = segments[i];
                let other = if key(p) == key(tip) { q } else { p };
                if front {
                    line.push_front(other);
                } else {
                    line.push_back(other);
                }
            }
        }
        lines.push(LineString::new(line.into_iter().collect()));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    #[test]
    fn median_of_two_squares_is_the_vertical_bisector() {
        let a = MultiPolygon::new(vec![
            polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)],
        ]);
        let b = MultiPolygon::new(vec![
            polygon![(x: 3.0, y: 0.0), (x: 4.0, y: 0.0), (x: 4.0, y: 1.0), (x: 3.0, y: 1.0)],
        ]);
        // Near the equator the longitude scale is ~1, so the bisector is x = 2.
        let line = median_line(&a, &b, [1.5, 0.2, 2.5, 0.8], 0.05).expect("line");
        for c in &line.0 {
            assert!((c.x - 2.0).abs() < 1e-6, "{c:?}");
        }
        assert!(line.0.len() >= 2);
    }
}
