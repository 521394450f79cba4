//! Everything a reader can ask for. Keys, mouse events and resizes all become an [`Action`], so
//! [`super::update`] is the only place behaviour lives and tests can drive it without a terminal.

/// One request from the reader or the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Move the cursor up one item (or scroll up one line where there are no items).
    Up,
    /// Move the cursor down one item (or scroll down one line).
    Down,
    /// Scroll up by a page.
    PageUp,
    /// Scroll down by a page.
    PageDown,
    /// Jump to the first item.
    Top,
    /// Jump to the last item.
    Bottom,
    /// Show the next tab, wrapping round.
    NextTab,
    /// Show the previous tab, wrapping round.
    PrevTab,
    /// Show the tab at this 0-based position, if there is one.
    GoToTab(usize),
    /// Move focus to the pane on the left.
    FocusLeft,
    /// Move focus to the pane on the right.
    FocusRight,
    /// Open the selected item, or follow the selected link.
    Activate,
    /// Close an overlay, or go back to where the last link was followed from.
    Back,
    /// Go forward again to the place last gone back from.
    Forward,
    /// Show or hide the timeline pane beside the section tabs.
    ToggleTimeline,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Show or hide the article's details: authors, publication, attribution.
    ToggleAbout,
    /// Presentation mode: reveal the next step, or go on to the next slide. Elsewhere, scroll
    /// down a page.
    NextStep,
    /// Start presentation mode at the selected point, or leave it.
    TogglePresent,
    /// Show or hide the teacher's notes in presentation mode.
    ToggleNotes,
    /// Switch to the next colour scheme: dark, light, high contrast, mono.
    CycleTheme,
    /// Open the source article at the selected passage, or go back from it.
    ToggleSource,
    /// Open the argument map, or go back from it.
    ToggleMap,
    /// Open the search box.
    Search,
    /// Go to the next result of the last search.
    SearchNext,
    /// Go to the previous result of the last search.
    SearchPrev,
    /// A character typed into the search box.
    Type(char),
    /// Erase the last character of the search box.
    Erase,
    /// Choose a tag to filter by, or clear the filter.
    Filter,
    /// Leave arglens (in presentation mode: leave the deck).
    Quit,
    /// Leave arglens at once, from anywhere.
    Interrupt,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// A mouse click at this column and row.
    Click(u16, u16),
    /// The mouse wheel turned up over this column and row.
    WheelUp(u16, u16),
    /// The mouse wheel turned down over this column and row.
    WheelDown(u16, u16),
}
