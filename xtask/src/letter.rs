//! The letter's text as extracted from the PDF (`data/source/`), for checking that each source
//! pointer in the data really points at the passage it claims. Used by `make check-data` and the
//! content tests; the widget itself does not ship the letter.

use nap1325_core::model::{DataFiles, Problem, Report, SourcePointer};

/// The letter split into its pages. In the extracted text each page starts with a line that begins
/// with a space.
pub fn pages(letter: &str) -> Vec<String> {
    let mut pages: Vec<String> = Vec::new();
    for line in letter.lines() {
        if line.starts_with(' ') || pages.is_empty() {
            pages.push(String::new());
        }
        let page = pages.last_mut().expect("a page was pushed above");
        page.push_str(line);
        page.push('\n');
    }
    pages.retain(|page| !page.trim().is_empty());
    pages
}

/// Folds the differences between the PDF extraction and a typed quote: hyphenation at line ends,
/// hyphens generally, line breaks and runs of white space, and typographic apostrophes.
pub fn fold_for_matching(text: &str) -> String {
    let joined = text.replace("-\n", "");
    let mut out = String::with_capacity(joined.len());
    let mut space = false;
    for c in joined.chars() {
        match c {
            '-' | '–' => {}
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(if c == '’' { '\'' } else { c });
            }
        }
    }
    out
}

/// The letter's running text without the footnotes at the foot of its pages (from the first
/// line that starts with a number after an empty line to the page's end), so that a sentence
/// broken by a page break reads on.
pub fn body(letter: &str) -> String {
    let mut out = String::new();
    for page in pages(letter) {
        let mut after_empty = false;
        for line in page.lines() {
            if after_empty && line.starts_with(|c: char| c.is_ascii_digit()) {
                break;
            }
            after_empty = line.trim().is_empty();
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Folds a text for a word-for-word comparison with the letter: as [`fold_for_matching`], and
/// without digits, which the extracted letter glues to the words that footnotes follow
/// (`Actieplan 13251` for footnote 1).
fn fold_verbatim(text: &str) -> String {
    let no_digits: String = fold_for_matching(text)
        .chars()
        .filter(|c| !c.is_ascii_digit())
        .collect();
    no_digits.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` (Dutch, with `[^N]` markers) stands word for word in the letter's running text.
pub fn verbatim(letter_body: &str, text: &str) -> bool {
    let plain = nap1325_core::model::rich::plain(text);
    fold_verbatim(letter_body).contains(&fold_verbatim(&plain))
}

/// Whether `pointer.quote` stands on `pointer.page` of the letter; if not, why, and where it
/// does stand (so the editor sees the right page number).
pub fn check_pointer(letter: &str, pointer: &SourcePointer) -> Result<(), String> {
    let pages = pages(letter);
    let quote = fold_for_matching(&pointer.quote);
    if quote.len() < 12 {
        return Err(format!(
            "the quote `{}` is too short to find a passage by (write at least 12 characters)",
            pointer.quote
        ));
    }
    let found: Vec<usize> = pages
        .iter()
        .enumerate()
        .filter(|(_, page)| fold_for_matching(page).contains(&quote))
        .map(|(i, _)| i + 1)
        .collect();
    match found.as_slice() {
        [] => Err(format!(
            "the quote `{}` does not occur in the letter",
            pointer.quote
        )),
        pages if pages.contains(&usize::from(pointer.page)) => Ok(()),
        pages => Err(format!(
            "the quote `{}` is on page {}, not on page {}",
            pointer.quote,
            pages
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" and "),
            pointer.page
        )),
    }
}

/// Checks every source pointer of a loaded report against the letter; one problem per pointer
/// that does not point at its passage.
pub fn check_sources(report: &Report, files: &DataFiles, letter: &str) -> Vec<Problem> {
    let results = report.results.iter().enumerate().map(|(i, r)| {
        (
            files.results.name,
            format!("results[{i}].source"),
            &r.source,
        )
    });
    let footnotes = report.footnotes.iter().enumerate().map(|(i, f)| {
        (
            files.footnotes.name,
            format!("footnotes[{i}].source"),
            &f.source,
        )
    });
    results
        .chain(footnotes)
        .filter_map(|(file, path, pointer)| {
            check_pointer(letter, pointer).err().map(|message| Problem {
                file: file.to_owned(),
                path,
                message,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTER: &str = " Eerste pagina met betekenis-\nvolle tekst.\n\n1 Voetnoot.\n Tweede pagina over conflict-\ngerelateerd geweld.\n";

    fn pointer(page: u16, quote: &str) -> SourcePointer {
        SourcePointer {
            page,
            quote: quote.into(),
        }
    }

    #[test]
    fn splits_pages_at_lines_that_start_with_a_space() {
        let pages = pages(LETTER);
        assert_eq!(pages.len(), 2);
        assert!(pages[1].starts_with(" Tweede"));
    }

    #[test]
    fn finds_quotes_across_hyphenation_and_line_breaks() {
        assert_eq!(
            check_pointer(LETTER, &pointer(1, "met betekenisvolle tekst")),
            Ok(())
        );
        assert_eq!(
            check_pointer(LETTER, &pointer(2, "over conflict-gerelateerd geweld")),
            Ok(())
        );
    }

    #[test]
    fn a_text_is_verbatim_across_a_page_break_and_its_footnotes() {
        let letter = " Een zin die doorloopt\n\n1 Een voetnoot.\n over de pagina.2 En\nmeer.\n";
        let body = body(letter);
        assert!(!body.contains("voetnoot"), "{body}");
        assert!(verbatim(
            &body,
            "Een zin die doorloopt over de pagina.[^2] En meer."
        ));
        assert!(!verbatim(&body, "Een zin die loopt over de pagina."));
    }

    #[test]
    fn says_where_a_quote_really_is() {
        let error =
            check_pointer(LETTER, &pointer(1, "over conflict-gerelateerd geweld")).unwrap_err();
        assert!(error.contains("is on page 2, not on page 1"), "{error}");
        let error = check_pointer(LETTER, &pointer(1, "niet in de brief te vinden")).unwrap_err();
        assert!(error.contains("does not occur"), "{error}");
    }
}
