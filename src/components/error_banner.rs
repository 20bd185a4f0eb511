use leptos::prelude::*;

/// A visible, announced message for something that failed to load.
#[component]
pub fn ErrorBanner(
    /// What failed and why, in a sentence.
    message: String,
    /// The sentence that says what the failure means for the reader: the
    /// map could not be drawn, the timeline is unavailable, or the saved
    /// map is shown instead of the live one.
    lead: String,
) -> impl IntoView {
    view! {
        <div class="error-banner" role="alert" data-error="">
            <strong>{format!("{lead} ")}</strong>
            {message}
        </div>
    }
}
