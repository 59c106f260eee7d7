//! The NAP1325-IV report widget.
//!
//! Data flows one way: `data/` files → [`model`] (parse, validate) → [`components`] (the page,
//! rendered at build time) → in the browser, [`state`] (signals) kept on the page by [`runtime`].
//! The pure modules ([`model`], [`filter`], [`url`], [`map`], [`facts`], [`export`], [`i18n`],
//! [`view_state`]) import neither `leptos` nor `web_sys` and are tested natively.

pub mod components;
pub mod content;
pub mod export;
pub mod facts;

pub mod filter;
pub mod i18n;
pub mod map;
pub mod model;
pub mod present;
pub mod runtime;
pub mod state;
pub mod url;

pub mod view_state;
