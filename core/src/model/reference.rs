//! References to official publications: Kamerstukken and web pages on allowed government hosts.

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::text::{Lang, Text};

/// The base of every Kamerstuk link: the official publication site of the Dutch government.
pub const KAMERSTUK_BASE: &str = "https://zoek.officielebekendmakingen.nl/";

/// Hosts a web reference may point to: official Dutch government publication sites.
pub const ALLOWED_HOSTS: [&str; 5] = [
    "www.rijksoverheid.nl",
    "www.government.nl",
    "zoek.officielebekendmakingen.nl",
    "www.officielebekendmakingen.nl",
    "www.tweedekamer.nl",
];

/// A parliamentary paper, such as "Kamerstuk 26 150, nr. 202". Its link is derived, never typed in.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Kamerstuk {
    /// The dossier number as printed, with spaces and any roman-numeral part: `26 150`, `36 600 XVII`,
    /// `21 501-02`.
    pub dossier: String,
    /// The number within the dossier, as printed: `202`.
    pub number: String,
    /// Further dossiers a joint paper is filed under ("Kamerstukken 26 150 en 34 952, nr. 190").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_dossiers: Vec<String>,
    /// The paper's date (YYYY-MM-DD) where the letter gives it.
    #[serde(
        default,
        with = "super::date::iso_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub date: Option<Date>,
}

impl Kamerstuk {
    /// `https://zoek.officielebekendmakingen.nl/kst-26150-202.html` for 26 150 nr. 202;
    /// `kst-36600-XVII-55` for 36 600 XVII nr. 55; `kst-21501-02-2849` for 21 501-02 nr. 2849.
    pub fn url(&self) -> String {
        let mut dossier = String::new();
        for word in self.dossier.split_whitespace() {
            let is_number_part = word.chars().next().is_some_and(|c| c.is_ascii_digit());
            if !dossier.is_empty() && !is_number_part {
                dossier.push('-');
            }
            dossier.push_str(word);
        }
        format!("{KAMERSTUK_BASE}kst-{dossier}-{}.html", self.number)
    }

    /// The citation as a reader sees it: "Kamerstuk 26 150, nr. 202" (en: "Parliamentary Paper
    /// 26 150, no. 202"; joint papers "Kamerstukken" / "Parliamentary Papers").
    pub fn label(&self, lang: Lang) -> String {
        let dossiers = std::iter::once(self.dossier.as_str())
            .chain(self.also_dossiers.iter().map(String::as_str))
            .collect::<Vec<_>>();
        let (paper, papers, and, number) = match lang {
            Lang::Nl => ("Kamerstuk", "Kamerstukken", " en ", "nr."),
            Lang::En => (
                "Parliamentary Paper",
                "Parliamentary Papers",
                " and ",
                "no.",
            ),
        };
        let noun = if dossiers.len() > 1 { papers } else { paper };
        format!("{noun} {}, {number} {}", dossiers.join(and), self.number)
    }

    /// Whether `dossier` and `number` have the printed shape: dossier `NN NNN`, optionally `-NN` and a
    /// roman numeral (`26 150`, `21 501-02`, `36 600 XVII`); number all digits.
    pub fn is_well_formed(&self) -> bool {
        let number_ok = !self.number.is_empty() && self.number.bytes().all(|b| b.is_ascii_digit());
        number_ok
            && dossier_is_well_formed(&self.dossier)
            && self.also_dossiers.iter().all(|d| dossier_is_well_formed(d))
    }
}

fn dossier_is_well_formed(dossier: &str) -> bool {
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    let is_roman = |s: &str| !s.is_empty() && s.bytes().all(|b| b"IVXLC".contains(&b));
    let head = match dossier.rsplit_once(' ') {
        Some((head, roman)) if is_roman(roman) => head,
        _ => dossier,
    };
    let Some((thousands, rest)) = head.split_once(' ') else {
        return false;
    };
    let (hundreds, part) = rest.split_once('-').unwrap_or((rest, "00"));
    digits(thousands, 2) && digits(hundreds, 3) && digits(part, 2)
}

