//! The page, as Leptos components. They render the whole report to HTML at build time
//! (`xtask prerender`, feature `ssr`), once per language; in the browser the wasm does not render
//! them again but binds behaviour to the elements they produced (see the widget).
//!
//! So they hold no state and no event handlers: elements a visitor acts on carry `data-`
//! attributes naming what they stand for (`data-place="COL"`, `data-footnote="intro:1"`), and
//! every dynamic attribute is rendered in its initial state. Browser APIs are never used here.

mod app;
mod context;
mod embed_guide;
mod filters;
mod footer;
mod footnotes;
mod header;
mod intro;
mod links;
mod load_failed;
mod map;
mod marked_text;
mod places;
mod presentation;
mod results;
mod toolbar;

pub use app::{App, ReportPage};

pub use context::{use_page, Page};
pub use embed_guide::{iframe_title, EmbedGuide};
