//! Writing the pages: the bundle's `index.html` (as Trunk wrote it, with
//! the default state pre-rendered) is the template; each page replaces
//! its pre-rendered block, `lang`, title and description, and adds its
//! head tags.

use super::head::{self, SiteUrl, OEMBED_DIR};
use super::meta::page_text;
use super::{map_svg, read, render_body, strings_in, views, Page};
use crate::export::{preview_svg, PreviewText};
use crate::i18n::Strings;
use crate::load::Loaded;
use crate::url_state::Lang;
use std::path::Path;
use std::sync::Arc;

/// The pre-rendered block in the template, which each page replaces.
const OPEN: &str = "<div id=\"prerendered\">";
const CLOSE: &str = "<!--/prerendered-->";

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Replaces the first `open`…`close` span (both kept) with `inner`.
fn replace_between(html: &str, open: &str, close: &str, inner: &str) -> Result<String, String> {
    let start = html
        .find(open)
        .ok_or(format!("the template has no {open}"))?
        + open.len();
    let end = html[start..]
        .find(close)
        .ok_or(format!("the template has no {close} after {open}"))?
        + start;
    Ok(format!("{}{inner}{}", &html[..start], &html[end..]))
}

struct Site {
    loaded: Loaded,
    strings: Vec<(Lang, Arc<Strings>)>,
    template: String,
    url: Option<SiteUrl>,
}

impl Site {
    fn strings(&self, lang: Lang) -> Arc<Strings> {
        self.strings
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or_else(|| Arc::new(Strings::english()), |(_, s)| s.clone())
    }

    /// The page's HTML, its preview image as SVG and its oEmbed answer.
    fn page(&self, page: &Page) -> Result<(String, String, String), String> {
        let tr = self.strings(page.lang);
        let timeline = self.loaded.timeline.as_ref().map_err(|e| e.to_string())?;
        let text = page_text(page, &tr, &self.loaded.map.islands, timeline);
        let body = render_body(&self.loaded, &page.view, tr.clone());
        let site_name = tr.t("title").to_string();
        let esc = crate::export::xml_escape;
        let mut html = self.template.clone();
        if !html.contains("<html lang=\"en\">") {
            return Err("the template has no <html lang=\"en\">".into());
        }
        html = html.replacen(
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\">", page.lang.as_str()),
            1,
        );
        html = replace_between(&html, "<title>", "</title>", &esc(&text.title))?;
        html = replace_between(
            &html,
            "<meta name=\"description\" content=\"",
            "\">",
            &esc(&text.description),
        )?;
        // The template preloads the English state data: this page's own.
        let en_data = crate::state_data::file(Lang::En);
        html = html.replacen(&en_data, &crate::state_data::file(page.lang), 1);
        let mut tags = head::head_tags(page, &text, &site_name, self.url.as_ref());
        // What the page says if its app cannot start (see app::start).
        tags.push_str(&format!(
            "\n  <meta name=\"kuril-map:unavailable\" content=\"{}\">",
            esc(tr.t("error_live"))
        ));
        html = html.replacen("</head>", &format!("  {tags}\n</head>"), 1);
        html = replace_between(&html, OPEN, CLOSE, &format!("{body}</div>"))?;
        let map = map_svg(&body).ok_or("the rendered page has no map")?;
        let layout = &self.loaded.map.layout;
        let credit = format!("{} (ODbL)", tr.t("map.attribution"));
        let preview = preview_svg(
            &map,
            layout.width,
            layout.height,
            &PreviewText {
                site: &site_name,
                title: &text.name,
                subtitle: &text.date,
                keys: &text.keys,
                credit: &credit,
            },
        );
        let oembed = self
            .url
            .as_ref()
            .map(|u| head::oembed_json(page, &text, &site_name, u))
            .unwrap_or_default();
        Ok((html, preview, oembed))
    }
}

fn load(geodata: &Path, bundle: &Path, url: Option<SiteUrl>) -> Result<Site, String> {
    let loaded = super::load_dir(geodata).map_err(|e| e.to_string())?;
    let mut strings = Vec::new();
    for lang in Lang::ALL {
        strings.push((lang, Arc::new(strings_in(geodata, lang)?)));
    }
    let template = read(&bundle.join("index.html"))?;
    Ok(Site {
        loaded,
        strings,
        template,
        url,
    })
}

/// Writes every state page into `bundle` from its `index.html`, each
/// page's preview SVG into `previews`, and with `url` the sitemap,
/// robots.txt and oEmbed answers; returns a one-line summary.
pub fn write_site(
    geodata: &Path,
    bundle: &Path,
    previews: Option<&Path>,
    url: Option<SiteUrl>,
) -> Result<String, String> {
    let site = load(geodata, bundle, url)?;
    let timeline = site.loaded.timeline.as_ref().map_err(|e| e.to_string())?;
    let pages: Vec<Page> = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            views(timeline)
                .into_iter()
                .map(move |view| Page { view, lang })
        })
        .collect();
    for page in &pages {
        let (html, preview, oembed) = site.page(page)?;
        write(&bundle.join(page.file()), &html)?;
        if let Some(dir) = previews {
            write(&dir.join(format!("{}.svg", page.stem())), &preview)?;
        }
        if site.url.is_some() {
            write(&bundle.join(head::oembed_file(page)), &oembed)?;
        }
    }
    // What the browser app reads, one file per language.
    let timeline_text = read(&geodata.join(crate::model::files::TIMELINE.name))?;
    for lang in Lang::ALL {
        let data =
            crate::state_data::StateData::new(&site.loaded, &site.strings(lang), &timeline_text)
                .and_then(|d| d.to_json())
                .map_err(|e| e.to_string())?;
        write(&bundle.join(crate::state_data::file(lang)), &data)?;
    }
    let mut extra = String::from(
        "relocatable: no SITE_URL, so no sitemap, robots.txt, oEmbed or absolute image tags",
    );
    if let Some(url) = &site.url {
        write(&bundle.join("sitemap.xml"), &head::sitemap(&pages, url))?;
        write(&bundle.join("robots.txt"), &head::robots(url))?;
        extra = format!(
            "for {}: sitemap.xml, robots.txt, {OEMBED_DIR}/",
            url.as_str()
        );
    }
    Ok(format!("{} pages ({extra})", pages.len()))
}
