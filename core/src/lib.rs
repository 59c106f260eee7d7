//! The report as data, and the widget's logic, in plain Rust: no `leptos`, no `web_sys`, so
//! `cargo test` covers all of it natively.
//!
//! Data flows one way: the data files → [`model`] (parse, validate) → the page (`nap1325-page`,
//! rendered at build time) → the widget (`nap1325-widget`, in the browser). What both ends share
//! lives here: the filters ([`filter`]), the view in the URL ([`url`], [`view_state`]), the
//! presentation's steps ([`present`]), the downloads ([`export`]), the interface strings
//! ([`i18n`]) and the map ([`map`]).

pub mod bindings;
pub mod changes;
pub mod export;
pub mod facts;
pub mod figures;
pub mod filter;
pub mod hooks;
pub mod i18n;
pub mod map;
pub mod model;
pub mod present;
pub mod sorted;
pub mod update;
pub mod url;
pub mod view_state;
