//! What changed in the content since an earlier version that was signed off: per result, per
//! footnote, per country, per paragraph, and within a text word by word, so that a second sign-off
//! reads only the changes (`make proof SINCE=…`). Pure: no `leptos`.

use std::collections::BTreeSet;

use crate::model::{Footnote, Report, ResultItem};

/// What an earlier version gives to compare with: a whole report (from a git revision of the data
/// files), or only its results (from an earlier download, `export.nl.json`).
#[derive(Clone, Debug)]
pub enum Earlier {
    Report(Box<Report>),
    Results(Vec<ResultItem>),
}

impl Earlier {
    pub fn results(&self) -> &[ResultItem] {
        match self {
            Earlier::Report(report) => &report.results,
            Earlier::Results(results) => results,
        }
    }

    pub fn result(&self, id: &str) -> Option<&ResultItem> {
        self.results().iter().find(|r| r.id == id)
    }

    /// The whole earlier report, where the earlier version gave one.
    pub fn report(&self) -> Option<&Report> {
        match self {
            Earlier::Report(report) => Some(report),
            Earlier::Results(_) => None,
        }
    }
}

/// A part of a result that the content owner signs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Title,
    Text,
    Note,
    Section,
    Ministries,
    Goals,
    Years,
    Countries,
    Regions,
    Organisations,
    References,
    Source,
}

/// The fields in which `new` differs from `old`.
pub fn changed_fields(old: &ResultItem, new: &ResultItem) -> BTreeSet<Field> {
    let checks: [(Field, bool); 12] = [
        (Field::Title, old.title != new.title),
        (Field::Text, old.text != new.text),
        (Field::Note, old.note != new.note),
        (Field::Section, old.section != new.section),
        (Field::Ministries, old.ministries != new.ministries),
        (Field::Goals, old.goals != new.goals),
        (Field::Years, old.years != new.years),
        (Field::Countries, old.countries != new.countries),
        (Field::Regions, old.regions != new.regions),
        (Field::Organisations, old.organisations != new.organisations),
        (Field::References, old.references != new.references),
        (Field::Source, old.source != new.source),
    ];
    checks
        .into_iter()
        .filter(|(_, changed)| *changed)
        .map(|(field, _)| field)
        .collect()
}

/// How a result stands against the earlier version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// No earlier version to compare with.
    Unknown,
    New,
    Unchanged,
    Changed(BTreeSet<Field>),
}

pub fn result_status(earlier: Option<&Earlier>, result: &ResultItem) -> Status {
    let Some(earlier) = earlier else {
        return Status::Unknown;
    };
    match earlier.result(&result.id) {
        None => Status::New,
        Some(old) => {
            let fields = changed_fields(old, result);
            if fields.is_empty() {
                Status::Unchanged
            } else {
                Status::Changed(fields)
            }
        }
    }
}

/// The results of the earlier version that are gone (by id), in its order.
pub fn removed_results<'e>(earlier: &'e Earlier, report: &Report) -> Vec<&'e ResultItem> {
    earlier
        .results()
        .iter()
        .filter(|old| report.result(&old.id).is_none())
        .collect()
}

/// A footnote against the earlier report: `None` where there is none to compare with.
pub fn footnote_changed(earlier: Option<&Earlier>, footnote: &Footnote) -> Option<bool> {
    let report = earlier?.report()?;
    Some(report.footnote(footnote.number) != Some(footnote))
}

/// A country (name, note, roles) against the earlier report.
pub fn country_changed(earlier: Option<&Earlier>, report: &Report, code: &str) -> Option<bool> {
    let old = earlier?.report()?;
    Some(old.country(code) != report.country(code) || old.roles_of(code) != report.roles_of(code))
}

/// A piece of a text compared word by word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Words {
    Same(String),
    Removed(String),
    Added(String),
}

/// `old` and `new` compared word by word (a longest common subsequence of their words; white
/// space is kept with the word before it), adjacent pieces of one kind joined.
pub fn word_diff(old: &str, new: &str) -> Vec<Words> {
    let (a, b) = (split_words(old), split_words(new));
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lengths = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i][j] = if a[i] == b[j] {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let mut out: Vec<Words> = Vec::new();
    let mut push = |piece: Words| match (out.last_mut(), piece) {
        (Some(Words::Same(s)), Words::Same(t))
        | (Some(Words::Removed(s)), Words::Removed(t))
        | (Some(Words::Added(s)), Words::Added(t)) => s.push_str(&t),
        (_, piece) => out.push(piece),
    };
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            push(Words::Same(a[i].to_owned()));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lengths[i + 1][j] >= lengths[i][j + 1]) {
            // What went comes before what replaced it.
            push(Words::Removed(a[i].to_owned()));
            i += 1;
        } else {
            push(Words::Added(b[j].to_owned()));
            j += 1;
        }
    }
    out
}

/// Words with the white space that follows each.
fn split_words(text: &str) -> Vec<&str> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            in_space = true;
        } else if in_space {
            words.push(&text[start..i]);
            start = i;
            in_space = false;
        }
    }
    if start < text.len() {
        words.push(&text[start..]);
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn joined(pieces: &[Words], keep: fn(&Words) -> Option<&str>) -> String {
        pieces.iter().filter_map(keep).collect()
    }

    #[test]
    fn a_word_diff_gives_back_both_texts() {
        let (old, new) = (
            "In South Sudan, investments were made in women's participation.",
            "In South Sudan, funding went to women's participation in the judiciary.",
        );
        let diff = word_diff(old, new);
        let old_again = joined(&diff, |w| match w {
            Words::Same(s) | Words::Removed(s) => Some(s),
            Words::Added(_) => None,
        });
        let new_again = joined(&diff, |w| match w {
            Words::Same(s) | Words::Added(s) => Some(s),
            Words::Removed(_) => None,
        });
        assert_eq!(old_again, old);
        assert_eq!(new_again, new);
        assert_eq!(diff[0], Words::Same("In South Sudan, ".into()));
        assert!(diff
            .iter()
            .any(|w| matches!(w, Words::Removed(s) if s.contains("investments"))));
        assert!(diff
            .iter()
            .any(|w| matches!(w, Words::Added(s) if s.contains("funding"))));
        assert_eq!(
            word_diff("same text", "same text"),
            [Words::Same("same text".into())]
        );
        assert_eq!(word_diff("", "new"), [Words::Added("new".into())]);
    }
}
