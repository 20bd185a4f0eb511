//! Select, clip, assign, simplify and round the source polygons.

use crate::units::{in_zone, Layer, Unit, EXCLUDED, UNITS};
use geo::orient::Direction;
use geo::{
    BooleanOps, BoundingRect, Contains, Coord, GeodesicArea, InteriorPoint, LineString, MakeValid,
    MultiPolygon, Orient, Point, Polygon, Rect, SimplifyVwPreserve, Validation,
};

/// The frame the map shows: west, south, east, north.
pub const FRAME: [f64; 4] = [144.5, 42.8, 150.5, 46.4];

/// Parts smaller than this are rocks the map cannot show; they are left
/// out (the smallest island kept in the source is much larger).
const MIN_PART_KM2: f64 = 0.05;

/// Decimal places kept in coordinates: 1e-4° is about 11 m north–south
/// and 8 m east–west here, a fraction of a pixel even at 4× zoom.
const DECIMALS: i32 = 4;

pub struct PreparedUnit {
    pub unit: &'static Unit,
    /// Polygons, largest first.
    pub parts: Vec<Polygon>,
    /// For each named islet, the index of its polygon in `parts`.
    pub islet_parts: Vec<usize>,
}

pub struct Prepared {
    pub units: Vec<PreparedUnit>,
    pub report: Vec<String>,
}

pub fn prepare(fc: &geojson::FeatureCollection) -> Result<Prepared, String> {
    let frame = Rect::new(
        Coord {
            x: FRAME[0],
            y: FRAME[1],
        },
        Coord {
            x: FRAME[2],
            y: FRAME[3],
        },
    );
    let frame_poly = frame.to_polygon();
    let mut buckets: Vec<Vec<Polygon>> = UNITS.iter().map(|_| Vec::new()).collect();
    let mut report = Vec::new();

    for feature in &fc.features {
        let country = feature
            .properties
            .as_ref()
            .and_then(|p| p.get("A3"))
            .and_then(|v| v.as_str())
            .unwrap_or("");
        if !UNITS.iter().any(|u| u.source_country == country) {
            continue;
        }
        let Some(geometry) = &feature.geometry else {
            continue;
        };
        let converted = geo::Geometry::<f64>::try_from(&geometry.value);
        if let Err(e) = &converted {
            report.push(format!("cannot convert a {country} geometry: {e}"));
        }
        let polygons: Vec<Polygon> = match converted {
            Ok(geo::Geometry::Polygon(p)) => vec![p],
            Ok(geo::Geometry::MultiPolygon(mp)) => mp.0,
            _ => continue,
        };
        for polygon in polygons {
            let Some(bbox) = polygon.bounding_rect() else {
                continue;
            };
            if !rects_overlap(&bbox, &frame) {
                continue;
            }
            let inside = frame.contains(&bbox);
            let parts = if inside {
                vec![polygon]
            } else {
                polygon.intersection(&frame_poly).0
            };
            for part in parts {
                for valid in repair(part, &mut report) {
                    assign(valid, country, &mut buckets, &mut report);
                }
            }
        }
    }

    let mut units = Vec::new();
    for (unit, parts) in UNITS.iter().zip(buckets) {
        match finish_unit(unit, parts, &mut report) {
            Ok(u) => units.push(u),
            Err(e) => {
                for line in &report {
                    eprintln!("{line}");
                }
                return Err(e);
            }
        }
    }
    Ok(Prepared { units, report })
}

/// Orients the part and, if its rings cross themselves (the source has
/// a few such), splits it into valid polygons.
fn repair(part: Polygon, report: &mut Vec<String>) -> Vec<Polygon> {
    let part = canonical(part.orient(Direction::Default));
    if part.is_valid() {
        return vec![part];
    }
    match part.make_valid() {
        Ok(mp) => {
            report.push(format!(
                "repaired a self-intersecting source polygon of {:.2} km² into {} part(s)",
                area_km2(&part),
                mp.0.len()
            ));
            mp.0.into_iter()
                .map(|p| canonical(p.orient(Direction::Default)))
                .collect()
        }
        Err(e) => {
            report.push(format!("cannot repair a source polygon: {e:?}"));
            vec![part]
        }
    }
}

