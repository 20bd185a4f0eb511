//! Checks on the committed geodata: validity, winding, frame, names and
//! areas against the governments' published figures.

use geo::{Area, GeodesicArea, MultiPolygon, Validation, Winding};
use kuril_map::layout::FRAME;
use kuril_map::model::{Context, IslandId, Islands};

const ISLANDS: &str = include_str!("../geodata/islands.geojson");
const CONTEXT: &str = include_str!("../geodata/context.geojson");

fn islands() -> Islands {
    Islands::from_geojson(ISLANDS).expect("committed islands.geojson loads")
}

fn context() -> Context {
    Context::from_geojson(CONTEXT).expect("committed context.geojson loads")
}

fn all_geometries() -> Vec<(String, MultiPolygon)> {
    let mut out: Vec<(String, MultiPolygon)> = islands()
        .iter()
        .map(|i| (i.id.to_string(), i.geometry.clone()))
        .collect();
    out.extend(context().iter().map(|l| (l.id.clone(), l.geometry.clone())));
    out
}

#[test]
fn every_polygon_is_valid_closed_and_rfc7946_wound() {
    for (id, mp) in all_geometries() {
        assert!(mp.is_valid(), "{id}: {:?}", mp.validation_errors());
        for p in &mp.0 {
            assert!(p.exterior().is_closed(), "{id}: open exterior");
            assert!(
                p.exterior().is_ccw(),
                "{id}: exterior must be counter-clockwise"
            );
            for hole in p.interiors() {
                assert!(hole.is_closed(), "{id}: open hole");
                assert!(hole.is_cw(), "{id}: holes must be clockwise");
            }
            // Planar signed area is positive for a CCW exterior.
            assert!(p.signed_area() > 0.0, "{id}");
        }
    }
}

#[test]
fn everything_lies_inside_the_frame() {
    let [w, s, e, n] = FRAME;
    for (id, mp) in all_geometries() {
        for p in &mp.0 {
            for c in p
                .exterior()
                .0
                .iter()
                .chain(p.interiors().iter().flat_map(|r| &r.0))
            {
                assert!(
                    (w..=e).contains(&c.x) && (s..=n).contains(&c.y),
                    "{id}: {c:?} outside the frame"
                );
            }
        }
    }
}

/// Japanese government figures (MOFA "area" column, km²).
const JAPAN_KM2: [(IslandId, f64); 4] = [
    (IslandId::Iturup, 3168.0),
    (IslandId::Kunashir, 1490.0),
    (IslandId::Shikotan, 251.0),
    (IslandId::Habomai, 95.0),
];

#[test]
fn geodesic_areas_are_within_five_percent_of_japans_figures() {
    let islands = islands();
    for (id, official) in JAPAN_KM2 {
        let computed = islands.get(id).area_km2;
        let off = (computed - official).abs() / official;
        assert!(
            off < 0.05,
            "{id}: {computed:.1} km² vs {official} km² ({:.1}%)",
            off * 100.0
        );
    }
    let total = islands.total_area_km2();
    assert!((total - 5003.0).abs() / 5003.0 < 0.05, "total {total:.1}");
}

#[test]
fn units_carry_names_in_three_languages() {
    let islands = islands();
    let expect = [
        (IslandId::Iturup, "Iturup", "Etorofu", "択捉島", "Итуруп"),
        (
            IslandId::Kunashir,
            "Kunashir",
            "Kunashiri",
            "国後島",
            "Кунашир",
        ),
        (
            IslandId::Shikotan,
            "Shikotan",
            "Shikotan",
            "色丹島",
            "Шикотан",
        ),
        (
            IslandId::Habomai,
            "Habomai",
            "Habomai",
            "歯舞群島",
            "Хабомаи",
        ),
    ];
    for (id, en, romaji, ja, ru) in expect {
        let n = &islands.get(id).names;
        assert_eq!(
            (
                n.en.as_str(),
                n.ja_romaji.as_str(),
                n.ja.as_str(),
                n.ru.as_str()
            ),
            (en, romaji, ja, ru)
        );
    }
}

