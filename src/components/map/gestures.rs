//! Pinch with two pointers and drag with a mouse. The arithmetic is
//! `zoom::pinch`, tested natively; this only tracks the pointers.

use crate::zoom::{pinch, Pointer, Zoom};
use leptos::prelude::*;

/// Pointer handlers for the map's SVG element.
pub struct Gestures<D, M, U> {
    pub down: D,
    pub moved: M,
    pub up: U,
}

fn pointer(ev: &leptos::ev::PointerEvent) -> Pointer {
    Pointer {
        id: ev.pointer_id(),
        x: f64::from(ev.client_x()),
        y: f64::from(ev.client_y()),
    }
}

/// Client pixels to map units at `zoom`: the map point under `(x, y)`
/// and map units per pixel.
fn to_map(ev: &leptos::ev::PointerEvent, zoom: Zoom, x: f64, y: f64) -> Option<(f64, f64, f64)> {
    let [left, top, width, _] = crate::web::target_box(ev)?;
    if width <= 0.0 {
        return None;
    }
    let [vx, vy, vw, _] = zoom.view_box();
    let per_px = vw / width;
    Some((vx + (x - left) * per_px, vy + (y - top) * per_px, per_px))
}

pub fn use_map_gestures(
    zoom: ReadSignal<Zoom>,
    set_zoom: WriteSignal<Zoom>,
) -> Gestures<
    impl Fn(leptos::ev::PointerEvent) + Clone + 'static,
    impl Fn(leptos::ev::PointerEvent) + Clone + 'static,
    impl Fn(leptos::ev::PointerEvent) + Clone + 'static,
> {
    let pointers = StoredValue::new(Vec::<Pointer>::new());
    let down = move |ev: leptos::ev::PointerEvent| {
        let p = pointer(&ev);
        pointers.update_value(|ps| {
            ps.retain(|q| q.id != p.id);
            ps.push(p);
        });
    };
    let moved = move |ev: leptos::ev::PointerEvent| {
        let p = pointer(&ev);
        let before = pointers.get_value();
        let Some(i) = before.iter().position(|q| q.id == p.id) else {
            return;
        };
        let mut after = before.clone();
        after[i] = p;
        pointers.set_value(after.clone());
        let z = zoom.get_untracked();
        match (before.as_slice(), ev.pointer_type().as_str()) {
            // Two pointers: pinch about their midpoint, and pan with it.
            ([a, b], _) => {
                let Some(m) = pinch([*a, *b], [after[0], after[1]]) else {
                    return;
                };
                if let Some((ux, uy, per_px)) = to_map(&ev, z, m.centre.0, m.centre.1) {
                    set_zoom.update(|z| {
                        *z = z
                            .pan(m.pan.0 * per_px, m.pan.1 * per_px)
                            .zoom_about(ux, uy, m.factor)
                    });
                }
            }
            // A mouse with a button down drags the map.
            ([a], "mouse") if ev.buttons() != 0 => {
                if let Some((_, _, per_px)) = to_map(&ev, z, p.x, p.y) {
                    set_zoom.update(|z| *z = z.pan((a.x - p.x) * per_px, (a.y - p.y) * per_px));
                }
            }
            _ => {}
        }
    };
    let up = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        pointers.update_value(|ps| ps.retain(|q| q.id != id));
    };
    Gestures { down, moved, up }
}
