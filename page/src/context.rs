use std::sync::Arc;

use leptos::prelude::*;

use nap1325_core::filter::Index;
use nap1325_core::model::{Lang, Report};

/// What every component of the page reads: the validated report, the page's language, and the
/// report's filter index (for the counts the page starts with).
#[derive(Clone)]
pub struct Page {
    pub report: Arc<Report>,
    pub lang: Lang,
    pub index: Arc<Index>,
}

impl Page {
    pub fn new(report: Report, lang: Lang) -> Page {
        let index = Arc::new(Index::for_report(&report, lang));
        Page {
            report: Arc::new(report),
            lang,
            index,
        }
    }
}

/// The page provided by [`crate::components::App`].
pub fn use_page() -> Page {
    expect_context::<Page>()
}
