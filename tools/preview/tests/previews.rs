//! The preview images, drawn as `make dist` draws them and looked at: each
//! is 1200 × 630, and at each island's centroid shows the colour of the
//! state's holder there, in every state and language. The same inputs
//! give the same bytes.

use kuril_map::export::preview_map_box;
use kuril_map::model::{Holder, Timeline};
use kuril_map::site::write::write_site;
use kuril_map::site::{load_dir, views, Page};
use kuril_map::url_state::{Lang, View};
use std::path::{Path, PathBuf};

const FONTS: [&str; 2] = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
];
/// The holders' colours in `export::EXPORT_CSS`.
const RUSSIA: [u8; 3] = [0xc8, 0x50, 0x1a];
const JAPAN: [u8; 3] = [0x00, 0x72, 0xb2];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Whether a pixel within `r` px of (x, y) has `colour` (within a small
/// tolerance for the palette).
fn near(px: &[[u8; 3]], w: usize, (x, y): (f64, f64), r: i64, colour: [u8; 3]) -> bool {
    let (cx, cy) = (x.round() as i64, y.round() as i64);
    (-r..=r).any(|dy| {
        (-r..=r).any(|dx| {
            let (x, y) = (cx + dx, cy + dy);
            let p = px[(y as usize) * w + x as usize];
            p.iter()
                .zip(colour)
                .map(|(a, b)| a.abs_diff(b) as u32)
                .sum::<u32>()
                < 30
        })
    })
}

#[test]
fn every_preview_shows_each_islands_holder_at_its_centroid() {
    let fonts: Vec<&Path> = FONTS.iter().map(Path::new).collect();
    let Ok(db) = preview::fonts(&fonts) else {
        panic!("the preview fonts are missing: run `make fonts` (Debian fonts-noto-cjk)");
    };
    let dir = std::env::temp_dir().join(format!("kuril-previews-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let template =
        "<html lang=\"en\"><head><title>t</title><meta name=\"description\" content=\"t\"></head>\
                    <body><div id=\"prerendered\"></div><!--/prerendered--></body></html>";
    std::fs::write(dir.join("index.html"), template).expect("template");
    write_site(&root().join("geodata"), &dir, Some(&dir.join("svg")), None).expect("pages");
    let loaded = load_dir(&root().join("geodata")).expect("data");
    let timeline: &Timeline = loaded.timeline.as_ref().expect("timeline");
    let layout = &loaded.map.layout;
    let (mx, my, k) = preview_map_box(layout.width, layout.height);
    let mut checked = 0;
    for lang in Lang::ALL {
        for view in views(timeline) {
            let page = Page {
                view: view.clone(),
                lang,
            };
            let svg = std::fs::read_to_string(dir.join("svg").join(format!("{}.svg", page.stem())))
                .expect("svg");
            let png = preview::render(&svg, db.clone())
                .and_then(|p| preview::palette_png(&p))
                .expect("drawn");
            let (w, h, px) = preview::decode_rgb(&png).expect("png");
            assert_eq!((w, h), (1200, 630), "{}", page.file());
            let state = match &view {
                View::Scenario(s) => s.state(),
                View::Event(id) => timeline.shared(id).expect("event").state.clone(),
            };
            for shape in &layout.islands {
                let holder = if state.held_by(Holder::Japan).any(|i| i == shape.id) {
                    Holder::Japan
                } else {
                    Holder::Russia
                };
                let colour = if holder == Holder::Japan {
                    JAPAN
                } else {
                    RUSSIA
                };
                let at = (mx + shape.centroid.0 * k, my + shape.centroid.1 * k);
                assert!(
                    near(&px, w as usize, at, 3, colour),
                    "{}: {:?} at {at:?} is not {holder:?}'s colour",
                    page.file(),
                    shape.id
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 3 * (3 + timeline.len()));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_same_svg_and_fonts_give_the_same_bytes() {
    let fonts: Vec<&Path> = FONTS.iter().map(Path::new).collect();
    let Ok(db) = preview::fonts(&fonts) else {
        panic!("the preview fonts are missing: run `make fonts`");
    };
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"63\">\
               <rect width=\"120\" height=\"63\" fill=\"#dbe7ef\"/>\
               <text x=\"4\" y=\"30\" font-size=\"20\">北方 Kurils</text></svg>";
    let a = preview::palette_png(&preview::render(svg, db.clone()).expect("a")).expect("png");
    let b = preview::palette_png(&preview::render(svg, db).expect("b")).expect("png");
    assert_eq!(a, b);
    let (w, h, _) = preview::decode_rgb(&a).expect("decodes");
    assert_eq!((w, h), (120, 63));
}
