//! The head of a state page and the files that describe the pages to
//! other sites: canonical and language links, Open Graph and Twitter
//! card tags, oEmbed discovery and its answer, the sitemap and
//! robots.txt. Formats that need absolute URLs get them only when the
//! build knows the site's address ([`SiteUrl`]); without it the bundle
//! stays relocatable and those tags and files are left out.

use super::meta::PageText;
use super::Page;
use crate::export::xml_escape as esc;
use crate::url_state::{Lang, UrlState};

/// Width and height of each preview image, in pixels.
pub const PREVIEW_SIZE: (u32, u32) = (1200, 630);
/// The frame the oEmbed snippet proposes; `embed.js` then fits its
/// height to the content.
pub const EMBED_SIZE: (u32, u32) = (640, 720);
/// Where the preview images and oEmbed answers are written.
pub const PREVIEW_DIR: &str = "preview";
pub const OEMBED_DIR: &str = "oembed";

/// The address the bundle will be served from (`SITE_URL`), always
/// ending in `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Checks an `http(s)://` address without query or fragment.
    ///
    /// ```
    /// use kuril_map::site::head::SiteUrl;
    /// let s = SiteUrl::parse("https://example.org/maps/kurils").expect("valid");
    /// assert_eq!(s.at("two-island.html"), "https://example.org/maps/kurils/two-island.html");
    /// assert_eq!(s.at("index.html"), "https://example.org/maps/kurils/");
    /// assert!(SiteUrl::parse("example.org").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<SiteUrl, String> {
        let s = s.trim();
        let scheme_ok = s.starts_with("https://") || s.starts_with("http://");
        let host = s.split("://").nth(1).unwrap_or("");
        if !scheme_ok || host.is_empty() || host.starts_with('/') {
            return Err(format!("SITE_URL \"{s}\" is not an http(s) address"));
        }
        if s.contains(['?', '#', '"', '<', '>', ' ']) {
            return Err(format!(
                "SITE_URL \"{s}\" must be a plain address (no query, fragment or quotes)"
            ));
        }
        Ok(SiteUrl(format!("{}/", s.trim_end_matches('/'))))
    }

    /// The absolute URL of `file` in the bundle; the folder itself for
    /// the English `index.html`.
    pub fn at(&self, file: &str) -> String {
        if file == "index.html" {
            self.0.clone()
        } else {
            format!("{}{file}", self.0)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `og:locale` for a language.
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Ja => "ja_JP",
        Lang::Ru => "ru_RU",
    }
}

/// The state the page was drawn at, as the query the app reads it from.
pub fn page_query(page: &Page) -> String {
    let q = UrlState {
        view: page.view.clone(),
        lang: page.lang,
        ..UrlState::default()
    }
    .to_query();
    q.trim_start_matches('?').to_string()
}

/// The preview image of `page`, relative to the bundle.
pub fn preview_file(page: &Page) -> String {
    format!("{PREVIEW_DIR}/{}.png", page.stem())
}

/// The oEmbed answer of `page`, relative to the bundle.
pub fn oembed_file(page: &Page) -> String {
    format!("{OEMBED_DIR}/{}.json", page.stem())
}

/// The tags `page` adds to the head (the title, description and `lang`
/// are replaced in place by the writer).
pub fn head_tags(page: &Page, text: &PageText, site_name: &str, site: Option<&SiteUrl>) -> String {
    let mut t = Vec::new();
    let mut tag = |s: String| t.push(s);
    tag(format!(
        "<meta name=\"kuril-map:page\" content=\"{}\">",
        esc(&page_query(page))
    ));
    // Search engines take the canonical link and language alternates only
    // as full URLs (Lighthouse's SEO audit fails a relative canonical).
    if let Some(site) = site {
        tag(format!(
            "<link rel=\"canonical\" href=\"{}\">",
            esc(&site.at(&page.file()))
        ));
        for lang in Lang::ALL {
            tag(format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
                lang.as_str(),
                esc(&site.at(&page.in_lang(lang).file()))
            ));
        }
        tag(format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
            esc(&site.at(&page.in_lang(Lang::En).file()))
        ));
    }
    let og = |p: &str, c: &str| format!("<meta property=\"{p}\" content=\"{}\">", esc(c));
    tag(og("og:type", "website"));
    tag(og("og:site_name", site_name));
    tag(og("og:title", &text.name));
    tag(og("og:description", &text.description));
    tag(og("og:locale", locale(page.lang)));
    for lang in Lang::ALL.into_iter().filter(|l| *l != page.lang) {
        tag(og("og:locale:alternate", locale(lang)));
    }
    let tw = |n: &str, c: &str| format!("<meta name=\"{n}\" content=\"{}\">", esc(c));
    tag(tw("twitter:card", "summary_large_image"));
    tag(tw("twitter:title", &text.name));
    tag(tw("twitter:description", &text.description));
    if let Some(site) = site {
        let image = site.at(&preview_file(page));
        let alt = image_alt(text);
        tag(og("og:url", &site.at(&page.file())));
        tag(og("og:image", &image));
        tag(og("og:image:type", "image/png"));
        tag(og("og:image:width", &PREVIEW_SIZE.0.to_string()));
        tag(og("og:image:height", &PREVIEW_SIZE.1.to_string()));
        tag(og("og:image:alt", &alt));
        tag(tw("twitter:image", &image));
        tag(tw("twitter:image:alt", &alt));
        tag(format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
            esc(&site.at(&oembed_file(page))),
            esc(&text.name)
        ));
    }
    t.join("\n  ")
}

/// The preview image's alternative text: what it shows, and who holds what.
pub fn image_alt(text: &PageText) -> String {
    format!("{} — {}. {}", text.name, text.date, text.summary)
}

/// The oEmbed answer for `page` (oEmbed 1.0, type `rich`): a frame of the
/// map at that state with `embed.js`, and the preview as its thumbnail.
pub fn oembed_json(page: &Page, text: &PageText, site_name: &str, site: &SiteUrl) -> String {
    let embed = UrlState {
        view: page.view.clone(),
        lang: page.lang,
        embed: true,
        map_only: false,
    };
    let src = format!("{}{}", site.as_str(), embed.to_query());
    let (w, h) = EMBED_SIZE;
    let html = format!(
        "<iframe data-kuril-map src=\"{}\" title=\"{}\" width=\"{w}\" height=\"{h}\" loading=\"lazy\"></iframe><script src=\"{}embed.js\" async></script>",
        esc(&src),
        esc(&text.title),
        site.as_str()
    );
    let value = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": text.title,
        "provider_name": site_name,
        "provider_url": site.as_str(),
        "html": html,
        "width": w,
        "height": h,
        "thumbnail_url": site.at(&preview_file(page)),
        "thumbnail_width": PREVIEW_SIZE.0,
        "thumbnail_height": PREVIEW_SIZE.1,
        "cache_age": 86400,
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}

/// `sitemap.xml`: every page, each with its language alternates.
pub fn sitemap(pages: &[Page], site: &SiteUrl) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for page in pages {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            esc(&site.at(&page.file()))
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                lang.as_str(),
                esc(&site.at(&page.in_lang(lang).file()))
            ));
        }
        out.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
            esc(&site.at(&page.in_lang(Lang::En).file()))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots(site: &SiteUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.as_str()
    )
}
