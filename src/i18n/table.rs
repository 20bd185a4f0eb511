//! One language's strings as the browser gets them from the build.

use super::{Lang, NamePairOrIslets, NameTable, Raw, Strings};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One language's strings as the build hands them to the browser: every
/// key English has, in the language where it has it and in English where
/// it does not. The events' texts are not in it: the timeline the browser
/// gets is already in the language (see `state_data`).
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Serialize)]
pub struct Table(Raw);

/// `over`'s entries, and `under`'s where `over` lacks the key.
fn filled<V: Clone>(over: &HashMap<String, V>, under: &HashMap<String, V>) -> HashMap<String, V> {
    let mut out = under.clone();
    out.extend(over.iter().map(|(k, v)| (k.clone(), v.clone())));
    out
}

impl Strings {
    /// This language's [`Table`]: what the browser needs of it, English
    /// filled in, and nothing of the other languages.
    pub fn table(&self) -> Table {
        let (raw, en) = (&self.raw, &self.english);
        let mut units = filled(&raw.names.units, &en.names.units);
        if let (Some(NamePairOrIslets::Islets(r)), Some(NamePairOrIslets::Islets(e))) =
            (raw.names.units.get("islets"), en.names.units.get("islets"))
        {
            units.insert("islets".into(), NamePairOrIslets::Islets(filled(r, e)));
        }
        let own_dates = raw.months.len() == 12 && !raw.date_pattern.is_empty();
        let dates = if own_dates { raw } else { en };
        Table(Raw {
            ui: filled(&raw.ui, &en.ui),
            events: HashMap::new(),
            names: NameTable { units },
            months: dates.months.clone(),
            date_pattern: dates.date_pattern.clone(),
        })
    }

    /// The strings of `lang` from its [`Table`], as the browser reads
    /// them: nothing behind them, since the table has it all.
    pub fn from_table(lang: Lang, table: Table) -> Self {
        Self {
            lang,
            raw: table.0,
            english: Raw::default(),
        }
    }
}
