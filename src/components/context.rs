use std::sync::Arc;

use leptos::prelude::*;

use crate::model::{Lang, Report};

/// What every component of the page reads: the validated report and the page's language.
#[derive(Clone)]
pub struct Page {
    pub report: Arc<Report>,
    pub lang: Lang,
}

/// The page provided by [`crate::components::App`].
pub fn use_page() -> Page {
    expect_context::<Page>()
}
