//! Building a standalone SVG image of the current view: title, date and
//! attribution inside the image, styles inlined so it renders anywhere.
//! Pure string work; `web.rs` does the serialising and downloading.

/// The colours and text styles the exported image needs, mirroring
/// `static/style.css` (the page's stylesheet is not available to an
/// image opened on its own).
pub const EXPORT_CSS: &str = "\
.sea{fill:#dbe7ef}\
.context-land{fill:#e9e6df;stroke:#b9b3a6;stroke-width:.6}\
.island{stroke-width:1;stroke-linejoin:round}\
.island[data-holder=russia]{fill:#c8501a;stroke:#c8501a}\
.island[data-holder=japan]{fill:#0072b2;stroke:#0072b2}\
.promised{fill:url(#hatch-promised)}.claimed{fill:url(#hatch-claimed)}.hatch__claim{fill:#0072b2}\
.hatch__ground{fill:transparent}.hatch__stripe{fill:#fff;fill-opacity:.75}\
.focus-ring{fill:none;stroke:#1d2327;stroke-width:5}\
[data-shown=false]{visibility:hidden}.leader{display:none}\
.line__path{fill:none;stroke:#1d2327;stroke-width:2;stroke-dasharray:8 5}\
.line--de-facto-line .line__path{stroke-dasharray:3 4}\
.inset__frame{fill:none;stroke:#1d2327}\
.inset__source{fill:none;stroke:#1d2327;stroke-dasharray:3 2}\
.scale-bar__line{fill:none;stroke:#1d2327;stroke-width:1.5}\
text{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans','Noto Sans JP',sans-serif;fill:#1d2327}\
.label{paint-order:stroke;stroke:#dbe7ef;stroke-width:4px;stroke-linejoin:round}\
.label--island{font-size:19px;font-weight:700}\
.label--context{font-size:16px;font-style:italic;fill:#4f5a61}\
.label--islet{font-size:12.5px}.label--inset-title{font-size:13px;font-weight:700}\
.label--line{font-size:14px;font-style:italic}\
.scale-bar__label{font-size:14px}.attribution{font-size:12px;fill:#4f5a61}\
.x-title{font-size:26px;font-weight:700}.x-date{font-size:17px;fill:#4f5a61}\
.x-credit{font-size:13px;fill:#4f5a61}";

/// Height of the band above the map for the title and date, and below
/// it for the credit, in map units.
pub const HEADER: f64 = 78.0;
pub const FOOTER: f64 = 30.0;

/// Escapes text for XML content and attribute values.
///
/// # Examples
///
/// ```
/// use kuril_map::export::xml_escape;
/// assert_eq!(xml_escape("<a & \"b\">"), "&lt;a &amp; &quot;b&quot;&gt;");
/// ```
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Wraps the serialised map (`map_svg`, a complete `<svg>` element with
/// its namespace) in an image with `title`, `subtitle` and `credit`.
pub fn standalone_svg(
    map_svg: &str,
    width: f64,
    height: f64,
    title: &str,
    subtitle: &str,
    credit: &str,
) -> String {
    let total = height + HEADER + FOOTER;
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\">\
         <style>{EXPORT_CSS}</style>\
         <rect width=\"{width}\" height=\"{total}\" fill=\"#ffffff\"/>\
         <text class=\"x-title\" x=\"16\" y=\"34\">{}</text>\
         <text class=\"x-date\" x=\"16\" y=\"62\">{}</text>\
         <g transform=\"translate(0 {HEADER})\">{map_svg}</g>\
         <text class=\"x-credit\" x=\"16\" y=\"{}\">{}</text>\
         </svg>",
        xml_escape(title),
        xml_escape(subtitle),
        total - 10.0,
        xml_escape(credit),
    )
}

/// A colour in an image's key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    Russia,
    Japan,
    Claimed,
    Promised,
}

impl Swatch {
    /// The key's square, drawn with the map's own classes (the hatchings
    /// are the map's patterns, over the holder's colour).
    fn svg(self, x: f64, y: f64, size: f64) -> String {
        let rect = |class: &str| {
            format!(
                "<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"{size}\" height=\"{size}\"/>"
            )
        };
        match self {
            Swatch::Russia => rect("island\" data-holder=\"russia"),
            Swatch::Japan => rect("island\" data-holder=\"japan"),
            Swatch::Claimed => rect("island\" data-holder=\"russia") + &rect("claimed"),
            Swatch::Promised => rect("island\" data-holder=\"russia") + &rect("promised"),
        }
    }
}

/// The width of `text` at `size` px, roughly: a full width for CJK and
/// other wide characters, about half for Latin and Cyrillic.
fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let narrow = if bold { 0.6 } else { 0.55 };
    text.chars()
        .map(|c| if c >= '\u{2E80}' { 1.0 } else { narrow })
        .sum::<f64>()
        * size
}

/// Breaks `text` into at most `max_lines` lines of at most `width` px at
/// `size` px: between words, or anywhere in text without spaces
/// (Japanese). A cut last line ends with an ellipsis.
///
/// ```
/// use kuril_map::export::wrap;
/// assert_eq!(wrap("one two three", 100.0, 20.0, false, 3), vec!["one two", "three"]);
/// assert_eq!(wrap("一二三四五六", 60.0, 20.0, false, 2), vec!["一二三", "四五六"]);
/// assert_eq!(wrap("one two three four", 100.0, 20.0, false, 1), vec!["one two…"]);
/// ```
pub fn wrap(text: &str, width: f64, size: f64, bold: bool, max_lines: usize) -> Vec<String> {
    let spaced = text.contains(' ');
    let pieces: Vec<String> = if spaced {
        text.split(' ').map(str::to_string).collect()
    } else {
        text.chars().map(String::from).collect()
    };
    let sep = if spaced { " " } else { "" };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let candidate = if line.is_empty() {
            piece.clone()
        } else {
            format!("{line}{sep}{piece}")
        };
        if text_width(&candidate, size, bold) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, piece));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// Lines of text as one `<text>` with a `<tspan>` per line.
