//! Filtering the results: facets (OR within a facet, AND across facets) and accent-insensitive
//! free-text search, the counts each option would leave, and match highlighting. Pure: no `leptos`.

use crate::sorted::{SortedMap, SortedSet};

use crate::i18n::Ui;
use crate::model::{Lang, Report, ResultItem};

/// The facets a visitor can filter by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Section,
    Ministry,
    Goal,
    Year,
    /// A country (alpha-3) or a region (its id).
    Place,
}

impl Facet {
    pub const ALL: [Facet; 5] = [
        Facet::Section,
        Facet::Ministry,
        Facet::Goal,
        Facet::Year,
        Facet::Place,
    ];
}

/// The year option of results for which the letter names no year.
pub const YEAR_NOT_STATED: &str = "none";

/// What the visitor has chosen: options per facet and a search text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    chosen: SortedMap<Facet, SortedSet<String>>,
    pub query: String,
}

impl Filters {
    /// Only a search text, no facet chosen.
    pub fn searching(query: &str) -> Filters {
        Filters {
            query: query.to_owned(),
            ..Filters::default()
        }
    }

    /// No option chosen and nothing searched: every result shows.
    pub fn is_empty(&self) -> bool {
        self.chosen.values().all(SortedSet::is_empty) && self.query.trim().is_empty()
    }

    pub fn chosen(&self, facet: Facet) -> impl Iterator<Item = &str> {
        self.chosen
            .get(&facet)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    pub fn is_chosen(&self, facet: Facet, value: &str) -> bool {
        self.chosen
            .get(&facet)
            .is_some_and(|set| set.contains(value))
    }

    /// Adds or removes one option.
    pub fn toggle(&mut self, facet: Facet, value: &str) {
        let set = self.chosen.get_or_default(facet);
        if !set.remove(value) {
            set.insert(value.to_owned());
        }
    }

    /// Chooses exactly this option in the facet (what a click on the map does).
    pub fn choose_only(&mut self, facet: Facet, value: &str) {
        self.chosen
            .insert(facet, SortedSet::from([value.to_owned()]));
    }

    pub fn clear(&mut self, facet: Facet) {
        self.chosen.remove(&facet);
    }

    pub fn clear_all(&mut self) {
        *self = Filters::default();
    }

    /// Every chosen (facet, option), in facet order.
    pub fn all_chosen(&self) -> Vec<(Facet, String)> {
        self.chosen
            .iter()
            .flat_map(|(facet, set)| set.iter().map(move |v| (*facet, v.clone())))
            .collect()
    }

    /// The active filters in words, each with its key (`facet:value`, or `q` for the search): the
    /// chips, and what a printout or a presentation says it shows. `labels` names the options.
    pub fn active(&self, labels: &SortedMap<String, String>, lang: Lang) -> Vec<(String, String)> {
        let mut active: Vec<(String, String)> = self
            .all_chosen()
            .into_iter()
            .map(|(facet, value)| {
                let key = facet.key(&value);
                let label = labels.get(&key).cloned().unwrap_or(value);
                (key, label)
            })
            .collect();
        if !self.query.trim().is_empty() {
            active.push((
                SEARCH_CHIP.to_owned(),
                format!("{}: {}", Ui::SearchChip.get(lang), self.query.trim()),
            ));
        }
        active
    }
}

/// The key of the search's chip.
pub const SEARCH_CHIP: &str = "q";

/// What each result offers to the filters, computed once per page.
#[derive(Clone, Debug, Default)]
pub struct Index {
    entries: Vec<IndexEntry>,
    /// Per facet (in the order of [`Facet::ALL`]), every option any result has, sorted.
    options: [Vec<String>; 5],
    /// Per result and facet, its options as positions in `options`: counting compares numbers,
    /// not strings (it runs over every result on each filter change).
    option_ids: Vec<[Vec<usize>; 5]>,
}

/// What the filters decide: which results show, and per facet (in the order of [`Facet::ALL`])
/// how many results each option would leave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub visible: Vec<bool>,
    pub counts: [SortedMap<String, usize>; 5],
}

impl Outcome {
    pub fn counts(&self, facet: Facet) -> &SortedMap<String, usize> {
        &self.counts[slot(facet)]
    }
}

/// One result's options per facet and its folded search text (in one language).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IndexEntry {
    /// Options per facet, in the order of [`Facet::ALL`].
    pub facets: [SortedSet<String>; 5],
    /// Everything a card shows that search should find, folded.
    pub text: String,
}

