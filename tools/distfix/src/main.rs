//! distfix: makes Trunk's `dist/index.html` run under a strict Content
//! Security Policy, with no inline script:
//!
//! * moves Trunk's inline `<script type="module">` loader into a
//!   content-hashed file with a Subresource Integrity hash;
//! * puts the stylesheet into each page as a `<style>` element, so the
//!   first paint waits for no other request, and allows exactly that
//!   style by its hash (`style-src 'self' 'sha256-…'`, no
//!   `'unsafe-inline'`);
//! * adds the policy as a `<meta http-equiv>` so it holds on any static
//!   host, even one that sends no headers, and writes it to `csp.txt` for
//!   hosts that send it as a header;
//! * writes a `.gz` and a `.br` sibling of every text and WebAssembly file,
//!   for hosts that serve precompressed files as they are (nginx
//!   `gzip_static` / `brotli_static`, some CDNs).
//!
//! Usage: `distfix <dist-dir>`. Idempotent: a second run changes nothing.

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;
use std::process::ExitCode;

/// The policy the app runs under (also documented in the README), with
/// the hashes of its inline styles (`'sha256-…'`) after `'self'`.
pub fn csp(style_hashes: &[String]) -> String {
    let styles: String = style_hashes.iter().map(|h| format!(" '{h}'")).collect();
    format!("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'{styles}; img-src 'self' data:")
}

/// The file the policy is written to, for hosts that send it as a header.
pub const CSP_FILE: &str = "csp.txt";

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: distfix <dist-dir>");
        return ExitCode::from(2);
    };
    match run(Path::new(&dir)) {
        Ok(msg) => {
            println!("distfix: {msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("distfix: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The app's pages: `index.html` and every state page the `pages` step
/// wrote from it (each holds the pre-rendered page).
fn app_pages(dir: &Path) -> Result<Vec<std::path::PathBuf>, String> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "html") {
            let html =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            if html.contains("<div id=\"prerendered\">") {
                pages.push(path);
            }
        }
    }
    pages.sort();
    Ok(pages)
}

fn run(dir: &Path) -> Result<String, String> {
    let pages = app_pages(dir)?;
    if !pages.iter().any(|p| p.ends_with("index.html")) {
        return Err(format!("{}: no pre-rendered index.html", dir.display()));
    }
    let mut moved = std::collections::BTreeSet::new();
    let mut policies = std::collections::BTreeSet::new();
    for page in &pages {
        let html = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
        let (html, files) = externalise_inline_module(&html)?;
        for (name, body) in files {
            std::fs::write(dir.join(&name), &body).map_err(|e| format!("{name}: {e}"))?;
            moved.insert(name);
        }
        let html = inline_stylesheet(&html, dir)?;
        let policy = csp(&style_hashes(&html)?);
        let html = add_csp_meta(&html, &policy);
        policies.insert(policy);
        std::fs::write(page, html).map_err(|e| format!("{}: {e}", page.display()))?;
    }
    // One policy for every page, or a host could not send it as a header.
    match policies.len() {
        1 => {
            let policy = policies.iter().next().map_or("", String::as_str);
            std::fs::write(dir.join(CSP_FILE), format!("{policy}\n"))
                .map_err(|e| format!("{CSP_FILE}: {e}"))?;
        }
        n => {
            return Err(format!(
                "the pages need {n} different policies: {policies:?}"
            ))
        }
    }
    let compressed = precompress(dir)?;
    Ok(format!(
        "{} page(s): {} inline script file(s) moved out; CSP meta in place; {compressed} file(s) precompressed",
        pages.len(),
        moved.len()
    ))
}

/// File endings worth compressing: text and WebAssembly.
const COMPRESSIBLE: [&str; 8] = ["html", "js", "css", "wasm", "json", "geojson", "svg", "md"];

/// Writes `<file>.gz` (gzip, best) and `<file>.br` (brotli, quality 11)
/// beside every compressible file under `dir`; returns how many files.
fn precompress(dir: &Path) -> Result<usize, String> {
    let mut count = 0;
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            count += precompress(&path)?;
            continue;
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !COMPRESSIBLE.contains(&ext) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (gz, br) = (gzip(&bytes), brotli_best(&bytes));
        for (suffix, body) in [("gz", gz), ("br", br)] {
            let out = path.with_extension(format!("{ext}.{suffix}"));
            std::fs::write(&out, body).map_err(|e| format!("{}: {e}", out.display()))?;
        }
        count += 1;
    }
    Ok(count)
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write as _;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

pub fn brotli_best(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    let mut input = bytes;
    // Reading from a slice and writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut input, &mut out, &params);
    out
}

/// Replaces every inline `<script type="module">…</script>` with a
/// reference to a file named after the hash of its body.
pub fn externalise_inline_module(html: &str) -> Result<(String, Vec<(String, String)>), String> {
    let open = "<script type=\"module\">";
    let mut out = String::with_capacity(html.len());
    let mut files = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(open) {
        let after = &rest[start + open.len()..];
        let end = after
            .find("</script>")
            .ok_or("an inline module script is not closed")?;
        let body = after[..end].trim().to_string();
        let short: String = Sha256::digest(body.as_bytes())
            .iter()
            .take(8)
            .map(|b| format!("{b:02x}"))
            .collect();
        let name = format!("boot-{short}.js");
        let sri = base64::engine::general_purpose::STANDARD.encode(Sha384::digest(body.as_bytes()));
        out.push_str(&rest[..start]);
        out.push_str(&format!(
            "<script type=\"module\" src=\"./{name}\" integrity=\"sha384-{sri}\" crossorigin=\"anonymous\"></script>"
        ));
        files.push((name, body));
        rest = &after[end + "</script>".len()..];
    }
    out.push_str(rest);
    Ok((out, files))
}

