//! Image export: the SVG and PNG downloads are valid files carrying the
//! title, the date and the attribution.

use browser_tests::{js, until, Engine, Page};
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

async fn wait_file(dir: &Path, ext: &str) -> PathBuf {
    let start = Instant::now();
    loop {
        let found = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == ext));
        if let Some(p) = found {
            // Wait for the download to finish writing.
            tokio::time::sleep(Duration::from_millis(300)).await;
            return p;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "no .{ext} download in {}",
            dir.display()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The page of the state the export test shows.
const STATE_PAGE: &str = "joint-declaration-1956.html";

#[tokio::test(flavor = "multi_thread")]
async fn svg_and_png_exports_are_valid_and_labelled() {
    let test = "svg_and_png_exports_are_valid_and_labelled";
    let why = "download folders are set through Chromium's DevTools";
    let path = "?event=joint-declaration-1956";
    let Some(page) = Page::open_in_chromium(test, why, path).await else {
        return;
    };
    let engine = Engine::Chromium;
    let dir = std::env::temp_dir().join(format!("kuril-downloads-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("download dir");
    page.browser
        .cdp(
            "Browser.setDownloadBehavior",
            json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
        )
        .await;
    for kind in ["svg", "png"] {
        page.browser
            .click(&format!("button[data-export=\"{kind}\"]"))
            .await;
    }
    let svg_path = wait_file(&dir, "svg").await;
    let svg = std::fs::read_to_string(&svg_path).expect("read svg");
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ");
    for needle in [
        "Soviet–Japanese Joint Declaration",
        "19 October 1956",
        "OpenStreetMap",
    ] {
        assert!(text.contains(needle), "SVG lacks {needle:?}");
    }
    let islands = doc
        .descendants()
        .filter(|n| n.attribute("data-island").is_some())
        .count();
    assert_eq!(islands, 4);

    let png_path = wait_file(&dir, "png").await;
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(&png_path).expect("png"),
    ));
    let mut reader = decoder.read_info().expect("a valid PNG header");
    let (w, h) = (reader.info().width, reader.info().height);
    assert!(w >= 1000 && h >= 800, "{w}x{h}");
    let mut buf = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut buf).expect("PNG pixels decode");
    let pixels = &buf[..frame.buffer_size()];
    let distinct: std::collections::HashSet<&[u8]> = pixels.chunks(4).take(400_000).collect();
    assert!(
        distinct.len() > 20,
        "the PNG is blank ({} colours)",
        distinct.len()
    );
    let _ = std::fs::remove_dir_all(&dir);

    // "Copy link" puts the state's own page on the clipboard.
    let origin = page.server.origin();
    page.browser
        .cdp(
            "Browser.grantPermissions",
            json!({ "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    page.browser.click("button[data-share=\"copy\"]").await;
    let status = async || page.browser.doc().text(".share__status").await == "Link copied.";
    until(Duration::from_secs(5), "Link copied.", status).await;
    let copied = page
        .browser
        .run_async(js!("clipboard_holds_page"), &[STATE_PAGE.into()])
        .await;
    assert_eq!(copied, true, "{engine:?}");
    page.close().await;
}
