use super::use_strings;
use crate::model::Scenario;
use crate::selection::Selection;
use crate::text::scenario_label;
use crate::url_state::View;
use leptos::prelude::*;

/// Three real buttons, one per scenario; `aria-pressed` marks the one
/// shown (none while a timeline event is shown).
#[component]
pub fn ScenarioPicker() -> impl IntoView {
    let sel = expect_context::<Selection>();
    let tr = use_strings();
    let buttons = Scenario::ALL
        .into_iter()
        .map(|s| {
            let on = Memo::new(move |_| sel.view.get() == View::Scenario(s));
            let pressed = move || on.get().to_string();
            view! {
                <button
                    type="button"
                    class="scenario"
                    data-scenario=s.as_str()
                    aria-pressed=pressed
                    on:click=move |_| sel.set_view.set(View::Scenario(s))
                >
                    {scenario_label(&tr, s)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="scenarios" role="group" aria-label=tr.t("scenarios_group").to_string()>
            {buttons}
        </div>
    }
}