/// Replaces the page's link to Trunk's hashed stylesheet (`style-….css`)
/// with a `<style>` element holding the file, read from `dir`. A page
/// without that link is returned as it is.
pub fn inline_stylesheet(html: &str, dir: &Path) -> Result<String, String> {
    const OPEN: &str = "<link rel=\"stylesheet\" href=\"./style-";
    let Some(start) = html.find(OPEN) else {
        return Ok(html.to_string());
    };
    let end = start
        + html[start..]
            .find('>')
            .ok_or("a stylesheet link is not closed")?
        + 1;
    let href = &html[start + OPEN.len() - "style-".len()..];
    let name = href.split('"').next().unwrap_or_default();
    let css = std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
    if css.contains("</") || css.contains('\r') {
        return Err(format!("{name}: cannot be inlined as it is (\"</\" or CR)"));
    }
    Ok(format!(
        "{}<style>{css}</style>{}",
        &html[..start],
        &html[end..]
    ))
}

/// The CSP source of each `<style>` element in `html`: `sha256-` and the
/// base64 SHA-256 of its text, which is what browsers hash.
pub fn style_hashes(html: &str) -> Result<Vec<String>, String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<style>") {
        let after = &rest[start + "<style>".len()..];
        let end = after
            .find("</style>")
            .ok_or("a style element is not closed")?;
        let digest = Sha256::digest(&after.as_bytes()[..end]);
        hashes.push(format!(
            "sha256-{}",
            base64::engine::general_purpose::STANDARD.encode(digest)
        ));
        rest = &after[end..];
    }
    Ok(hashes)
}

/// Inserts the CSP `<meta>` with `policy` right after `<head>`, unless
/// present.
pub fn add_csp_meta(html: &str, policy: &str) -> String {
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return html.to_string();
    }
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">");
    match html.find("<head>") {
        Some(i) => format!("{}{meta}{}", &html[..i + 6], &html[i + 6..]),
        None => html.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = "<html><head><title>x</title></head><body><div id=app></div>\n<script type=\"module\">\nimport init from './app-1.js';\nconst wasm = await init('./app-1_bg.wasm');\n</script></body></html>";

    #[test]
    fn moves_the_loader_out_with_an_integrity_hash() {
        let (html, files) = externalise_inline_module(TRUNK).expect("ok");
        assert_eq!(files.len(), 1);
        assert!(files[0].1.starts_with("import init from './app-1.js';"));
        assert!(!html.contains("import init"));
        assert!(html.contains(&format!("src=\"./{}\"", files[0].0)));
        assert!(html.contains("integrity=\"sha384-"));
    }

    #[test]
    fn is_idempotent() {
        let (once, _) = externalise_inline_module(TRUNK).expect("ok");
        let once = add_csp_meta(&once, &csp(&[]));
        let (twice, files) = externalise_inline_module(&once).expect("ok");
        assert!(files.is_empty());
        assert_eq!(add_csp_meta(&twice, &csp(&[])), once);
        assert_eq!(once.matches("Content-Security-Policy").count(), 1);
    }

    #[test]
    fn precompressed_siblings_decompress_to_the_file() {
        use std::io::Read as _;
        let dir = std::env::temp_dir().join(format!("distfix-{}", std::process::id()));
        let sub = dir.join("geodata");
        std::fs::create_dir_all(&sub).expect("dir");
        let text = "{\"a\": 1}".repeat(200);
        std::fs::write(sub.join("t.json"), &text).expect("write");
        std::fs::write(dir.join("x.png"), b"png").expect("write");
        assert_eq!(precompress(&dir).expect("compress"), 1);
        let gz = std::fs::read(sub.join("t.json.gz")).expect("gz");
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut back)
            .expect("gunzip");
        assert_eq!(back, text);
        let br = std::fs::read(sub.join("t.json.br")).expect("br");
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).expect("unbrotli");
        assert_eq!(back, text.as_bytes());
        assert!(!dir.join("x.png.gz").exists(), "images are left alone");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_stylesheet_goes_inline_and_the_policy_allows_exactly_it() {
        let dir = std::env::temp_dir().join(format!("distfix-css-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(dir.join("style-12ab.css"), "a { color: red; }\n").expect("write");
        let page = "<head><link rel=\"stylesheet\" href=\"./style-12ab.css\" integrity=\"sha384-x\"/><noscript><link rel=\"stylesheet\" href=\"noscript.css\"></noscript></head>";
        let html = inline_stylesheet(page, &dir).expect("inlined");
        assert!(
            html.starts_with("<head><style>a { color: red; }\n</style><noscript>"),
            "{html}"
        );
        assert!(html.contains("href=\"noscript.css\""), "{html}");
        // The digest of exactly the element's text (echo -n … | sha256sum).
        let hashes = style_hashes(&html).expect("hashes");
        assert_eq!(hashes.len(), 1);
        let expected = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest(b"a { color: red; }\n"));
        assert_eq!(hashes[0], format!("sha256-{expected}"));
        let policy = csp(&hashes);
        assert!(
            policy.contains(&format!("style-src 'self' '{}';", hashes[0])),
            "{policy}"
        );
        assert!(!policy.contains("unsafe-inline"));
        // Idempotent: nothing left to inline.
        assert_eq!(inline_stylesheet(&html, &dir).expect("again"), html);
        // A missing file is an error, not a page without styles.
        assert!(inline_stylesheet(&page.replace("12ab", "34cd"), &dir).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn unclosed_script_is_an_error() {
        assert!(externalise_inline_module("<script type=\"module\">x").is_err());
    }
}
