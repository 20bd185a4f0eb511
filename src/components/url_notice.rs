use leptos::prelude::*;

/// Says which parts of the link were not understood, and that the
/// default applies. Renders nothing when the link was fine (and always
/// in the written page: the app fills it in once it has read the link).
#[component]
pub fn UrlNotice() -> impl IntoView {
    let problems = crate::chrome::use_chrome().problems;
    let tr = super::use_strings();
    move || {
        let problems = problems.get();
        (!problems.is_empty()).then(|| {
            let items = problems
                .into_iter()
                .map(|p| view! { <li>{p}</li> })
                .collect_view();
            view! {
                <div class="notice" role="status" data-url-notice="">
                    <p>{tr.t("url_notice").to_string()}</p>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}