fn text_block(class: &str, x: f64, y: f64, leading: f64, lines: &[String]) -> String {
    let spans: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            format!(
                "<tspan x=\"{x}\" y=\"{}\">{}</tspan>",
                y + leading * i as f64,
                xml_escape(l)
            )
        })
        .collect();
    format!("<text class=\"{class}\">{spans}</text>")
}

/// The texts of a preview image.
pub struct PreviewText<'a> {
    pub site: &'a str,
    pub title: &'a str,
    pub subtitle: &'a str,
    pub keys: &'a [(Swatch, String)],
    pub credit: &'a str,
}

/// The preview's size, margin and the width of its text panel.
const W: f64 = 1200.0;
const H: f64 = 630.0;
const PAD: f64 = 24.0;
const PANEL: f64 = 430.0;

/// Where a preview draws a `map_w` × `map_h` map: its top-left corner and
/// scale (the map's point (x, y) is at `(mx + x * scale, my + y * scale)`).
pub fn preview_map_box(map_w: f64, map_h: f64) -> (f64, f64, f64) {
    let box_w = W - PANEL - 2.0 * PAD;
    let scale = (box_w / map_w).min((H - 2.0 * PAD) / map_h);
    (
        PAD + (box_w - map_w * scale) / 2.0,
        (H - map_h * scale) / 2.0,
        scale,
    )
}

/// A 1200 × 630 preview for social networks and link cards: the export's
/// map (its serialised `<svg>`, `map_w` × `map_h`, styled by the same
/// [`EXPORT_CSS`]) at the left, and at the right, large enough to read
/// in a feed, the map's name, the state's title and date, its colour key
/// and the credit.
pub fn preview_svg(map_svg: &str, map_w: f64, map_h: f64, text: &PreviewText) -> String {
    let (mx, my, scale) = preview_map_box(map_w, map_h);
    let (w, h) = (map_w * scale, map_h * scale);
    let map = map_svg.replacen(
        "<svg ",
        &format!("<svg x=\"{mx:.1}\" y=\"{my:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" "),
        1,
    );
    let px = W - PANEL + 8.0;
    let pw = PANEL - PAD - 8.0;
    let mut y = 64.0;
    let site = text_block("p-site", px, y, 30.0, &wrap(text.site, pw, 22.0, false, 2));
    y += 30.0 * (wrap(text.site, pw, 22.0, false, 2).len() as f64) + 36.0;
    let title_lines = wrap(text.title, pw, 40.0, true, 4);
    let title = text_block("p-title", px, y, 48.0, &title_lines);
    y += 48.0 * title_lines.len() as f64 + 8.0;
    let subtitle = text_block(
        "p-date",
        px,
        y,
        34.0,
        &wrap(text.subtitle, pw, 26.0, false, 2),
    );
    y += 34.0 * wrap(text.subtitle, pw, 26.0, false, 2).len() as f64 + 30.0;
    let mut keys = String::new();
    for (swatch, label) in text.keys {
        let lines = wrap(label, pw - 40.0, 20.0, false, 4);
        keys.push_str(&swatch.svg(px, y - 19.0, 22.0));
        keys.push_str(&text_block("p-key", px + 36.0, y, 26.0, &lines));
        y += 26.0 * lines.len() as f64 + 12.0;
    }
    let credit = text_block(
        "p-credit",
        px,
        H - PAD - 4.0,
        22.0,
        &wrap(text.credit, pw, 16.0, false, 1),
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\">\
         <style>{EXPORT_CSS}\
         .p-site{{font-size:22px;fill:#4f5a61}}.p-title{{font-size:40px;font-weight:700}}\
         .p-date{{font-size:26px;fill:#4f5a61}}.p-key{{font-size:20px}}.p-credit{{font-size:16px;fill:#4f5a61}}</style>\
         <rect width=\"{W}\" height=\"{H}\" fill=\"#ffffff\"/>\
         <rect x=\"{mx:.1}\" y=\"{my:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" class=\"sea\"/>\
         {map}{site}{title}{subtitle}{keys}{credit}</svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_escapes() {
        let s = standalone_svg(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>",
            1000.0,
            800.0,
            "Two islands <1956>",
            "Scenario",
            "© OpenStreetMap contributors",
        );
        assert!(s.contains("Two islands &lt;1956&gt;"));
        assert!(s.contains("height=\"908\""));
        assert!(s.starts_with("<?xml"));
        assert_eq!(s.matches("<svg").count(), 2);
    }

    #[test]
    fn the_preview_fits_the_map_beside_its_texts() {
        let keys = [(Swatch::Russia, "Administered by Russia".to_string())];
        let text = PreviewText {
            site: "The Southern Kuril Islands",
            title: "Two islands & a <treaty>",
            subtitle: "19 October 1956",
            keys: &keys,
            credit: "© OpenStreetMap contributors (ODbL)",
        };
        let s = preview_svg("<svg viewBox=\"0 0 1000 827\"></svg>", 1000.0, 827.0, &text);
        assert!(s.contains("width=\"1200\" height=\"630\""));
        assert!(s.contains("&amp;") && s.contains("&lt;treaty&gt;") && !s.contains("<treaty"));
        // The map is scaled to the height left by the margins: 582 / 827.
        assert!(
            s.contains("<svg x=\"") && s.contains("height=\"582.0\""),
            "{s}"
        );
        assert!(s.contains("data-holder=\"russia\""));
    }
}
