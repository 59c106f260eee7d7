//! The data files a report is made of, by name and text.

/// One data file: the name an editor knows it by (`data/report.json`) and its text.
#[derive(Clone, Copy, Debug)]
pub struct DataFile<'a> {
    pub name: &'a str,
    pub text: &'a str,
}

/// The set of data files the report is made of.
#[derive(Clone, Copy, Debug)]
pub struct DataFiles<'a> {
    pub report: DataFile<'a>,
    pub taxonomy: DataFile<'a>,
    pub countries: DataFile<'a>,
    pub results: DataFile<'a>,
    pub footnotes: DataFile<'a>,
}

impl<'a> DataFiles<'a> {
    /// The file names, in the order they are read.
    pub fn names(&self) -> Vec<&'a str> {
        vec![
            self.report.name,
            self.taxonomy.name,
            self.countries.name,
            self.results.name,
            self.footnotes.name,
        ]
    }

    /// The same files with other contents: for reading them from disk (`make check-data`) or for
    /// tests that feed broken data.
    pub fn with_texts<'b>(&self, text_of: impl Fn(&str) -> &'b str) -> DataFiles<'b>
    where
        'a: 'b,
    {
        let file = |f: DataFile<'a>| DataFile {
            name: f.name,
            text: text_of(f.name),
        };
        DataFiles {
            report: file(self.report),
            taxonomy: file(self.taxonomy),
            countries: file(self.countries),
            results: file(self.results),
            footnotes: file(self.footnotes),
        }
    }
}
