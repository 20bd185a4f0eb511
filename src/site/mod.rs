//! The build's side of "every state a page": what each pre-rendered page
//! is (its state, language and file), the page body drawn at that state
//! by the same components the app runs, and the head that makes it
//! previewable and findable. Native only (the `ssr` feature); the writer
//! is `src/bin/pages.rs`.

pub mod head;
pub mod meta;
pub mod write;

use crate::app::{page_body, Shell};
use crate::error::MapError;
use crate::i18n::Strings;
use crate::load::Loaded;
use crate::model::files::{CONTEXT, ISLANDS, LINES, TIMELINE};
use crate::model::Timeline;
use crate::selection::provide_selection;
use crate::url_state::{page_file, Lang, View};
use leptos::prelude::*;
use std::path::Path;
use std::sync::Arc;

/// `path`'s text, or an error naming the file.
pub fn read(path: &Path) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// `lang`'s strings: English as compiled in, any other language from its
/// translations in `geodata` over English.
pub fn strings_in(geodata: &Path, lang: Lang) -> Result<Strings, String> {
    match lang {
        Lang::En => Ok(Strings::english()),
        _ => {
            let text = read(&geodata.join(crate::i18n::file(lang)))?;
            Strings::from_json(lang, &text).map_err(|e| e.to_string())
        }
    }
}

/// The data in `dir` (a `geodata/` folder), checked, the timeline
/// included: the build fails, naming the file, rather than ship a page
/// without it.
pub fn load_dir(dir: &Path) -> Result<Loaded, MapError> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).map_err(|e| MapError::Fetch {
            resource: path.display().to_string(),
            detail: e.to_string(),
        })
    };
    let loaded = Loaded::from_texts(
        &read(ISLANDS.name)?,
        &read(CONTEXT.name)?,
        &read(LINES.name)?,
        read(TIMELINE.name),
    )?;
    if let Err(e) = &loaded.timeline {
        return Err(e.clone());
    }
    Ok(loaded)
}

/// Every state a page is written for: the three scenarios, then each
/// timeline event in date order.
pub fn views(timeline: &Timeline) -> Vec<View> {
    crate::model::Scenario::ALL
        .into_iter()
        .map(View::Scenario)
        .chain(timeline.events().iter().map(|e| View::Event(e.id.clone())))
        .collect()
}

/// Files the bundle writes besides the state pages: no state page may
/// take one of these names.
pub const RESERVED: [&str; 5] = [
    "embed.html",
    "story.html",
    "story.ja.html",
    "story.ru.html",
    "404.html",
];

/// The whole page body at `view`, in `strings`' language: the same
/// `Shell` and explorer as the app, with the selection starting there.
pub fn render_body(loaded: &Loaded, view: &View, strings: Arc<Strings>) -> String {
    let mut loaded = loaded.clone();
    loaded.strings = strings.clone();
    let view = view.clone();
    Owner::new().with(move || {
        provide_context(strings);
        let chrome = crate::chrome::provide_chrome();
        provide_selection(view, chrome.ready.into());
        view! { <Shell>{page_body(Ok(loaded))}</Shell> }.to_html()
    })
}

/// The map's `<svg class="map">` element out of a rendered body, as XML
/// (Leptos's `<!>` text markers removed), for the preview image.
pub fn map_svg(body: &str) -> Option<String> {
    let start = body.find("<svg ")?;
    let rest = &body[start..];
    // The first `<svg` of the body is the map; count nested ones to its end.
    let mut depth = 0usize;
    let mut i = 0;
    while i < rest.len() {
        let here = &rest[i..];
        if here.starts_with("<svg") {
            depth += 1;
            i += 4;
        } else if here.starts_with("</svg>") {
            depth = depth.checked_sub(1)?;
            i += 6;
            if depth == 0 {
                return Some(rest[..i].replace("<!>", ""));
            }
        } else {
            i += here.chars().next().map_or(1, char::len_utf8);
        }
    }
    None
}

/// One written page: its state and language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub view: View,
    pub lang: Lang,
}

impl Page {
    /// Its file in the bundle.
    pub fn file(&self) -> String {
        page_file(&self.view, self.lang)
    }

    /// The same state in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Page {
        Page {
            view: self.view.clone(),
            lang,
        }
    }

    /// Its name without `.html`, for the files that belong to it (the
    /// preview image, the oEmbed answer).
    pub fn stem(&self) -> String {
        let file = self.file();
        file.trim_end_matches(".html").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_state_page_takes_another_files_name_or_another_pages() {
        let t = crate::load::tests::timeline();
        let mut files = std::collections::BTreeSet::new();
        for view in views(&t) {
            for lang in Lang::ALL {
                let f = Page {
                    view: view.clone(),
                    lang,
                }
                .file();
                assert!(!RESERVED.contains(&f.as_str()), "{f}");
                assert!(files.insert(f.clone()), "two pages named {f}");
            }
        }
        assert_eq!(files.len(), 3 * (3 + t.len()));
    }

    #[test]
    fn the_map_is_cut_out_whole() {
        let body = "<p>a</p><svg class=\"map\"><svg><!>x</svg><g></g></svg><svg class=\"b\"></svg>";
        assert_eq!(
            map_svg(body).as_deref(),
            Some("<svg class=\"map\"><svg>x</svg><g></g></svg>")
        );
        assert_eq!(map_svg("<svg class=\"map\"><g>"), None);
    }
}
