//! Cheap structural checks on hand-written static files, which no
//! compiler sees: a stray brace in the CSS silently drops the rules after
//! it.

const STYLE: &str = include_str!("../static/style.css");

#[test]
fn css_braces_balance_and_never_go_negative() {
    let mut depth = 0i32;
    let mut in_comment = false;
    let bytes = STYLE.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if in_comment {
            if bytes[i..].starts_with(b"*/") {
                in_comment = false;
                i += 1;
            }
        } else if bytes[i..].starts_with(b"/*") {
            in_comment = true;
            i += 1;
        } else if bytes[i] == b'{' {
            depth += 1;
        } else if bytes[i] == b'}' {
            depth -= 1;
            let line = STYLE[..i].lines().count();
            assert!(
                depth >= 0,
                "unmatched '}}' at line {line} of static/style.css"
            );
        }
        i += 1;
    }
    assert!(!in_comment, "unclosed comment in static/style.css");
    assert_eq!(depth, 0, "unclosed '{{' in static/style.css");
}

#[test]
fn embed_js_stays_within_two_kilobytes_gzip() {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(include_bytes!("../static/embed.js"))
        .expect("gzip");
    let size = gz.finish().expect("gzip").len();
    assert!(size <= 2048, "static/embed.js is {size} bytes gzip");
}

/// The light theme's colour variables: the first `:root { … }` block.
fn light_palette() -> Vec<(String, String)> {
    let start = STYLE.find(":root").expect("a :root block");
    let body = &STYLE[start..];
    let body = &body[body.find('{').expect("{") + 1..body.find('}').expect("}")];
    // Comments out, so that a declaration after one keeps its name.
    let mut plain = String::new();
    let mut rest = body;
    while let Some(i) = rest.find("/*") {
        plain.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    plain.push_str(rest);
    plain
        .split(';')
        .filter_map(|decl| {
            let (name, value) = decl.split_once(':')?;
            let (name, value) = (name.trim(), value.trim().to_lowercase());
            (name.starts_with("--") && value.starts_with('#')).then(|| (name.to_string(), value))
        })
        .collect()
}

/// The image export carries its own copy of the map's colours (an image
/// opened on its own has no stylesheet): each must be one of the page's.
#[test]
fn the_exported_image_uses_the_stylesheets_colours() {
    let palette = light_palette();
    assert!(palette.len() >= 8, "{palette:?}");
    let css = kuril_map::export::EXPORT_CSS.to_lowercase();
    for var in [
        "--sea",
        "--context-land",
        "--context-edge",
        "--russia",
        "--japan",
        "--ink",
        "--ink-muted",
    ] {
        let value = &palette.iter().find(|(n, _)| n == var).expect(var).1;
        assert!(
            css.contains(value.as_str()),
            "the export lacks {var} ({value})"
        );
    }
    let mut rest = css.as_str();
    while let Some(i) = rest.find('#') {
        let hex: String = rest[i + 1..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        rest = &rest[i + 1..];
        if hex.len() != 6 && hex.len() != 3 {
            continue;
        }
        let colour = format!("#{hex}");
        let known = palette.iter().any(|(_, v)| *v == colour) || colour == "#fff";
        assert!(known, "the export's {colour} is not in style.css's palette");
    }
}
