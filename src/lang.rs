//! The page's languages: a closed set, shared by the translations and the
//! URL contract.

/// The page language.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
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

    /// The language's name in itself, for language switches.
    ///
    /// ```
    /// use kuril_map::lang::Lang;
    /// assert_eq!(Lang::Ja.native_name(), "日本語");
    /// ```
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
        }
    }
}
