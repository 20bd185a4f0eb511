use super::{follow_link, use_strings};
use crate::model::Scenario;
use crate::selection::Selection;
use crate::text::scenario_label;
use crate::url_state::{page_file, View};
use leptos::prelude::*;

/// One control per scenario; `aria-pressed` marks the one shown (none
/// while a timeline event is shown). Each is a link to that scenario's
/// page, so it works before the app runs or without JavaScript; the app
/// takes the click and changes the state in place.
#[component]
pub fn ScenarioPicker() -> impl IntoView {
    let sel = expect_context::<Selection>();
    let tr = use_strings();
    let lang = tr.lang();
    let buttons = Scenario::ALL
        .into_iter()
        .map(|s| {
            let on = Memo::new(move |_| sel.view.get() == View::Scenario(s));
            let pressed = move || on.get().to_string();
            let go = follow_link(move || sel.set_view.set(View::Scenario(s)));
            view! {
                <a
                    href=page_file(&View::Scenario(s), lang)
                    role="button"
                    class="scenario"
                    data-scenario=s.as_str()
                    aria-pressed=pressed
                    on:click=go.click
                    on:keydown=go.key
                >
                    {scenario_label(&tr, s)}
                </a>
            }
        })
        .collect_view();
    view! {
        <div class="scenarios" role="group" aria-label=tr.t("scenarios_group").to_string()>
            {buttons}
        </div>
    }
}
