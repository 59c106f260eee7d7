use wasm_bindgen::prelude::wasm_bindgen;

/// Nothing at instantiation: compiling the module is a long enough task already.
fn main() {}

/// Starts the widget: `loader.js` calls it in a task of its own once the module is ready.
#[wasm_bindgen]
pub fn start() {
    nap1325_widget::start();
}
