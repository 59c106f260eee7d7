//! The build-time tools behind `make` (see `main.rs`): everything here runs on the build machine
//! and never ships in the widget's wasm.

pub mod downloads;
pub mod geometry;
pub mod letter;
pub mod prerender;
pub mod proof;
pub mod synthetic;
