//! Every written page, read back as a crawler or a link preview reads it:
//! its language, title and description, Open Graph and Twitter card
//! tags, canonical and language links, its oEmbed discovery link and the
//! answer behind it, the sitemap, and that every link goes somewhere.
//! Written with a site address (absolute URLs) and without (relocatable).

use kuril_map::site::head::SiteUrl;
use kuril_map::site::write::write_site;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const SITE: &str = "https://example.org/maps/kurils/";

/// The shape of Trunk's `index.html` that the writer relies on.
const TEMPLATE: &str = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
<title>template</title>\n<meta name=\"description\" content=\"template\">\n\
<link rel=\"preload\" href=\"state-data.en.json\" as=\"fetch\">\n</head>\n<body>\n\
<div id=\"app\"></div>\n<div id=\"prerendered\"></div><!--/prerendered-->\n</body>\n</html>\n";

fn bundle(name: &str, url: Option<SiteUrl>) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kuril-pages-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("index.html"), TEMPLATE).expect("template");
    write_site(Path::new("geodata"), &dir, Some(&dir.join("svg")), url).expect("pages written");
    dir
}

fn pages(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("bundle")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".html"))
        .collect();
    names.sort();
    names
}

/// The attribute `attr` of every `<tag …>` whose text contains `having`.
fn attrs(html: &str, tag: &str, having: &str, attr: &str) -> Vec<String> {
    let open = format!("<{tag} ");
    let key = format!("{attr}=\"");
    html.match_indices(&open)
        .filter_map(|(i, _)| {
            let end = html[i..].find('>')? + i;
            let el = &html[i..end];
            if !el.contains(having) {
                return None;
            }
            let v = el.find(&key)? + key.len();
            let len = el[v..].find('"')?;
            Some(unescape(&el[v..v + len]))
        })
        .collect()
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn one(html: &str, tag: &str, having: &str, attr: &str) -> String {
    let found = attrs(html, tag, having, attr);
    assert_eq!(found.len(), 1, "{tag} {having}: {found:?}");
    found[0].clone()
}

fn between<'a>(html: &'a str, open: &str, close: &str) -> &'a str {
    let i = html.find(open).map_or(0, |i| i + open.len());
    let j = html[i..].find(close).map_or(i, |j| i + j);
    &html[i..j]
}

/// The page's stem and language from its file name.
fn split(file: &str) -> (String, &'static str) {
    let stem = file.trim_end_matches(".html");
    for (suffix, lang) in [(".ja", "ja"), (".ru", "ru")] {
        if let Some(s) = stem.strip_suffix(suffix) {
            return (s.to_string(), lang);
        }
    }
    (stem.to_string(), "en")
}

fn file_in(stem: &str, lang: &str) -> String {
    match lang {
        "en" => format!("{stem}.html"),
        l => format!("{stem}.{l}.html"),
    }
}

