use leptos::prelude::*;

/// A visible, announced message for something that failed to load.
#[component]
pub fn ErrorBanner(
    /// What failed and why, in a sentence.
    message: String,
) -> impl IntoView {
    view! {
        <div class="error-banner" role="alert" data-error="">
            <strong>{format!("{} ", super::use_strings().t("error_prefix"))}</strong>
            {message}
        </div>
    }
}
