//! The page, as Leptos components. They render the whole report to HTML at build time
//! (`xtask prerender`, feature `ssr`), once per language; in the browser the wasm does not render
//! them again but binds behaviour to the elements they produced (see the widget).
//!
//! So they hold no state and no event handlers: every element the widget finds carries a hook of
//! the shared vocabulary (`nap1325_core::hooks`, written through [`hooks`]: `data-place="COL"`,
//! `data-footnote="intro:1"`), and every dynamic attribute is rendered in its initial state.
//! Browser APIs are never used here.

mod app;
mod context;
mod embed_guide;
mod filters;
mod footer;
mod footnotes;
mod header;
pub mod hooks;
mod intro;
mod links;
mod load_failed;
mod map;
mod marked_text;
mod places;
mod presentation;
pub mod proof;
mod results;
mod toolbar;

pub use app::{App, ReportPage};

pub use context::{use_page, Page, SCENERY};
pub use embed_guide::{iframe_title, EmbedGuide};
