//! Build-time writer of the worked example of a scrolling story: one plain
//! HTML article per language (`story.html`, `story.ja.html`,
//! `story.ru.html`) from `static/story.json`, each loading the map through
//! `embed.js` exactly as a news site would. Without JavaScript the steps
//! are ordinary paragraphs and the frame shows its first step.
//!
//! The two-island share in the text is computed from the map's own
//! geometry, as the page computes it.
//!
//! Usage: `story <geodata-dir> <story.json> <out-dir>` (Trunk's post_build
//! hook passes its staging folder). Fails, naming the file, if anything
//! does not load: a broken bundle must not ship.

use kuril_map::format::{format_area, format_percent};
use kuril_map::i18n::Strings;
use kuril_map::model::{Islands, Scenario};
use kuril_map::site::{read, strings_in};
use kuril_map::url_state::{Lang, Request};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Deserialize)]
struct Story {
    pages: BTreeMap<String, PageText>,
    steps: Vec<Step>,
}

#[derive(Deserialize)]
struct PageText {
    title: String,
    kicker: String,
    headline: String,
    dek: String,
    source: String,
    frame_title: String,
    lang_label: String,
    credits: String,
    full_map: String,
}

#[derive(Deserialize)]
struct Step {
    query: String,
    text: BTreeMap<String, String>,
    sources: Vec<Link>,
}

#[derive(Deserialize)]
struct Link {
    title: String,
    url: String,
}

/// Escapes text for HTML content and double-quoted attributes (the
/// export's XML escaping serves HTML too: `&apos;` is valid in HTML5).
fn esc(s: &str) -> String {
    kuril_map::export::xml_escape(s)
}

/// The article's file name in `lang`.
fn file_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "story.html",
        Lang::Ja => "story.ja.html",
        Lang::Ru => "story.ru.html",
    }
}

/// A step's query, checked as the URL contract checks it and written back
/// in its own order: `scenario=…` or `event=…` only (the page's language
/// is the article's).
fn step_query(query: &str) -> Result<String, String> {
    let pairs: Vec<(&str, &str)> = query.split('&').filter_map(|p| p.split_once('=')).collect();
    let req = Request::from_pairs(pairs);
    match (&req.event, req.scenario) {
        (Some(e), _) => Ok(format!("event={e}")),
        (None, Some(s)) => Ok(format!("scenario={}", s.as_str())),
        (None, None) => Err(format!("step \"{query}\" names no scenario or event")),
    }
}

/// The numbers the text quotes, in `tr`'s number style.
fn fill(text: &str, tr: &Strings, islands: &Islands) -> String {
    let split = Scenario::TwoIsland.split(islands);
    text.replace(
        "{two_island_share}",
        &format_percent(tr, split.japan_share()),
    )
    .replace("{two_island_km2}", &format_area(tr, split.japan_km2))
    .replace("{total_km2}", &format_area(tr, split.total_km2()))
}

/// The steps as HTML, and the first step's query (the frame's `src`).
fn steps_html(
    story: &Story,
    lang: Lang,
    p: &PageText,
    tr: &Strings,
    islands: &Islands,
) -> Result<(String, String), String> {
    let code = lang.as_str();
    let mut steps = String::new();
    let mut first = None;
    for (i, step) in story.steps.iter().enumerate() {
        let query = step_query(&step.query)?;
        first.get_or_insert_with(|| query.clone());
        let text = step
            .text
            .get(code)
            .ok_or_else(|| format!("step {} has no \"{code}\" text", i + 1))?;
        let sources: Vec<String> = step
            .sources
            .iter()
            .map(|s| format!("<a href=\"{}\">{}</a>", esc(&s.url), esc(&s.title)))
            .collect();
        steps.push_str(&format!(
            "  <section data-kuril-step=\"{}\">\n    <p>{}</p>\n    <p class=\"article__source\">{}: {}</p>\n  </section>\n",
            esc(&query),
            esc(&fill(text, tr, islands)),
            esc(&p.source),
            sources.join("; ")
        ));
    }
    Ok((steps, first.ok_or("the story has no steps")?))
}

