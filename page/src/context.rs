use std::sync::Arc;

use leptos::prelude::*;

use nap1325_core::filter::Index;
use nap1325_core::model::{Lang, Report};

/// The map's scenery as Trunk copies it; the release build names it by its content
/// (`world-0123456789abcdef.svg`, xtask prerender) so that browsers keep it without asking again.
pub const SCENERY: &str = "world.svg";

/// What every component of the page reads: the validated report, the page's language, the
/// report's filter index (for the counts the page starts with) and the file of the map's scenery.
#[derive(Clone)]
pub struct Page {
    pub report: Arc<Report>,
    pub lang: Lang,
    pub index: Arc<Index>,
    pub scenery: String,
}

impl Page {
    pub fn new(report: Report, lang: Lang) -> Page {
        let index = Arc::new(Index::for_report(&report, lang));
        Page {
            report: Arc::new(report),
            lang,
            index,
            scenery: SCENERY.to_owned(),
        }
    }

    /// The page with its map's scenery in the file `scenery` (a name in the site's folder).
    pub fn with_scenery(self, scenery: impl Into<String>) -> Page {
        Page {
            scenery: scenery.into(),
            ..self
        }
    }
}

/// The page provided by [`crate::components::App`].
pub fn use_page() -> Page {
    expect_context::<Page>()
}
