//! The thin layer between the page and the app: mounting, and turning a panic into a visible message.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::App;
use crate::content::BUNDLED;

/// The id of the element in `index.html` that holds the widget.
pub const ROOT_ID: &str = "app";

/// Mounts the widget into `#app`, replacing the start-up message there.
pub fn start() {
    std::panic::set_hook(Box::new(report_panic));
    let Some(root) = root() else {
        web_sys::console::error_1(&format!("no element #{ROOT_ID} to mount the widget in").into());
        return;
    };
    root.set_text_content(None);
    mount_to(root, || view! { <App files=BUNDLED/> }).forget();
}

fn root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(ROOT_ID)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// A panic is a bug; the visitor sees a short message instead of a blank or frozen page, and the
/// console keeps the details.
fn report_panic(info: &std::panic::PanicHookInfo) {
    web_sys::console::error_1(&format!("nap1325 widget: {info}").into());
    let Some(root) = root() else { return };
    let Some(document) = root.owner_document() else {
        return;
    };
    let Ok(message) = document.create_element("p") else {
        return;
    };
    message.set_class_name("app-status app-status-error");
    let _ = message.set_attribute("role", "alert");
    message.set_text_content(Some(
        "Er ging iets mis in deze weergave. Herlaad de pagina. / Something went wrong in this view. Please reload the page.",
    ));
    root.set_text_content(None);
    let _ = root.append_child(&message);
}
