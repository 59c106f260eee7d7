//! The report's data files, compiled into the build tools (the prerender renders the page from
//! them) and the tests. Editors change the files under `data/`; a rebuild picks them up, and
//! `make check-data` validates them with the same `nap1325_core::model::load`.

use nap1325_core::model::{DataFile, DataFiles};

/// Declares each shipped file once: its name (relative to the repository) is also the path read.
macro_rules! data_file {
    ($name:literal) => {
        DataFile {
            name: $name,
            text: include_str!(concat!("../../", $name)),
        }
    };
}

/// The report's data files, as shipped.
pub const BUNDLED: DataFiles<'static> = DataFiles {
    report: data_file!("data/report.json"),
    taxonomy: data_file!("data/taxonomy.json"),
    countries: data_file!("data/countries.json"),
    results: data_file!("data/results.json"),
    footnotes: data_file!("data/footnotes.json"),
};

/// The letter's text as extracted from the PDF; not shipped, used to check source pointers.
pub const LETTER_FILE: &str = "data/source/kamerbrief-nap1325-iv-2022-2023.txt";
