use crate::layout::MapLayout;
use leptos::prelude::*;
use std::rc::Rc;

/// The SVG map: sea, the four island units and a scale bar.
#[component]
pub fn MapView(layout: Rc<MapLayout>) -> impl IntoView {
    let (w, h) = (layout.width, layout.height);
    let islands = layout
        .islands
        .iter()
        .map(|shape| {
            view! {
                <path
                    class="island"
                    data-island=shape.id.as_str()
                    data-holder="russia"
                    d=shape.d.clone()
                ></path>
            }
        })
        .collect_view();
    let bar = layout.scale_bar;
    let (bx, by) = (24.0, h - 28.0);
    view! {
        <svg
            class="map"
            viewBox=format!("0 0 {w} {h}")
            role="img"
            aria-label="Map of the four disputed Southern Kuril islands: Iturup, Kunashir, Shikotan and the Habomai islets"
        >
            <rect class="sea" x="0" y="0" width=w height=h></rect>
            <g class="islands">{islands}</g>
            <g class="scale-bar" transform=format!("translate({bx} {by})")>
                <path class="scale-bar__line" d=format!("M0,0v6h{:.1}v-6", bar.length)></path>
                <text class="scale-bar__label" x="0" y="-6">{format!("{} km", bar.km)}</text>
            </g>
        </svg>
    }
}
