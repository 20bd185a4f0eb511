use super::use_strings;
use crate::model::{Holder, IsoDate, LandSplit, MapState};
use crate::text::{holder_phrase, split_summary};
use leptos::prelude::*;

/// Colour key by holder, the hatching for claimed and promised islands and the
/// dashed lines when shown, plus the land split computed from the
/// geometry.
#[component]
pub fn Legend(
    state: Signal<MapState>,
    date: Signal<Option<IsoDate>>,
    split: Signal<LandSplit>,
) -> impl IntoView {
    let tr = use_strings();
    let t2 = tr.clone();
    let label = move |holder: Holder| state.with(|s| holder_phrase(&t2, holder, date.get(), s));
    let label2 = label.clone();
    let t3 = tr.clone();
    let any_promised = move || state.with(MapState::any_promised);
    let any_claimed = move || state.with(MapState::any_claimed);
    let share = move || format!("{:.2}", split.get().japan_share() * 100.0);
    view! {
        <div class="legend">
            <ul class="legend__keys">
                <li><span class="swatch swatch--russia" aria-hidden="true"></span>{move || label(Holder::Russia)}</li>
                <li><span class="swatch swatch--japan" aria-hidden="true"></span>{move || label2(Holder::Japan)}</li>
                <li hidden=move || !any_claimed()>
                    <span class="swatch swatch--claimed" aria-hidden="true"></span>
                    {tr.t("legend.claimed").to_string()}
                </li>
                <li hidden=move || !any_promised()>
                    <span class="swatch swatch--promised" aria-hidden="true"></span>
                    {tr.t("legend.promised").to_string()}
                </li>
                <li hidden=move || !state.get().border_1855>
                    <span class="swatch swatch--line" aria-hidden="true"></span>
                    {tr.t("legend.border_1855").to_string()}
                </li>
                <li hidden=move || !state.get().de_facto_line>
                    <span class="swatch swatch--line swatch--line-alt" aria-hidden="true"></span>
                    {tr.t("legend.de_facto").to_string()}
                </li>
            </ul>
            <div class="split" data-japan-share=move || format!("{:.4}", split.get().japan_share())>
                <svg class="split__bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="split__russia" x="0" y="0" width="100" height="6"></rect>
                    <rect class="split__japan" x="0" y="0" width=share height="6"></rect>
                </svg>
                <p class="split__text">{move || split_summary(&t3, &split.get())}</p>
            </div>
        </div>
    }
}