fn slot(facet: Facet) -> usize {
    Facet::ALL
        .iter()
        .position(|f| *f == facet)
        .unwrap_or_default()
}

impl Facet {
    /// The id used in URLs and in the page's `data-facets` tokens.
    pub fn id(self) -> &'static str {
        match self {
            Facet::Section => "section",
            Facet::Ministry => "ministry",
            Facet::Goal => "goal",
            Facet::Year => "year",
            Facet::Place => "place",
        }
    }

    pub fn from_id(id: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.id() == id)
    }

    /// `ministry:Defensie`: how the page names one option of this facet (`data-option`,
    /// `data-facets`, the chips).
    pub fn key(self, value: &str) -> String {
        format!("{}:{value}", self.id())
    }

    /// Reads [`Facet::key`] back; `None` for an unknown facet or an empty value.
    pub fn parse_key(key: &str) -> Option<(Facet, &str)> {
        let (facet, value) = key.split_once(':')?;
        Some((Facet::from_id(facet)?, value)).filter(|(_, v)| !v.is_empty())
    }
}

impl IndexEntry {
    /// The options of one result as the page carries them: `section:diplomatic ministry:BZ ...`.
    pub fn facet_tokens(&self) -> String {
        Facet::ALL
            .iter()
            .flat_map(|facet| self.facets[slot(*facet)].iter().map(move |v| facet.key(v)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Reads [`IndexEntry::facet_tokens`] back; unknown facets and malformed tokens are skipped.
    pub fn parse_facet_tokens(tokens: &str) -> [SortedSet<String>; 5] {
        let mut facets: [SortedSet<String>; 5] = Default::default();
        for (facet, value) in tokens.split_whitespace().filter_map(Facet::parse_key) {
            facets[slot(facet)].insert(value.to_owned());
        }
        facets
    }
}

/// The facet options of a result (what the page writes into `data-facets`).
pub fn facets_of(result: &ResultItem) -> [SortedSet<String>; 5] {
    let years: SortedSet<String> = if result.years.is_empty() {
        SortedSet::from([YEAR_NOT_STATED.to_owned()])
    } else {
        result.years.iter().map(ToString::to_string).collect()
    };
    [
        SortedSet::from([result.section.clone()]),
        result.ministries.iter().cloned().collect(),
        result.goals.iter().cloned().collect(),
        years,
        result
            .countries
            .iter()
            .map(|p| p.code.clone())
            .chain(result.regions.iter().cloned())
            .collect(),
    ]
}

impl Index {
    pub fn from_entries(entries: Vec<IndexEntry>) -> Index {
        let options: [Vec<String>; 5] = std::array::from_fn(|slot| {
            let mut all = SortedSet::new();
            for entry in &entries {
                for option in &entry.facets[slot] {
                    all.insert(option.clone());
                }
            }
            all.into_iter().collect()
        });
        let option_ids = entries
            .iter()
            .map(|entry| {
                std::array::from_fn(|slot| {
                    entry.facets[slot]
                        .iter()
                        .filter_map(|value| options[slot].binary_search(value).ok())
                        .collect()
                })
            })
            .collect();
        Index {
            entries,
            options,
            option_ids,
        }
    }

    /// The index of a report in one language, straight from the model: what the page carries in
    /// `data-facets` and shows as searchable text, for native tests and benchmarks.
    pub fn for_report(report: &Report, lang: Lang) -> Index {
        Index::from_entries(
            report
                .results
                .iter()
                .map(|result| IndexEntry {
                    facets: facets_of(result),
                    text: fold(&crate::facts::search_parts(report, result, lang).join("\n")),
                })
                .collect(),
        )
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether any result has this option (a link may name one the page does not have).
    pub fn has_option(&self, facet: Facet, value: &str) -> bool {
        self.options[slot(facet)]
            .binary_search_by(|option| option.as_str().cmp(value))
            .is_ok()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The options result `result` has in `facet` (none for a result that is not there).
    pub fn options_of(&self, result: usize, facet: Facet) -> impl Iterator<Item = &str> {
        self.entries
            .get(result)
            .into_iter()
            .flat_map(move |entry| entry.facets[slot(facet)].iter().map(String::as_str))
    }

    /// Everything the filters decide, in one pass over the results (the search text is scanned
    /// once per result): which results show, and for each facet's options how many results would
    /// show with that option chosen, given the other facets and the search (the usual faceted-search
    /// count).
    pub fn outcome(&self, filters: &Filters) -> Outcome {
        let terms = search_terms(&filters.query);
        // Per filtered facet: which of its options are chosen (an option no result has matches
        // nothing).
        let chosen: Vec<(usize, Vec<bool>)> = filters
            .chosen
            .iter()
            .filter(|(_, options)| !options.is_empty())
            .map(|(facet, options)| {
                let slot = slot(*facet);
                let is_chosen = self.options[slot]
                    .iter()
                    .map(|o| options.contains(o))
                    .collect();
                (slot, is_chosen)
            })
            .collect();
        let mut visible = Vec::with_capacity(self.entries.len());
        let mut counts: [Vec<usize>; 5] =
            std::array::from_fn(|slot| vec![0; self.options[slot].len()]);
        for (entry, ids) in self.entries.iter().zip(&self.option_ids) {
            let text_ok = terms.iter().all(|term| entry.text.contains(term.as_str()));
            // The facets this result fails; with one failing facet it still counts for that facet.
            let mut failing = chosen
                .iter()
                .filter(|(slot, is_chosen)| !ids[*slot].iter().any(|&id| is_chosen[id]))
                .map(|(slot, _)| *slot);
            let (first, second) = (failing.next(), failing.next());
            visible.push(text_ok && first.is_none());
            if !text_ok || second.is_some() {
                continue;
            }
            for (slot, counts) in counts.iter_mut().enumerate() {
                if first.is_none() || first == Some(slot) {
                    for &id in &ids[slot] {
                        counts[id] += 1;
                    }
                }
            }
        }
        Outcome {
            visible,
            counts: std::array::from_fn(|slot| self.named(slot, &counts[slot])),
        }
    }

    /// Per result (in the report's order): does it pass the filters?
    pub fn visible(&self, filters: &Filters) -> Vec<bool> {
        self.outcome(filters).visible
    }

    /// For each option of `facet`: how many results would show with that option chosen.
    pub fn option_counts(&self, filters: &Filters, facet: Facet) -> SortedMap<String, usize> {
        self.outcome(filters).counts[slot(facet)].clone()
    }

    /// Counts by option id as counts by option name, leaving out the options at zero.
    fn named(&self, slot: usize, counts: &[usize]) -> SortedMap<String, usize> {
        let mut named = SortedMap::new();
        for (option, &n) in self.options[slot].iter().zip(counts) {
            if n > 0 {
                named.insert(option.clone(), n);
            }
        }
        named
    }

    /// How many results name each option of `facet`, with no filter at all.
    pub fn totals(&self, facet: Facet) -> SortedMap<String, usize> {
        let slot = slot(facet);
        let mut counts = vec![0; self.options[slot].len()];
        for ids in &self.option_ids {
            for &id in &ids[slot] {
                counts[id] += 1;
            }
        }
        self.named(slot, &counts)
    }
}

/// How many results one page of the list shows; "show more" adds another page.
pub const PAGE: usize = 60;

/// The first `limit` of the results that pass, in order: what the list displays.
pub fn first_page(visible: &[bool], limit: usize) -> Vec<bool> {
    let mut taken = 0;
    visible
        .iter()
        .map(|&shown| {
            let display = shown && taken < limit;
            taken += usize::from(display);
            display
        })
        .collect()
}

/// The base letter of every character from U+00C0 to U+024F (Latin-1, Latin Extended-A and -B),
/// in lower case: `.` where a character is kept as it is (×, ÷, a letter without a Latin base),
/// `*` where it folds to two letters (see [`TWO_LETTERS`]). Made from Unicode's decompositions.
const LATIN: &str = "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*yaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzsbb.....cc.d......ffg....kkl..nn.oo..pp.....ttttuu..yyzz......................aaiioouuuuuuuuuu.aaaa..ggggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hhnd..zzaaeeooooooooyylntj...ccl.sz..b..eejjqqrryy";
/// The same for U+1E00 to U+1EFF (Latin Extended Additional: Vietnamese, Welsh …).
const LATIN_ADDITIONAL: &str = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy....*.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";
/// The letters that fold to two.
const TWO_LETTERS: [(char, [char; 2]); 6] = [
    ('ß', ['s', 's']),
    ('ẞ', ['s', 's']),
    ('æ', ['a', 'e']),
    ('œ', ['o', 'e']),
    ('ĳ', ['i', 'j']),
    ('þ', ['t', 'h']),
];

/// Folds a character for matching: lower case, without diacritics (`Ï` → `i`, `ł` → `l`, `ș` →
/// `s`), typographic quotes and dashes as their plain forms; `ß`, `æ`, `œ`, `ĳ`, `þ` as two
/// letters (`ss`, `ae` …). Returns one character, or two.
pub fn fold_char(c: char) -> (char, Option<char>) {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let table = |table: &str, first: u32| {
        let at = usize::try_from(u32::from(lower) - first).ok()?;
        table.as_bytes().get(at).copied()
    };
    let base = match u32::from(lower) {
        0x00C0..=0x024F => table(LATIN, 0x00C0),
        0x1E00..=0x1EFF => table(LATIN_ADDITIONAL, 0x1E00),
        _ => None,
    };
    match base {
        Some(b'*') => TWO_LETTERS
            .iter()
            .find(|(letter, _)| *letter == lower)
            .map_or((lower, None), |(_, [a, b])| (*a, Some(*b))),
        Some(b'.') | None => (
            match lower {
                '‘' | '’' | '‚' | '′' => '\'',
                '“' | '”' | '„' | '«' | '»' => '"',
                '–' | '—' | '‑' => '-',
                c => c,
            },
            None,
        ),
        Some(letter) => (char::from(letter), None),
    }
}

/// `fold_char` over a whole text.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let (first, second) = fold_char(c);
        out.push(first);
        out.extend(second);
    }
    out
}

/// The words of a search, folded; empty words dropped. Every word must occur for a result to match.
pub fn search_terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_owned).collect()
}

/// Splits `text` into pieces, marking those that match a search term (case- and accent-insensitive),
/// for highlighting. Returns the text as one unmarked piece when nothing matches.
pub fn highlight<'t>(text: &'t str, terms: &[String]) -> Vec<(&'t str, bool)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // The folded text, and for each of its characters the character of `text` it comes from.
    let mut folded: Vec<char> = Vec::with_capacity(chars.len());
    let mut source: Vec<usize> = Vec::with_capacity(chars.len());
    for (i, (_, c)) in chars.iter().enumerate() {
        let (first, second) = fold_char(*c);
        for f in std::iter::once(first).chain(second) {
            folded.push(f);
            source.push(i);
        }
    }
    let mut marked = vec![false; chars.len()];
    for term in terms {
        let term: Vec<char> = term.chars().collect();
        if term.is_empty() || term.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - term.len() {
            if folded[start..start + term.len()] == term[..] {
                for &i in &source[start..start + term.len()] {
                    marked[i] = true;
                }
            }
        }
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for i in 1..=chars.len() {
        if i == chars.len() || marked[i] != marked[start] {
            let (from, to) = (chars[start].0, chars.get(i).map_or(text.len(), |(b, _)| *b));
            // `get`: the bounds are characters' own, and a slice by index would bring the standard
            // library's message for a bad boundary into the wasm.
            if let Some(piece) = text.get(from..to) {
                pieces.push((piece, marked[start]));
            }
            start = i;
        }
    }
    if pieces.is_empty() {
        pieces.push((text, false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_accents() {
        assert_eq!(fold("Oekraïne"), "oekraine");
        assert_eq!(fold("Syrië"), "syrie");
        assert_eq!(fold("CRÉÉERDE"), "creeerde");
        assert_eq!(search_terms("  Oekraïne   Rode "), ["oekraine", "rode"]);
        // Letters of other languages of Europe (Polish, German, Turkish, Hungarian, Romanian,
        // Vietnamese, Danish).
        assert_eq!(
            fold("Łódź Straße Şırnak Győr Timișoara Việt Ærø"),
            "lodz strasse sirnak gyor timisoara viet aero"
        );
        assert_eq!(fold("× ÷ Ω"), "× ÷ ω");
    }

    #[test]
    fn a_letter_that_folds_to_two_is_marked_whole() {
        assert_eq!(
            highlight("Die Straße hier", &search_terms("strasse")),
            [("Die ", false), ("Straße", true), (" hier", false)]
        );
        assert_eq!(highlight("Łódź", &search_terms("lodz")), [("Łódź", true)]);
    }

    #[test]
    fn highlighting_marks_matches_in_the_original_text() {
        let terms = search_terms("oekraine");
        assert_eq!(
            highlight("In Oekraïne werd", &terms),
            vec![("In ", false), ("Oekraïne", true), (" werd", false)]
        );
        assert_eq!(
            highlight("geen treffer", &terms),
            vec![("geen treffer", false)]
        );
        assert_eq!(highlight("", &terms), vec![("", false)]);
    }
}
