//! The page's languages: a closed set, shared by the translations and the
//! URL contract.

/// The page language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Lang::ALL.into_iter().find(|l| l.as_str() == s)
    }
}
