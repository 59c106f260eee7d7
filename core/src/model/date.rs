//! Calendar dates as the data files write them (`2025-02-20`) and as readers read them.

use super::text::Lang;

const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A validated date. Parsed from `YYYY-MM-DD`; month lengths are checked, leap years included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad = || format!("`{text}` is not a date of the form YYYY-MM-DD");
        let parts: Vec<&str> = text.split('-').collect();
        let [year, month, day] = parts.as_slice() else {
            return Err(bad());
        };
        if year.len() != 4 || month.len() != 2 || day.len() != 2 {
            return Err(bad());
        }
        let number = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| s.parse::<u16>().ok())
                .flatten()
        };
        let (Some(year), Some(month), Some(day)) = (number(year), number(month), number(day))
        else {
            return Err(bad());
        };
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("`{text}` has no month {month}")),
        };
        if day == 0 || day > days_in_month {
            return Err(format!("`{text}` has no day {day} in that month"));
        }
        Ok(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// "20 februari 2025" / "20 February 2025".
    pub fn long(self, lang: Lang) -> String {
        let months = match lang {
            Lang::Nl => MONTHS_NL,
            Lang::En => MONTHS_EN,
        };
        format!(
            "{} {} {}",
            self.day,
            months[usize::from(self.month - 1)],
            self.year
        )
    }

    /// `2025-02-20`, for `<time datetime>` and file names.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Serde helpers: dates are `YYYY-MM-DD` strings in the data files.
pub(crate) mod iso {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&date.iso())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Like [`iso`], for an optional date.
pub(crate) mod iso_opt {
    use super::Date;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(date) => s.serialize_str(&date.iso()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| Date::parse(&text).map_err(serde::de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_formats_in_both_languages() {
        let date = Date::parse("2025-02-20").unwrap();
        assert_eq!(date.long(Lang::Nl), "20 februari 2025");
        assert_eq!(date.long(Lang::En), "20 February 2025");
        assert_eq!(date.iso(), "2025-02-20");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2025-2-20",
            "2025-02-30",
            "2023-02-29",
            "2025-13-01",
            "20-02-2025",
            "",
            "2025-0a-01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }
}
