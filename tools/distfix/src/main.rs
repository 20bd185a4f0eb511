//! distfix: makes Trunk's `dist/index.html` run under a strict Content
//! Security Policy, with no inline script:
//!
//! * moves Trunk's inline `<script type="module">` loader into a
//!   content-hashed file with a Subresource Integrity hash;
//! * adds the policy as a `<meta http-equiv>` so it holds on any static
//!   host, even one that sends no headers;
//! * writes a `.gz` and a `.br` sibling of every text and WebAssembly file,
//!   for hosts that serve precompressed files as they are (nginx
//!   `gzip_static` / `brotli_static`, some CDNs).
//!
//! Usage: `distfix <dist-dir>`. Idempotent: a second run changes nothing.

use base64::Engine as _;
use sha2::{Digest, Sha256, Sha384};
use std::path::Path;
use std::process::ExitCode;

/// The policy the app runs under (also documented in the README).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

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
    for page in &pages {
        let html = std::fs::read_to_string(page).map_err(|e| format!("{}: {e}", page.display()))?;
        let (html, files) = externalise_inline_module(&html)?;
        for (name, body) in files {
            std::fs::write(dir.join(&name), &body).map_err(|e| format!("{name}: {e}"))?;
            moved.insert(name);
        }
        let html = add_csp_meta(&html);
        std::fs::write(page, html).map_err(|e| format!("{}: {e}", page.display()))?;
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

/// Inserts the CSP `<meta>` right after `<head>`, unless present.
pub fn add_csp_meta(html: &str) -> String {
    if html.contains("http-equiv=\"Content-Security-Policy\"") {
        return html.to_string();
    }
    let meta = format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">");
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
        let once = add_csp_meta(&once);
        let (twice, files) = externalise_inline_module(&once).expect("ok");
        assert!(files.is_empty());
        assert_eq!(add_csp_meta(&twice), once);
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
    fn unclosed_script_is_an_error() {
        assert!(externalise_inline_module("<script type=\"module\">x").is_err());
    }
}
