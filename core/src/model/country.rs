//! `data/countries.json`: every country the letter names, with its names in both languages.

use serde::{Deserialize, Serialize};

use super::text::{Lang, Text};

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-3, the key the map and the results use.
    pub code: String,
    /// Hand-checked names (see docs/map-decisions.md for the sensitive ones).
    pub name: Text,
    /// Where the letter names the country only indirectly, or a name needs explaining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A country's part in a result. A country's roles in the report are those of all its results.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Results were achieved or supported there.
    Results,
    /// Dutch staff were deployed there (a mission).
    Mission,
    /// Dutch action concerned the country but took place elsewhere (at the UN, in The Hague).
    Subject,
    /// A partner state that acted together with the Netherlands.
    Partner,
    /// Named for comparison only (Norway's and Canada's action plans).
    Example,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Results,
        Role::Mission,
        Role::Subject,
        Role::Partner,
        Role::Example,
    ];

    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Role::Results, Lang::Nl) => "resultaten behaald of gesteund",
            (Role::Results, Lang::En) => "results achieved or supported",
            (Role::Mission, Lang::Nl) => "Nederlandse inzet (missie)",
            (Role::Mission, Lang::En) => "Dutch deployment (mission)",
            (Role::Subject, Lang::Nl) => "onderwerp van inzet elders",
            (Role::Subject, Lang::En) => "subject of action taken elsewhere",
            (Role::Partner, Lang::Nl) => "partnerland",
            (Role::Partner, Lang::En) => "partner country",
            (Role::Example, Lang::Nl) => "genoemd ter vergelijking",
            (Role::Example, Lang::En) => "named for comparison",
        }
    }

    /// The id used in data files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Role::Results => "results",
            Role::Mission => "mission",
            Role::Subject => "subject",
            Role::Partner => "partner",
            Role::Example => "example",
        }
    }
}
