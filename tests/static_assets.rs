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
