//! The NAP1325-IV report widget.
//!
//! Data flows one way: `data/` files → [`model`] (parse, validate) → [`state`] (signals) →
//! [`components`] (views). [`model`], [`content`] and [`i18n`] are pure and tested natively.

pub mod components;
pub mod content;
pub mod facts;

pub mod filter;
pub mod i18n;
pub mod map;
pub mod model;
pub mod runtime;
pub mod state;
pub mod url;

pub mod view_state;
