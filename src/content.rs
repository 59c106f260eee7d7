//! The data files compiled into the widget. Editors change the files under `data/`; a rebuild
//! picks them up, and `make check-data` validates them with the same [`crate::model::load`].

use crate::model::{DataFile, DataFiles};

/// The report's data files, as shipped.
pub const BUNDLED: DataFiles<'static> = DataFiles {
    report: DataFile {
        name: "data/report.json",
        text: include_str!("../data/report.json"),
    },
};
