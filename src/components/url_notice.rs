use leptos::prelude::*;

/// Says which parts of the link were not understood, and that the
/// default applies. Renders nothing when the link was fine.
#[component]
pub fn UrlNotice(problems: Vec<String>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        let items = problems
            .into_iter()
            .map(|p| view! { <li>{p}</li> })
            .collect_view();
        view! {
            <div class="notice" role="status" data-url-notice="">
                <p>{super::use_strings().t("url_notice").to_string()}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
