//! Build-time writer of a page for every state and language (Trunk
//! post_build hook): the three scenarios and every timeline event, in
//! English, Japanese and Russian, each the whole page pre-rendered at its
//! state by the same components, with its own title, description,
//! canonical link, Open Graph and Twitter card tags; the preview image
//! of each as SVG (rasterised by `tools/preview` in `make dist`); and,
//! when `SITE_URL` is set, language alternates, `sitemap.xml`,
//! `robots.txt` and an oEmbed answer per page.
//!
//! Usage: `pages <geodata-dir> <bundle-dir> [<preview-svg-dir>]`. The
//! bundle's `index.html`, as Trunk wrote it, is the template. Fails,
//! naming the problem, if anything does not load: a broken bundle must
//! not ship.

use kuril_map::site::head::SiteUrl;
use kuril_map::site::write::write_site;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let (Some(geodata), Some(bundle)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: pages <geodata-dir> <bundle-dir> [<preview-svg-dir>]");
        return ExitCode::from(2);
    };
    let previews = args.get(3).map(PathBuf::from);
    let url = match std::env::var("SITE_URL") {
        Ok(s) if !s.trim().is_empty() => match SiteUrl::parse(&s) {
            Ok(u) => Some(u),
            Err(e) => {
                eprintln!("pages: {e}");
                return ExitCode::from(2);
            }
        },
        _ => None,
    };
    match write_site(
        Path::new(geodata),
        Path::new(bundle),
        previews.as_deref(),
        url,
    ) {
        Ok(msg) => {
            println!("pages: {msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pages: {e}");
            ExitCode::FAILURE
        }
    }
}
