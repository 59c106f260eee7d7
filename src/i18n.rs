//! Interface strings in Dutch and English. Content text lives in `data/`; this is only the widget's
//! own wording. Pure: no `leptos`.

use crate::model::Lang;

/// Declares every interface string once, with both translations side by side, so a missing
/// translation is a compile error and `Ui::ALL` lists every key for the tests.
macro_rules! ui_strings {
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        /// A fixed piece of interface text.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Ui {
            $($key,)*
        }

        impl Ui {
            pub const ALL: &'static [Ui] = &[$(Ui::$key,)*];

            pub fn get(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Ui::$key, Lang::Nl) => $nl,
                        (Ui::$key, Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

ui_strings! {
    LoadFailedTitle => "Het rapport kan nu niet worden getoond",
        "The report cannot be shown right now";
    LoadFailedBody => "Er is iets misgegaan bij het inlezen van de inhoud. De brief zelf staat op officielebekendmakingen.nl.",
        "Something went wrong while reading the content. The letter itself is available on officielebekendmakingen.nl.";
    LoadFailedDetails => "Details voor de redactie",
        "Details for the editors";
    LetterLink => "Lees de brief op officielebekendmakingen.nl",
        "Read the letter on officielebekendmakingen.nl";
    Reference => "Kenmerk",
        "Reference";
    Date => "Datum",
        "Date";
    Footnote => "Voetnoot",
        "Footnote";
    Footnotes => "Voetnoten",
        "Footnotes";
    Close => "Sluiten",
        "Close";
    CitedIn => "Genoemd bij",
        "Cited in";
    Introduction => "Inleiding",
        "Introduction";
    Responsible => "Verantwoordelijk",
        "Responsible";
    Goals => "NAP-doel",
        "NAP goal";
    Year => "Jaar",
        "Year";
    Where => "Waar",
        "Where";
    Organisations => "Organisaties",
        "Organisations";
    SeeAlso => "Zie ook",
        "See also";
    NewTab => "(opent in een nieuw tabblad)",
        "(opens in a new tab)";
    EditorialNote => "Noot van de redactie",
        "Editor’s note";
    YearNotStated => "niet genoemd",
        "not stated";
    Signed => "Ondertekend door",
        "Signed by";
    UnofficialTranslation => "Deze Engelse tekst is een niet-officiële vertaling van de Nederlandse brief, gemaakt voor deze weergave.",
        "This English text is an unofficial translation of the Dutch letter, made for this widget.";
    ResultsHeading => "Resultaten",
        "Results";
    SourceInLetter => "In de brief",
        "In the letter";
    Page => "pagina",
        "page";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_interface_string_has_both_translations() {
        for key in Ui::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.get(lang).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
            assert_ne!(
                key.get(Lang::Nl),
                key.get(Lang::En),
                "{key:?} is not translated"
            );
        }
    }
}
