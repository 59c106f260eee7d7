//! The report's content as plain data: serde types, parsing and validation.
//!
//! Pure: no `leptos`, no `web_sys`, so `cargo test` covers all of it natively.

mod characters;
mod country;
mod date;
mod error;
mod files;
mod load;
mod reference;
mod report;
mod result;
pub mod rich;
mod taxonomy;
mod text;
mod validate;

pub use country::{Country, Role};
pub use date::Date;
pub use error::{LoadError, Problem};
pub use files::{DataFile, DataFiles};
pub use load::load;
pub use reference::{url_problem, Kamerstuk, Reference, WebLink, ALLOWED_HOSTS, KAMERSTUK_BASE};
pub use report::{Citation, Period, Report, ReportInfo, Section, Signatory, INTRODUCTION_ID};
pub use result::{Footnote, Place, ResultItem, SourcePointer};
pub use taxonomy::{Ministry, Named, Region, RegionKind, Taxonomy};
pub use text::{Lang, Text};
