//! What the map shows at one moment or in one scenario.

use super::{Holder, IslandId};

/// Holder of each unit, any promised transfer, and which lines to draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapState {
    holders: [Holder; 4],
    promised: [bool; 4],
    claimed: [bool; 4],
    pub border_1855: bool,
    pub de_facto_line: bool,
}

impl MapState {
    /// Every unit held by `holder`, nothing promised, no lines.
    pub fn all(holder: Holder) -> Self {
        Self {
            holders: [holder; 4],
            promised: [false; 4],
            claimed: [false; 4],
            border_1855: false,
            de_facto_line: false,
        }
    }

    pub fn holder(&self, id: IslandId) -> Holder {
        self.holders[id as usize]
    }

    pub fn set_holder(&mut self, id: IslandId, holder: Holder) {
        self.holders[id as usize] = holder;
    }

    /// Whether a transfer of `id` to Japan has been promised (1956).
    pub fn is_promised(&self, id: IslandId) -> bool {
        self.promised[id as usize]
    }

    pub fn set_promised(&mut self, id: IslandId, promised: bool) {
        self.promised[id as usize] = promised;
    }

    /// Whether `id` is claimed by the side that does not administer it
    /// (Japan's claim to the four since the Soviet occupation of 1945).
    pub fn is_claimed(&self, id: IslandId) -> bool {
        self.claimed[id as usize]
    }

    pub fn set_claimed(&mut self, id: IslandId, claimed: bool) {
        self.claimed[id as usize] = claimed;
    }

    /// Whether any unit is claimed by the side that does not administer it.
    pub fn any_claimed(&self) -> bool {
        self.claimed.contains(&true)
    }

    /// Whether any unit is promised for transfer.
    pub fn any_promised(&self) -> bool {
        self.promised.contains(&true)
    }

    /// The units held by `holder`.
    pub fn held_by(&self, holder: Holder) -> impl Iterator<Item = IslandId> + '_ {
        IslandId::ALL
            .into_iter()
            .filter(move |id| self.holder(*id) == holder)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_claimed_and_any_promised_follow_the_flags() {
        let mut s = MapState::all(Holder::Russia);
        assert!(!s.any_claimed() && !s.any_promised());
        s.set_claimed(IslandId::Kunashir, true);
        s.set_promised(IslandId::Habomai, true);
        assert!(s.any_claimed() && s.any_promised());
        s.set_claimed(IslandId::Kunashir, false);
        assert!(!s.any_claimed());
    }
}
