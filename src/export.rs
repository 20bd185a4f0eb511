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
}
