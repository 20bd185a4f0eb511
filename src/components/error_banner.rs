use leptos::prelude::*;

/// A visible, announced message for something that failed to load.
#[component]
pub fn ErrorBanner(
    /// What failed and why, in a sentence.
    message: String,
) -> impl IntoView {
    view! {
        <div class="error-banner" role="alert" data-error="">
            <strong>"The map could not be drawn. "</strong>
            {message}
        </div>
    }
}
