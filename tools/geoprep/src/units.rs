//! What goes where: the zones that assign source polygons to map units,
//! their names, and the polygons left out on purpose.

/// Names in English, Japanese romaji, Japanese kanji and Russian.
pub struct Names {
    pub en: &'static str,
    pub ja_romaji: &'static str,
    pub ja: &'static str,
    pub ru: &'static str,
}

/// A box in degrees: west, south, east, north.
pub type Zone = [f64; 4];

pub fn in_zone(zone: &Zone, lon: f64, lat: f64) -> bool {
    (zone[0]..=zone[2]).contains(&lon) && (zone[1]..=zone[3]).contains(&lat)
}

/// Which layer a unit goes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// One of the four disputed units (`islands.geojson`).
    Disputed,
    /// Surrounding land (`context.geojson`).
    Context,
}

pub struct Unit {
    pub id: &'static str,
    pub layer: Layer,
    /// ISO 3166 alpha-3 code of the administering country in the source.
    pub source_country: &'static str,
    /// Polygons whose interior point falls in here belong to the unit.
    /// `None` takes every polygon of `source_country` not claimed by
    /// another unit.
    pub zone: Option<Zone>,
    pub names: Names,
    /// Named islets: names and a point inside or next to the islet, used
    /// to find its polygon.
    pub islets: &'static [(Names, f64, f64)],
}

/// Habomai islets. Reference points are the islets' centres (see
/// geodata/README.md for sources); each matches the nearest polygon.
const HABOMAI_ISLETS: &[(Names, f64, f64)] = &[
    (
        Names {
            en: "Zelyony",
            ja_romaji: "Shibotsu",
            ja: "志発島",
            ru: "Зелёный",
        },
        146.140,
        43.500,
    ),
    (
        Names {
            en: "Tanfilyeva",
            ja_romaji: "Suishō",
            ja: "水晶島",
            ru: "Танфильева",
        },
        145.917,
        43.437,
    ),
    (
        Names {
            en: "Polonskogo",
            ja_romaji: "Taraku",
            ja: "多楽島",
            ru: "Полонского",
        },
        146.317,
        43.633,
    ),
    (
        Names {
            en: "Yuri",
            ja_romaji: "Yuri",
            ja: "勇留島",
            ru: "Юрий",
        },
        146.070,
        43.420,
    ),
    (
        Names {
            en: "Anuchina",
            ja_romaji: "Akiyuri",
            ja: "秋勇留島",
            ru: "Анучина",
        },
        146.000,
        43.367,
    ),
    (
        Names {
            en: "Dyomina",
            ja_romaji: "Harukarimoshiri",
            ja: "春苅島",
            ru: "Дёмина",
        },
        146.167,
        43.417,
    ),
];

pub const UNITS: &[Unit] = &[
    Unit {
        id: "iturup",
        layer: Layer::Disputed,
        source_country: "RUS",
        zone: Some([146.85, 44.35, 149.25, 45.7]),
        names: Names {
            en: "Iturup",
            ja_romaji: "Etorofu",
            ja: "択捉島",
            ru: "Итуруп",
        },
        islets: &[],
    },
    Unit {
        id: "kunashir",
        layer: Layer::Disputed,
        source_country: "RUS",
        zone: Some([145.35, 43.71, 146.6, 44.6]),
        names: Names {
            en: "Kunashir",
            ja_romaji: "Kunashiri",
            ja: "国後島",
            ru: "Кунашир",
        },
        islets: &[],
    },
    Unit {
        id: "shikotan",
        layer: Layer::Disputed,
        source_country: "RUS",
        zone: Some([146.6, 43.65, 147.0, 43.95]),
        names: Names {
            en: "Shikotan",
            ja_romaji: "Shikotan",
            ja: "色丹島",
            ru: "Шикотан",
        },
        islets: &[],
    },
    Unit {
        id: "habomai",
        layer: Layer::Disputed,
        source_country: "RUS",
        zone: Some([145.8, 43.3, 146.5, 43.7]),
        names: Names {
            en: "Habomai",
            ja_romaji: "Habomai",
            ja: "歯舞群島",
            ru: "Хабомаи",
        },
        islets: HABOMAI_ISLETS,
    },
    Unit {
        id: "urup",
        layer: Layer::Context,
        source_country: "RUS",
        zone: Some([149.25, 45.3, 150.5, 46.4]),
        names: Names {
            en: "Urup",
            ja_romaji: "Uruppu",
            ja: "得撫島",
            ru: "Уруп",
        },
        islets: &[],
    },
    Unit {
        id: "hokkaido",
        layer: Layer::Context,
        source_country: "JPN",
        zone: None,
        names: Names {
            en: "Hokkaido",
            ja_romaji: "Hokkaidō",
            ja: "北海道",
            ru: "Хоккайдо",
        },
        islets: &[],
    },
];

/// Source polygons left out, with the reason. Matched by a point that
/// lies inside the polygon.
pub const EXCLUDED: &[(f64, f64, &str)] = &[
    (
        145.545,
        43.68,
        "7.7 km² straight-edged sliver in the Izmeny (Notsuke) Strait touching \
         Kunashir's south-west tip; no island of this size exists there in \
         Japanese or Russian island lists",
    ),
    (
        145.5455,
        43.711,
        "0.19 km² three-vertex triangle beside the sliver above",
    ),
];