/// Links to the article in each language, and the `alternate` links.
fn language_links(lang: Lang) -> (String, String) {
    let langs: Vec<String> = Lang::ALL
        .iter()
        .map(|l| {
            let name = l.native_name();
            let current = if *l == lang {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<a href=\"{}\" hreflang=\"{}\" lang=\"{}\"{current}>{name}</a>",
                file_name(*l),
                l.as_str(),
                l.as_str()
            )
        })
        .collect();
    let alternates: String = Lang::ALL
        .iter()
        .filter(|l| **l != lang)
        .map(|l| {
            format!(
                "  <link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                l.as_str(),
                file_name(*l)
            )
        })
        .collect();
    (langs.join(" "), alternates)
}

fn page(story: &Story, lang: Lang, tr: &Strings, islands: &Islands) -> Result<String, String> {
    let code = lang.as_str();
    let p = story
        .pages
        .get(code)
        .ok_or_else(|| format!("no page texts for \"{code}\""))?;
    let (steps, first) = steps_html(story, lang, p, tr, islands)?;
    let lang_query = if lang == Lang::En {
        String::new()
    } else {
        format!("&lang={code}")
    };
    let src = format!("./?embed=1&view=map&{first}{lang_query}");
    let (langs, alternates) = language_links(lang);
    Ok(format!(
        "<!DOCTYPE html>
<html lang=\"{code}\">
<head>
  <meta charset=\"utf-8\">
  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-src 'self'\">
  <title>{title}</title>
  <link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">
  <link rel=\"stylesheet\" href=\"story-page.css\">
  <link rel=\"stylesheet\" href=\"story.css\">
{alternates}</head>
<body>
<main class=\"article\">
  <nav class=\"article__langs\" aria-label=\"{lang_label}\">{langs}</nav>
  <p class=\"article__kicker\">{kicker}</p>
  <h1>{headline}</h1>
  <p class=\"article__dek\">{dek}</p>
  <div data-kuril-story>
  <iframe data-kuril-map src=\"{src}\" title=\"{frame_title}\"></iframe>
{steps}  </div>
  <footer class=\"article__credits\">
    <p>{credits}</p>
    <p><a href=\"{full}\">{full_map}</a></p>
  </footer>
</main>
<script src=\"embed.js\" async></script>
</body>
</html>
",
        title = esc(&p.title),
        lang_label = esc(&p.lang_label),
        langs = langs,
        kicker = esc(&p.kicker),
        headline = esc(&p.headline),
        dek = esc(&p.dek),
        src = esc(&src),
        frame_title = esc(&p.frame_title),
        credits = esc(&p.credits),
        full = esc(&kuril_map::url_state::page_file(&kuril_map::url_state::View::default(), lang)),
        full_map = esc(&p.full_map),
    ))
}

fn run(geodata: &Path, story: &Path, out: &Path) -> Result<(), String> {
    let islands =
        Islands::from_geojson(&read(&geodata.join(kuril_map::model::files::ISLANDS.name))?)
            .map_err(|e| e.to_string())?;
    let story: Story =
        serde_json::from_str(&read(story)?).map_err(|e| format!("{}: {e}", story.display()))?;
    for lang in Lang::ALL {
        let tr = strings_in(geodata, lang)?;
        let html = page(&story, lang, &tr, &islands)?;
        let path = out.join(file_name(lang));
        std::fs::write(&path, html).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let [geodata, story, out] = args.as_slice() else {
        eprintln!("usage: story <geodata-dir> <story.json> <out-dir>");
        return ExitCode::from(2);
    };
    match run(geodata, story, out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("story: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            esc("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
    }

    #[test]
    fn step_queries_are_checked_like_the_url() {
        assert_eq!(
            step_query("event=yalta-1945").as_deref(),
            Ok("event=yalta-1945")
        );
        assert_eq!(
            step_query("scenario=two-island&lang=ja").as_deref(),
            Ok("scenario=two-island")
        );
        assert!(step_query("event=<script>").is_err());
        assert!(step_query("view=map").is_err());
    }
}
