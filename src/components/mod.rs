//! The views. Each component reads [`crate::state::ReportState`], calls pure functions and renders.
//! Browser APIs are used only inside effects and event handlers, so every component also renders
//! without a browser.

mod app;
mod footer;
mod footnotes;
mod header;
mod intro;
mod links;
mod load_failed;
mod marked_text;
mod results;

pub use app::App;
