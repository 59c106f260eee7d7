//! `data/taxonomy.json`: the vocabularies results refer to by id — ministries, NAP goals, regions
//! that are not countries, and partner organisations.

use serde::{Deserialize, Serialize};

use super::text::Text;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    /// Responsible ministries, as the editors attribute results; the id is the abbreviation shown
    /// on cards (`BZ`, `Defensie`, ...).
    pub ministries: Vec<Ministry>,
    /// The NAP1325-IV goals.
    pub goals: Vec<Named>,
    /// Places the letter names that are not one country: "het Midden-Oosten", the UN, the EU, NATO.
    pub regions: Vec<Region>,
    /// Partner organisations.
    pub organisations: Vec<Named>,
}

/// An entry of a vocabulary: a stable id and its name in both languages.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
    pub name: Text,
}

/// A responsible portfolio: a ministry, or a minister's portfolio within another ministry (the
/// Minister for Foreign Trade and Development Aid works within Foreign Affairs), which is not counted
/// as a ministry of its own.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Ministry {
    pub id: String,
    pub name: Text,
    /// The ministry this portfolio sits within, when it has none of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<String>,
}

impl Ministry {
    /// The id of the ministry this portfolio counts as: its own, or the one it sits within.
    pub fn ministry_id(&self) -> &str {
        self.part_of.as_deref().unwrap_or(&self.id)
    }
}

/// What kind of place a region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RegionKind {
    /// A part of the world the letter names without listing all its countries.
    Geographic,
    /// An international organisation within which the Netherlands acted (UN, EU, NATO).
    Multilateral,
}

/// A place that is not one country. It is never painted onto a country on the map.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub kind: RegionKind,
    pub name: Text,
    /// Countries the letter itself says belong to it (ISO 3166-1 alpha-3); never a guess.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub includes: Vec<String>,
    /// What the letter says, and does not say, about it.
    pub note: Text,
}