/// Rotates every ring to start at its smallest coordinate and sorts the
/// holes, so that equal polygons are equal however a library built them.
/// Simplification then sees the same input on every run.
fn canonical(p: Polygon) -> Polygon {
    fn ring(r: &LineString) -> LineString {
        let mut c: Vec<Coord> = r.0.clone();
        if c.len() > 1 && c.first() == c.last() {
            c.pop();
        }
        let start = c
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)))
            .map(|(i, _)| i)
            .unwrap_or(0);
        c.rotate_left(start);
        if let Some(first) = c.first().copied() {
            c.push(first);
        }
        LineString::new(c)
    }
    let exterior = ring(p.exterior());
    let mut interiors: Vec<LineString> = p.interiors().iter().map(ring).collect();
    interiors.sort_by(|a, b| {
        let (a, b) = (a.0[0], b.0[0]);
        a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y))
    });
    Polygon::new(exterior, interiors)
}

fn rects_overlap(a: &Rect, b: &Rect) -> bool {
    a.min().x <= b.max().x
        && b.min().x <= a.max().x
        && a.min().y <= b.max().y
        && b.min().y <= a.max().y
}

fn assign(part: Polygon, country: &str, buckets: &mut [Vec<Polygon>], report: &mut Vec<String>) {
    let Some(p) = part.interior_point() else {
        return;
    };
    if let Some((_, _, why)) = EXCLUDED
        .iter()
        .find(|(lon, lat, _)| part.contains(&Point::new(*lon, *lat)))
    {
        report.push(format!(
            "left out {:.2} km² at {:.3},{:.3}: {why}",
            area_km2(&part),
            p.x(),
            p.y()
        ));
        return;
    }
    let zoned = UNITS.iter().position(|u| {
        u.source_country == country && u.zone.is_some_and(|z| in_zone(&z, p.x(), p.y()))
    });
    let fallback = || {
        UNITS
            .iter()
            .position(|u| u.source_country == country && u.zone.is_none())
    };
    match zoned.or_else(fallback) {
        Some(i) => buckets[i].push(part),
        None => report.push(format!(
            "unassigned {country} polygon of {:.2} km² at {:.3},{:.3}",
            area_km2(&part),
            p.x(),
            p.y()
        )),
    }
}

fn area_km2(p: &Polygon) -> f64 {
    p.geodesic_area_unsigned() / 1e6
}

fn finish_unit(
    unit: &'static Unit,
    parts: Vec<Polygon>,
    report: &mut Vec<String>,
) -> Result<PreparedUnit, String> {
    // Context land is drawn muted and small: simplify it harder.
    let epsilon = match unit.layer {
        Layer::Disputed => 2e-7,
        Layer::Context => 1.5e-6,
    };
    let mut kept: Vec<(f64, Polygon)> = Vec::new();
    let mut dropped = 0usize;
    for part in parts {
        let a = area_km2(&part);
        if a < MIN_PART_KM2 {
            dropped += 1;
            continue;
        }
        let simple = part.simplify_vw_preserve(epsilon);
        let rounded = round_polygon(&simple).ok_or_else(|| {
            format!(
                "{}: a part of {a:.2} km² stays invalid after rounding",
                unit.id
            )
        })?;
        kept.push((area_km2(&rounded), rounded));
    }
    if kept.is_empty() {
        return Err(format!("{}: no polygons found in the source", unit.id));
    }
    // Largest first; ties broken by the first coordinate for determinism.
    kept.sort_by(|(a, p), (b, q)| {
        b.total_cmp(a).then_with(|| {
            let (c, d) = (p.exterior().0[0], q.exterior().0[0]);
            c.x.total_cmp(&d.x).then(c.y.total_cmp(&d.y))
        })
    });
    let parts: Vec<Polygon> = kept.into_iter().map(|(_, p)| p).collect();
    let mut islet_parts = Vec::new();
    for (names, lon, lat) in unit.islets {
        let idx = nearest_part(&parts, *lon, *lat).ok_or_else(|| {
            format!(
                "{}: no polygon near the islet {} ({lon}, {lat})",
                unit.id, names.en
            )
        })?;
        report.push(format!(
            "  islet {} / {}: {:.2} km²",
            names.ja_romaji,
            names.en,
            area_km2(&parts[idx])
        ));
        islet_parts.push(idx);
    }
    let mp = MultiPolygon::new(parts.clone());
    let vertices: usize = parts
        .iter()
        .map(|p| p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>())
        .sum();
    report.push(format!(
        "{}: {} polygons, {} vertices, {:.1} km²{}",
        unit.id,
        parts.len(),
        vertices,
        mp.geodesic_area_unsigned() / 1e6,
        if dropped > 0 {
            format!(" ({dropped} rocks under {MIN_PART_KM2} km² left out)")
        } else {
            String::new()
        }
    ));
    Ok(PreparedUnit {
        unit,
        parts,
        islet_parts,
    })
}