/// A link to a web page on an allowed official host.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WebLink {
    pub url: String,
    pub title: Text,
}

/// What a footnote or a passage of the letter refers to.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase", deny_unknown_fields)]
pub enum Reference {
    Kamerstuk(Kamerstuk),
    Web(WebLink),
}

impl Reference {
    pub fn url(&self) -> String {
        match self {
            Reference::Kamerstuk(paper) => paper.url(),
            Reference::Web(link) => link.url.clone(),
        }
    }

    pub fn label(&self, lang: Lang) -> String {
        match self {
            Reference::Kamerstuk(paper) => paper.label(lang),
            Reference::Web(link) => link.title.get(lang).to_owned(),
        }
    }
}

/// Why a URL may not be used as a link, or `None` when it is https on an allowed host.
pub fn url_problem(url: &str) -> Option<String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(format!("`{url}` is not an https URL"));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.contains(['@', ':']) || !ALLOWED_HOSTS.contains(&host) {
        return Some(format!(
            "`{url}` is not on an allowed official host ({})",
            ALLOWED_HOSTS.join(", ")
        ));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(format!(
            "`{url}` contains white space or control characters"
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paper(dossier: &str, number: &str) -> Kamerstuk {
        Kamerstuk {
            dossier: dossier.into(),
            number: number.into(),
            also_dossiers: vec![],
            date: None,
        }
    }

    #[test]
    fn kamerstuk_urls_follow_the_official_pattern() {
        assert_eq!(
            paper("26 150", "202").url(),
            "https://zoek.officielebekendmakingen.nl/kst-26150-202.html"
        );
        assert_eq!(
            paper("36 600 XVII", "55").url(),
            "https://zoek.officielebekendmakingen.nl/kst-36600-XVII-55.html"
        );
        assert_eq!(
            paper("21 501-02", "2849").url(),
            "https://zoek.officielebekendmakingen.nl/kst-21501-02-2849.html"
        );
        assert_eq!(
            paper("36 200 V", "72").url(),
            "https://zoek.officielebekendmakingen.nl/kst-36200-V-72.html"
        );
    }

    #[test]
    fn kamerstuk_labels_name_joint_dossiers() {
        let mut joint = paper("26 150", "190");
        joint.also_dossiers = vec!["34 952".into()];
        assert_eq!(
            joint.label(Lang::Nl),
            "Kamerstukken 26 150 en 34 952, nr. 190"
        );
        assert_eq!(
            joint.label(Lang::En),
            "Parliamentary Papers 26 150 and 34 952, no. 190"
        );
        assert_eq!(
            paper("26 150", "202").label(Lang::En),
            "Parliamentary Paper 26 150, no. 202"
        );
        assert_eq!(
            paper("26 150", "202").label(Lang::Nl),
            "Kamerstuk 26 150, nr. 202"
        );
    }

    #[test]
    fn kamerstuk_shapes_are_checked() {
        for good in ["26 150", "36 600 XVII", "21 501-02", "36 200 V"] {
            assert!(paper(good, "1").is_well_formed(), "{good}");
        }
        for bad in ["26150 ", "2 6150", "abc", "26 150 xvii", "", "26 15"] {
            assert!(!paper(bad, "1").is_well_formed(), "{bad:?}");
        }
        assert!(!paper("26 150", "1a").is_well_formed());
        assert!(!paper("26 150", "").is_well_formed());
    }

    #[test]
    fn only_https_on_official_hosts_is_allowed() {
        assert_eq!(
            url_problem("https://www.rijksoverheid.nl/documenten/x"),
            None
        );
        assert!(url_problem("http://www.rijksoverheid.nl/x").is_some());
        assert!(url_problem("javascript:alert(1)").is_some());
        assert!(url_problem("https://www.rijksoverheid.nl.evil.example/x").is_some());
        assert!(url_problem("https://user@www.rijksoverheid.nl/x").is_some());
        assert!(url_problem("https://www.rijksoverheid.nl:8443/x").is_some());
        assert!(url_problem("https://www.rijksoverheid.nl/a b").is_some());
    }
}
