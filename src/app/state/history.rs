//! Back and forward, like a browser: the places the reader followed links from, and the ones
//! they went back from. Plain data; the navigation core decides when to record a place.

use super::nav::Nav;

/// The most places the back stack remembers.
pub const HISTORY_LIMIT: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    /// Places to go back to, most recent last.
    back: Vec<Nav>,
    /// Places gone back from, most recent last.
    forward: Vec<Nav>,
}

impl History {
    /// Records `here` before a jump; a new jump forgets the places gone back from.
    pub fn push(&mut self, here: Nav) {
        self.back.push(here);
        if self.back.len() > HISTORY_LIMIT {
            self.back.remove(0);
        }
        self.forward.clear();
    }

    /// The place to go back to from `here`, which becomes the place to go forward to.
    pub fn back(&mut self, here: Nav) -> Option<Nav> {
        let to = self.back.pop()?;
        self.forward.push(here);
        Some(to)
    }

    /// The place to go forward to from `here`, which becomes the place to go back to.
    pub fn forward(&mut self, here: Nav) -> Option<Nav> {
        let to = self.forward.pop()?;
        self.back.push(here);
        Some(to)
    }

    /// The places to go back to, oldest first.
    pub fn back_stack(&self) -> &[Nav] {
        &self.back
    }

    /// The places to go forward to, the next one last.
    pub fn forward_stack(&self) -> &[Nav] {
        &self.forward
    }

    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }

    pub fn can_go_forward(&self) -> bool {
        !self.forward.is_empty()
    }

    /// Forgets everything, when the places no longer mean anything (a new pack).
    pub fn clear(&mut self) {
        self.back.clear();
        self.forward.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::tab::Tab;

    fn at(tab: Tab) -> Nav {
        Nav {
            tab,
            ..Nav::start(2)
        }
    }

    #[test]
    fn back_and_forward_retrace_the_same_places() {
        let mut h = History::default();
        h.push(at(Tab::Section(0)));
        assert_eq!(h.back(at(Tab::Timeline)), Some(at(Tab::Section(0))));
        assert!(h.can_go_forward());
        assert_eq!(h.forward(at(Tab::Section(0))), Some(at(Tab::Timeline)));
        assert_eq!(h.back_stack().len(), 1);
        assert_eq!(h.forward(at(Tab::Section(1))), None);
    }

    #[test]
    fn a_new_jump_forgets_the_way_forward_and_the_stack_is_bounded() {
        let mut h = History::default();
        h.push(at(Tab::Section(0)));
        let _ = h.back(at(Tab::Section(1)));
        h.push(at(Tab::Timeline));
        assert!(!h.can_go_forward());
        for _ in 0..HISTORY_LIMIT + 10 {
            h.push(at(Tab::Timeline));
        }
        assert_eq!(h.back_stack().len(), HISTORY_LIMIT);
    }
}