/// A computed line: id, names (en, ja, ru) and geometry.
pub struct Line {
    pub id: &'static str,
    pub names: [&'static str; 3],
    pub geometry: LineString,
}

fn unit_geometry(prepared: &Prepared, ids: &[&str]) -> MultiPolygon {
    MultiPolygon::new(
        prepared
            .units
            .iter()
            .filter(|u| ids.contains(&u.unit.id))
            .flat_map(|u| u.parts.iter().cloned())
            .collect(),
    )
}

/// A line to trace: id, names, the units on either side, the search area.
type LineSpec = (
    &'static str,
    [&'static str; 3],
    &'static [&'static str],
    &'static [&'static str],
    crate::lines::Area,
);

/// The two lines the timeline draws, as median lines between the land
/// on either side, rounded like the polygons.
pub fn lines(prepared: &Prepared) -> Result<Vec<Line>, String> {
    let specs: [LineSpec; 2] = [
        (
            "border-1855",
            ["1855 border", "1855年の国境", "граница 1855 г."],
            &["iturup"],
            &["urup"],
            [148.7, 45.25, 149.6, 45.85],
        ),
        (
            "de-facto-line",
            [
                "De facto line (approx.)",
                "事実上の境界線（概略）",
                "фактическая линия (прибл.)",
            ],
            &["hokkaido"],
            &["kunashir", "shikotan", "habomai"],
            [144.95, 43.05, 146.35, 44.45],
        ),
    ];
    let mut out = Vec::new();
    for (id, names, a, b, area) in specs {
        let line = crate::lines::median_line(
            &unit_geometry(prepared, a),
            &unit_geometry(prepared, b),
            area,
            0.01,
        )
        .ok_or_else(|| format!("{id}: the median line could not be traced"))?;
        let f = 10f64.powi(DECIMALS);
        let rounded = LineString::new(
            line.0
                .iter()
                .map(|c| Coord {
                    x: (c.x * f).round() / f,
                    y: (c.y * f).round() / f,
                })
                .collect(),
        );
        out.push(Line {
            id,
            names,
            geometry: rounded,
        });
    }
    Ok(out)
}

/// The part that contains the point, else the one whose interior point is
/// nearest, within 0.05°.
fn nearest_part(parts: &[Polygon], lon: f64, lat: f64) -> Option<usize> {
    let pt = Point::new(lon, lat);
    if let Some(i) = parts.iter().position(|p| p.contains(&pt)) {
        return Some(i);
    }
    parts
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let c = p.interior_point()?;
            let d = (c.x() - lon).hypot(c.y() - lat);
            (d < 0.05).then_some((d, i))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, i)| i)
}

/// Rounds to [`DECIMALS`] places, falling back to one more place if that
/// makes the polygon invalid. RFC 7946 winding: exterior counter-clockwise.
fn round_polygon(p: &Polygon) -> Option<Polygon> {
    for decimals in [DECIMALS, DECIMALS + 1] {
        let f = 10f64.powi(decimals);
        let ring = |r: &LineString| -> Option<LineString> {
            let mut coords: Vec<Coord> = Vec::with_capacity(r.0.len());
            for c in &r.0 {
                let q = Coord {
                    x: (c.x * f).round() / f,
                    y: (c.y * f).round() / f,
                };
                if coords.last() != Some(&q) {
                    coords.push(q);
                }
            }
            (coords.len() >= 4).then(|| LineString::new(coords))
        };
        let Some(exterior) = ring(p.exterior()) else {
            continue;
        };
        let interiors: Vec<LineString> = p.interiors().iter().filter_map(ring).collect();
        let candidate = Polygon::new(exterior, interiors).orient(Direction::Default);
        if candidate.is_valid() {
            return Some(candidate);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::polygon;

    #[test]
    fn rounding_keeps_a_valid_counter_clockwise_ring() {
        // Clockwise input.
        let p = polygon![
            (x: 146.000_01, y: 43.0),
            (x: 146.0, y: 43.100_04),
            (x: 146.1, y: 43.1),
            (x: 146.1, y: 43.0),
        ];
        let r = round_polygon(&p).expect("valid");
        assert!(r.is_valid());
        assert_eq!(r.exterior().0[0], Coord { x: 146.0, y: 43.0 });
        use geo::Winding;
        assert!(r.exterior().is_ccw());
    }

    #[test]
    fn nearest_part_prefers_containment() {
        let a = polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)];
        let b = polygon![(x: 1.01, y: 0.0), (x: 1.02, y: 0.0), (x: 1.02, y: 0.01)];
        assert_eq!(nearest_part(&[b.clone(), a.clone()], 0.5, 0.5), Some(1));
        assert_eq!(nearest_part(&[a, b], 1.03, 0.005), Some(1));
    }
}