#[test]
fn habomai_names_every_islet_of_half_a_square_km_or_more() {
    let islands = islands();
    let habomai = islands.get(IslandId::Habomai);
    assert!(habomai.geometry.0.len() >= 6);
    for (i, polygon) in habomai.geometry.0.iter().enumerate() {
        let km2 = polygon.geodesic_area_unsigned() / 1e6;
        if km2 >= 0.5 {
            assert!(
                habomai.islets.iter().any(|islet| islet.polygon == i),
                "Habomai polygon {i} of {km2:.2} km² has no name"
            );
        }
    }
    let named: Vec<(&str, &str)> = habomai
        .islets
        .iter()
        .map(|i| (i.names.ja_romaji.as_str(), i.names.en.as_str()))
        .collect();
    for pair in [
        ("Shibotsu", "Zelyony"),
        ("Suishō", "Tanfilyeva"),
        ("Taraku", "Polonskogo"),
        ("Yuri", "Yuri"),
        ("Akiyuri", "Anuchina"),
        ("Harukarimoshiri", "Dyomina"),
    ] {
        assert!(named.contains(&pair), "{pair:?} missing from {named:?}");
    }
    // Each named islet is a distinct polygon, and Shibotsu is the largest.
    let mut polys: Vec<usize> = habomai.islets.iter().map(|i| i.polygon).collect();
    polys.sort_unstable();
    polys.dedup();
    assert_eq!(polys.len(), habomai.islets.len());
    let shibotsu = habomai
        .islets
        .iter()
        .find(|i| i.names.ja_romaji == "Shibotsu");
    assert!(shibotsu.is_some_and(|s| (50.0..65.0).contains(&s.area_km2)));
}

#[test]
fn context_has_hokkaido_and_urup() {
    let ctx = context();
    let hokkaido = ctx.get("hokkaido").expect("hokkaido");
    let urup = ctx.get("urup").expect("urup");
    // Hokkaido's east coast reaches Cape Nosappu (145.82 E, 43.38 N) and the
    // Shiretoko peninsula tip (145.33 E, 44.34 N).
    let reaches = |mp: &MultiPolygon, lon: f64, lat: f64| {
        mp.0.iter()
            .flat_map(|p| &p.exterior().0)
            .any(|c| (c.x - lon).abs() < 0.05 && (c.y - lat).abs() < 0.05)
    };
    assert!(
        reaches(&hokkaido.geometry, 145.82, 43.385),
        "Nemuro peninsula"
    );
    assert!(
        reaches(&hokkaido.geometry, 145.33, 44.34),
        "Shiretoko peninsula"
    );
    // Urup's south-west end faces Iturup across the Vries Strait (~149.4 E).
    let west = urup
        .geometry
        .0
        .iter()
        .flat_map(|p| &p.exterior().0)
        .map(|c| c.x)
        .fold(f64::MAX, f64::min);
    assert!((149.3..149.5).contains(&west), "Urup west end at {west}");
}

/// The areas are computed at build time (`tools/geoprep` writes
/// `area_km2`, so the browser carries no geodesic code); recomputed here
/// from the geometry the file holds, they must agree.
#[test]
fn stored_areas_match_the_geometry() {
    let islands = islands();
    // `area_km2` is written with six decimals (tools/geoprep), so the
    // stored value may differ from the exact one by rounding alone.
    let close = |stored: f64, computed: f64| (stored - computed).abs() < 1e-5;
    let mut checked = 0;
    for i in islands.iter() {
        let computed = i.geometry.geodesic_area_unsigned() / 1e6;
        assert!(
            close(i.area_km2, computed),
            "{}: stored {} computed {computed}",
            i.id,
            i.area_km2
        );
        for islet in &i.islets {
            let computed = i.geometry.0[islet.polygon].geodesic_area_unsigned() / 1e6;
            assert!(
                close(islet.area_km2, computed),
                "{}: {} vs {computed}",
                islet.names.en,
                islet.area_km2
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 6);
}
