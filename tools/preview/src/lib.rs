//! Rasterises a preview SVG (`kuril_map::export::preview_svg`, written by
//! the `pages` build step) to a PNG natively with resvg, deterministically:
//! the fonts are the files given, never the system's, and the palette
//! comes from the image alone, so the same SVG and fonts give the same
//! bytes. A palette of 256 colours keeps each image small; the map's flat
//! colours survive it exactly, and only the edges of text and coasts lose
//! shades no one sees at a feed's size.
#![warn(clippy::unwrap_used)]

use resvg::tiny_skia;
use resvg::usvg;
use std::path::Path;
use std::sync::Arc;

/// The font family the previews' `sans-serif` resolves to. Noto Sans CJK
/// covers Latin, Cyrillic and Japanese in one family.
pub const FAMILY: &str = "Noto Sans CJK JP";

/// Fonts for rendering: exactly the files given.
pub fn fonts(files: &[&Path]) -> Result<Arc<usvg::fontdb::Database>, String> {
    let mut db = usvg::fontdb::Database::new();
    for f in files {
        let data = std::fs::read(f).map_err(|e| format!("font {}: {e}", f.display()))?;
        db.load_font_data(data);
    }
    if db.is_empty() {
        return Err("no fonts loaded".into());
    }
    db.set_sans_serif_family(FAMILY);
    Ok(Arc::new(db))
}

/// Renders `svg` at its own size to RGBA pixels.
pub fn render(svg: &str, fonts: Arc<usvg::fontdb::Database>) -> Result<tiny_skia::Pixmap, String> {
    let opt = usvg::Options {
        font_family: FAMILY.to_string(),
        fontdb: fonts,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| format!("SVG: {e}"))?;
    let size = tree.size().to_int_size();
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the SVG has no size")?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

/// Encodes opaque RGBA pixels as an 8-bit palette PNG.
pub fn palette_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, String> {
    let rgba = pixmap.data();
    // NeuQuant's sampling factor: 1 looks at every pixel; 10 (every tenth) keeps every flat colour of the map and takes a fifth of the time.
    let quant = color_quant::NeuQuant::new(10, 256, rgba);
    let palette = quant.color_map_rgb();
    let indices: Vec<u8> = rgba
        .chunks_exact(4)
        .map(|p| u8::try_from(quant.index_of(p)).unwrap_or(0))
        .collect();
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        enc.set_color(png::ColorType::Indexed);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_palette(palette);
        enc.set_compression(png::Compression::High);
        let mut w = enc.write_header().map_err(|e| e.to_string())?;
        w.write_image_data(&indices).map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Decodes a PNG written by [`palette_png`] to RGB pixels, for checks.
pub fn decode_rgb(png_bytes: &[u8]) -> Result<(u32, u32, Vec<[u8; 3]>), String> {
    let mut dec = png::Decoder::new(std::io::Cursor::new(png_bytes));
    dec.set_transformations(png::Transformations::EXPAND);
    let mut reader = dec.read_info().map_err(|e| e.to_string())?;
    let mut buf = vec![0; reader.output_buffer_size().ok_or("image too large")?];
    let info = reader.next_frame(&mut buf).map_err(|e| e.to_string())?;
    let step = info.color_type.samples();
    let px = buf[..info.buffer_size()]
        .chunks_exact(step)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    Ok((info.width, info.height, px))
}