#[test]
fn every_page_describes_itself_to_crawlers_and_link_previews() {
    let site = SiteUrl::parse(SITE).expect("site");
    let dir = bundle("site", Some(site.clone()));
    let names = pages(&dir);
    let text = std::fs::read_to_string("geodata/timeline.json").expect("timeline");
    let events = kuril_map::model::Timeline::from_json(&text)
        .expect("timeline")
        .len();
    assert_eq!(names.len(), 3 * (3 + events), "{names:?}");
    let mut titles = BTreeSet::new();
    for file in &names {
        let html = std::fs::read_to_string(dir.join(file)).expect("page");
        let (stem, lang) = split(file);
        let at = |f: &str| site.at(f);
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{file}: lang"
        );
        // The app's data in the page's language, written beside it, and
        // what the page says if the app cannot start, in that language.
        let data = format!("state-data.{lang}.json");
        assert_eq!(
            attrs(&html, "link", "rel=\"preload\"", "href"),
            std::slice::from_ref(&data),
            "{file}"
        );
        assert!(dir.join(&data).is_file(), "{file}: {data}");
        let unavailable = one(&html, "meta", "name=\"kuril-map:unavailable\"", "content");
        assert!(unavailable.chars().count() > 20, "{file}: {unavailable}");
        let title = between(&html, "<title>", "</title>");
        assert!(!title.is_empty() && title != "template", "{file}: title");
        assert!(
            titles.insert(title.to_string()),
            "{file}: title {title} used twice"
        );
        let description = one(&html, "meta", "name=\"description\"", "content");
        assert!(
            description != "template" && (40..=300).contains(&description.chars().count()),
            "{file}: {description}"
        );
        let og = |p: &str| attrs(&html, "meta", &format!("property=\"{p}\""), "content");
        assert_eq!(
            og("og:description"),
            std::slice::from_ref(&description),
            "{file}"
        );
        assert_eq!(og("og:title").len(), 1, "{file}");
        assert_eq!(og("og:url"), [at(file)], "{file}");
        let image = at(&format!(
            "preview/{stem}{}.png",
            if lang == "en" {
                String::new()
            } else {
                format!(".{lang}")
            }
        ));
        assert_eq!(og("og:image"), std::slice::from_ref(&image), "{file}");
        assert_eq!(og("og:image:width"), ["1200"], "{file}");
        assert_eq!(og("og:image:height"), ["630"], "{file}");
        assert!(
            og("og:image:alt").first().is_some_and(|a| a.len() > 20),
            "{file}: alt"
        );
        let locale = match lang {
            "ja" => "ja_JP",
            "ru" => "ru_RU",
            _ => "en_GB",
        };
        assert_eq!(og("og:locale"), [locale], "{file}");
        assert_eq!(og("og:locale:alternate").len(), 2, "{file}");
        assert_eq!(
            one(&html, "meta", "name=\"twitter:card\"", "content"),
            "summary_large_image"
        );
        assert_eq!(
            one(&html, "meta", "name=\"twitter:image\"", "content"),
            image
        );
        assert_eq!(
            one(&html, "link", "rel=\"canonical\"", "href"),
            at(file),
            "{file}"
        );
        let mut alternates: Vec<(String, String)> = Vec::new();
        for l in ["en", "ja", "ru", "x-default"] {
            let href = one(&html, "link", &format!("hreflang=\"{l}\""), "href");
            alternates.push((l.into(), href));
        }
        let want: Vec<(String, String)> = ["en", "ja", "ru", "x-default"]
            .iter()
            .map(|l| {
                (
                    l.to_string(),
                    at(&file_in(&stem, if *l == "x-default" { "en" } else { l })),
                )
            })
            .collect();
        assert_eq!(alternates, want, "{file}");
        // oEmbed: discovery, and the answer's required fields (oEmbed 1.0,
        // section 2.3.4: version and type; rich: html, width, height; the
        // thumbnail's three fields together).
        let oembed = one(&html, "link", "type=\"application/json+oembed\"", "href");
        let local = oembed.strip_prefix(SITE).expect("oEmbed on the site");
        let answer: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(local)).expect("oEmbed file"))
                .expect("JSON");
        assert_eq!(answer["version"], "1.0", "{file}");
        assert_eq!(answer["type"], "rich", "{file}");
        let frame = answer["html"].as_str().expect("html");
        assert!(
            frame.contains("<iframe data-kuril-map src=\"https://example.org/maps/kurils/?")
                && frame.contains("embed=1"),
            "{file}: {frame}"
        );
        assert!(frame.contains(&format!("src=\"{SITE}embed.js\"")), "{file}");
        assert!(
            answer["width"].as_u64().is_some() && answer["height"].as_u64().is_some(),
            "{file}"
        );
        assert_eq!(answer["thumbnail_url"], image.as_str(), "{file}");
        assert_eq!(
            (
                answer["thumbnail_width"].as_u64(),
                answer["thumbnail_height"].as_u64()
            ),
            (Some(1200), Some(630))
        );
        assert!(
            answer["title"].as_str().is_some_and(|t| !t.is_empty())
                && answer["provider_name"].is_string()
        );
        // The preview drawn for the page is 1200 × 630.
        let svg = std::fs::read_to_string(
            dir.join("svg")
                .join(format!("{}.svg", file.trim_end_matches(".html"))),
        )
        .expect("preview");
        assert!(svg.contains("width=\"1200\" height=\"630\""), "{file}");
    }
    let sitemap = std::fs::read_to_string(dir.join("sitemap.xml")).expect("sitemap");
    assert_eq!(sitemap.matches("<loc>").count(), names.len());
    assert_eq!(sitemap.matches("<xhtml:link").count(), 4 * names.len());
    let robots = std::fs::read_to_string(dir.join("robots.txt")).expect("robots");
    assert!(robots.contains(&format!("Sitemap: {SITE}sitemap.xml")));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_a_site_address_the_bundle_stays_relocatable() {
    let dir = bundle("relocatable", None);
    for file in pages(&dir) {
        let html = std::fs::read_to_string(dir.join(&file)).expect("page");
        for absolute in [
            "og:image",
            "og:url",
            "<link rel=\"alternate\" hreflang=",
            "rel=\"canonical\"",
            "json+oembed",
            "twitter:image",
        ] {
            assert!(
                !html.contains(absolute),
                "{file}: {absolute} without a site address"
            );
        }
        assert_eq!(
            one(&html, "meta", "name=\"twitter:card\"", "content"),
            "summary_large_image"
        );
    }
    assert!(!dir.join("sitemap.xml").exists() && !dir.join("robots.txt").exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn every_link_on_every_page_goes_somewhere() {
    let dir = bundle("links", None);
    let names: BTreeSet<String> = pages(&dir).into_iter().collect();
    for file in &names {
        let html = std::fs::read_to_string(dir.join(file)).expect("page");
        // Every link is in the tab order: moving between timeline entries
        // with the arrow keys needs the app.
        assert!(
            !html.contains("tabindex=\"-1\""),
            "{file}: a link out of the tab order"
        );
        let anchors = html.matches("<a ").count();
        let hrefs = attrs(&html, "a", "", "href");
        assert_eq!(hrefs.len(), anchors, "{file}: an <a> without href");
        for href in hrefs {
            // Pages, or the files Trunk copies from static/ (embed.html).
            let file = href.split('?').next().unwrap_or_default();
            let ok = href.starts_with("https://")
                || names.contains(&href)
                || Path::new("static").join(file).is_file()
                || (href.starts_with("geodata/") && Path::new(&href).exists());
            assert!(ok, "{file}: {href} goes nowhere");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
