//! distfix: makes Trunk's `dist/index.html` run under a strict Content
//! Security Policy, with no inline script:
//!
//! * moves Trunk's inline `<script type="module">` loader into a
//!   content-hashed file with a Subresource Integrity hash;
//! * adds the policy as a `<meta http-equiv>` so it holds on any static
//!   host, even one that sends no headers.
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

fn run(dir: &Path) -> Result<String, String> {
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let (html, files) = externalise_inline_module(&html)?;
    for (name, body) in &files {
        std::fs::write(dir.join(name), body).map_err(|e| format!("{name}: {e}"))?;
    }
    let html = add_csp_meta(&html);
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;
    Ok(format!(
        "{} inline script(s) moved out; CSP meta in place",
        files.len()
    ))
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
    fn unclosed_script_is_an_error() {
        assert!(externalise_inline_module("<script type=\"module\">x").is_err());
    }
}
