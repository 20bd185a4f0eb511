//! Static hosting: the pre-rendered page without JavaScript, a sub-path,
//! and the strict Content Security Policy.

use browser_tests::{dist_dir, engines, files, js, opt, shipped_wasm, Page, StaticServer, MOUNTED};
use std::collections::HashMap;

/// The policy `make dist` writes for hosts to send as a header: the
/// strict one, with the page's inline styles allowed by their hashes only.
fn csp() -> String {
    let policy = std::fs::read_to_string(dist_dir().join("csp.txt")).expect("dist/csp.txt");
    let policy = policy.trim().to_string();
    let strict =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-";
    assert!(policy.starts_with(strict), "{policy}");
    assert!(policy.ends_with("; img-src 'self' data:"), "{policy}");
    assert!(!policy.contains("'unsafe-inline'"), "{policy}");
    policy
}

#[tokio::test(flavor = "multi_thread")]
async fn without_javascript_all_four_islands_are_drawn() {
    for engine in engines() {
        let server = StaticServer::start(dist_dir());
        let page = Page::open_on(server, engine, "", None, &[opt::NO_SCRIPT]).await;
        // Scripts are off, so WebDriver finds the elements itself; the
        // app never took over.
        let b = &page.browser;
        let root = b.elements("html").await;
        let app = root[0].attr("data-app").await.expect("attr");
        assert_eq!(app, None, "{engine:?}: JS ran");
        assert_eq!(b.elements("#prerendered").await.len(), 1, "{engine:?}");
        let mut seen = Vec::new();
        for p in b.elements("svg.map path[data-island]").await {
            let attr = async |name: &str| p.attr(name).await.expect("attr").unwrap_or_default();
            let (id, holder, d) = (
                attr("data-island").await,
                attr("data-holder").await,
                attr("d").await,
            );
            // geckodriver gives no rectangle for SVG shapes; it still
            // answers whether the element is displayed.
            let drawn = match p.rectangle().await {
                Ok(rect) => rect.2 > 1.0 && rect.3 > 1.0,
                Err(_) => p.is_displayed().await.unwrap_or(false),
            };
            assert!(d.len() > 100, "{engine:?}: {id} has no path");
            assert!(drawn, "{engine:?}: {id} not drawn");
            assert_eq!(holder, "russia", "{engine:?}: {id}");
            seen.push(id);
        }
        assert_eq!(
            seen,
            ["iturup", "kunashir", "shikotan", "habomai"],
            "{engine:?}"
        );
        // Labels are in the pre-rendered SVG too.
        assert_eq!(b.elements("svg.map text.label--island").await.len(), 4);
        // Every timeline entry is a link to its event's page.
        let mut entries = 0;
        for e in b.elements("a[data-event]").await {
            let href = e.attr("href").await.expect("attr").unwrap_or_default();
            assert!(href.ends_with(".html"), "{engine:?}: {href}");
            entries += 1;
        }
        assert_eq!(entries, 24, "{engine:?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn works_from_a_sub_path() {
    for engine in engines() {
        let server = StaticServer::start_with(dist_dir(), "/maps/kurils/", HashMap::new());
        let page = Page::open_on(server, engine, "?scenario=two-island", Some(MOUNTED), &[]).await;
        page.wait_holders(["russia", "russia", "japan", "japan"])
            .await;
        let errors = page.browser.console_errors().await;
        assert!(errors.is_empty(), "{engine:?}: {errors:#?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn runs_under_the_strict_csp_without_violations() {
    for engine in engines() {
        let server = StaticServer::start_full(
            dist_dir(),
            "/",
            HashMap::new(),
            vec![("Content-Security-Policy".into(), csp())],
        );
        let page = Page::open_on(server, engine, "", Some(MOUNTED), &[]).await;
        for css in [
            "[data-scenario=\"two-island\"]",
            "[data-event=\"joint-declaration-1956\"]",
            "button[data-play]",
            "button[data-play]",
        ] {
            page.browser.click(css).await;
        }
        page.wait_holders(["russia", "russia", "russia", "russia"])
            .await;
        let errors = page.browser.console_errors().await;
        assert!(
            errors.is_empty(),
            "{engine:?}: console under CSP: {errors:#?}"
        );
        // The styles are in the page, and the policy let them apply.
        let styles = page.browser.run(js!("styles_applied"), &[]).await;
        assert_eq!(styles, serde_json::json!([1, true]), "{engine:?}");
        // Every script and stylesheet is content-hashed and carries SRI.
        let unhashed = page.browser.run(js!("unhashed_assets"), &[]).await;
        assert_eq!(unhashed, serde_json::json!([]), "{engine:?}");
        // No inline script remains in the shipped page.
        let inline = page.browser.doc().count("script:not([src])").await;
        assert_eq!(inline, 0, "{engine:?}");
        page.close().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_app_takes_over_without_a_visible_jump() {
    for engine in engines() {
        // The same page before the app runs (its module withheld, as on a
        // slow line) and once it runs: the first screen must look the
        // same, so the switch from pre-render to app is invisible.
        let wasm = shipped_wasm();
        let name = wasm[0].file_name().and_then(|n| n.to_str()).expect("name");
        let shots = {
            let mut shots = Vec::new();
            for app in [false, true] {
                let withheld = if app {
                    HashMap::new()
                } else {
                    files(&[(name, b"withheld")])
                };
                let server = StaticServer::start_with(dist_dir(), "/", withheld);
                let ready = app.then_some(MOUNTED);
                let page = Page::open_on(server, engine, "", ready, &[]).await;
                tokio::time::sleep(std::time::Duration::from_millis(300)).await;
                shots.push(page.browser.client.screenshot().await.expect("screenshot"));
                page.close().await;
            }
            shots
        };
        // Decoded to 8-bit RGB pixels, whatever colour type and bit depth
        // the engine's PNG has.
        let decode = |bytes: &[u8]| {
            let mut d = png::Decoder::new(std::io::Cursor::new(bytes.to_vec()));
            d.set_transformations(png::Transformations::normalize_to_color8());
            let mut r = d.read_info().expect("png");
            let mut buf = vec![0; r.output_buffer_size()];
            let info = r.next_frame(&mut buf).expect("frame");
            let channels = info.color_type.samples();
            let pixels: Vec<[u8; 3]> = buf
                .chunks(info.line_size)
                .take(info.height as usize)
                .flat_map(|row| row[..info.width as usize * channels].chunks(channels))
                .map(|p| match p {
                    [g] | [g, _] => [*g; 3],
                    [r, g, b, ..] => [*r, *g, *b],
                    _ => [0; 3],
                })
                .collect();
            (info.width as usize, info.height as usize, pixels)
        };
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/shots");
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(dir.join("takeover-prerendered.png"), &shots[0]);
        let _ = std::fs::write(dir.join("takeover-app.png"), &shots[1]);
        let (w1, h1, a) = decode(&shots[0]);
        let (w2, h2, b) = decode(&shots[1]);
        assert_eq!((w1, h1), (w2, h2));
        assert_eq!((a.len(), b.len()), (w1 * h1, w2 * h2));
        // Compared in 4 x 4 px blocks, averaged, with a tolerance of 32/255
        // per channel: a jump (anything moved, missing or recoloured)
        // changes blocks by far more, while the anti-aliasing of text that
        // WebKit sometimes draws differently in the same place does not.
        // The rightmost 16 px are left out: WebKit flashes its overlay
        // scrollbar there when a page loads, which is browser chrome.
        const B: usize = 4;
        let (w, h) = (w1.saturating_sub(16), h1);
        let block = |img: &[[u8; 3]], bx: usize, by: usize| -> [usize; 3] {
            let (xs, ys) = (bx * B..((bx + 1) * B).min(w), by * B..((by + 1) * B).min(h));
            let n = xs.len() * ys.len();
            let mut sum = [0usize; 3];
            for y in ys {
                for x in xs.clone() {
                    for (s, v) in sum.iter_mut().zip(img[y * w1 + x]) {
                        *s += usize::from(v);
                    }
                }
            }
            sum.map(|s| s / n.max(1))
        };
        let (cols, rows) = (w.div_ceil(B), h.div_ceil(B));
        let blocks = cols * rows;
        let differing = (0..rows)
            .flat_map(|by| (0..cols).map(move |bx| (bx, by)))
            .filter(|&(bx, by)| {
                let (p, q) = (block(&a, bx, by), block(&b, bx, by));
                p.iter().zip(q).any(|(x, y)| x.abs_diff(y) > 32)
            })
            .count();
        let share = differing as f64 / blocks.max(1) as f64;
        assert!(
            share < 0.002,
            "{engine:?}: {:.2}% of the first screen changes when the app takes over",
            share * 100.0
        );
    }
}
