use crate::selection::Selection;
use crate::url_state::{page_file, Lang, UrlState};
use leptos::prelude::*;

/// Links to the same state in each language (a page load: every string,
/// name and date then comes from that language's file). Plain links, so
/// they work without JavaScript too.
#[component]
pub fn LangSwitcher() -> impl IntoView {
    let tr = super::use_strings();
    let embed = crate::chrome::use_chrome().embed;
    let sel = expect_context::<Selection>();
    let current = tr.lang();
    let links = Lang::ALL
        .into_iter()
        .map(|lang| {
            // The state's page in that language; in a frame, the frame's
            // own URL in that language (the frame keeps its chrome).
            let href = move || {
                let view = sel.settled.get();
                if embed.get() {
                    UrlState {
                        view,
                        lang,
                        embed: true,
                        map_only: false,
                    }
                    .to_query()
                } else {
                    page_file(&view, lang)
                }
            };
            let name = lang.native_name();
            view! {
                <a href=href hreflang=lang.as_str() lang=lang.as_str() data-lang=lang.as_str()
                   aria-current=(lang == current).then_some("true")>{name}</a>
            }
        })
        .collect_view();
    view! {
        <nav class="langs" aria-label=tr.t("lang.label").to_string()>{links}</nav>
    }
}
