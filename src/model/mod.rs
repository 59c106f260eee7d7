//! The report's content as plain data: serde types, parsing and validation.
//!
//! Pure: no `leptos`, no `web_sys`, so `cargo test` covers all of it natively.

mod date;
mod error;
mod load;
mod reference;
mod report;
mod text;

pub use date::Date;
pub use error::{LoadError, Problem};
pub use load::{load, DataFile, DataFiles};
pub use reference::{url_problem, Kamerstuk, Reference, WebLink, ALLOWED_HOSTS, KAMERSTUK_BASE};
pub use report::{Report, ReportInfo};
pub use text::{Lang, Text};
