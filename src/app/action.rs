//! Everything that can change the state. Keys, mouse events, resizes, reloads and the places
//! the command line starts at all become an [`Action`], so [`super::update`] is the only place
//! behaviour lives and tests can drive it without a terminal.

use std::sync::Arc;

use super::destination::Destination;
use super::find::Index;
use super::room::{Clock, Role, Room};
use super::theme_name::ThemeName;
use super::timeline_view::TimelineView;
use crate::content::{Pack, PointRef};

/// One request from the reader, the terminal or the program.
#[derive(Debug, Clone, PartialEq)]
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
    /// Fold the selected section of the argument map.
    Collapse,
    /// Unfold the selected section of the argument map.
    Expand,
    /// Close an overlay, or go back to where the last link was followed from.
    Back,
    /// Go forward again to the place last gone back from.
    Forward,
    /// Show or hide the timeline pane beside the section tabs.
    ToggleTimeline,
    /// Show the timeline tab's events on a time axis, or as a list again.
    ToggleTimelineView,
    /// Zoom the time axis in, around the selected event or era.
    ZoomIn,
    /// Zoom the time axis out.
    ZoomOut,
    /// Zoom the time axis out to show every event.
    ZoomFit,
    /// Select the next era on the time axis.
    NextEra,
    /// Select the previous era on the time axis.
    PrevEra,
    /// Show or hide the keys of the current place.
    ToggleHelp,
    /// Show or hide the article's details: authors, publication, attribution.
    ToggleAbout,
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
    /// Erase the character before the cursor in the search box.
    Erase,
    /// Move the cursor, or delete, in the search box as a shell line does.
    Edit(Edit),
    /// Recall the query typed before the one shown in the search box.
    EarlierQuery,
    /// Recall the query typed after the one shown.
    LaterQuery,
    /// Choose a tag to filter by, or clear the filter.
    Filter,
    /// Start presentation mode at the selected point, or leave it for the place it started
    /// from.
    TogglePresent,
    /// Presentation mode: reveal the next step, or go on to the next slide.
    NextStep,
    /// Presentation mode: hide the last step, or go back to the previous slide.
    PrevStep,
    /// Presentation mode: the teacher's notes. They are shown on the presenter console, never
    /// on the audience screen, which says where to find them.
    ToggleNotes,
    /// Presentation mode: blank the audience screen, or show it again.
    ToggleBlank,
    /// Presentation mode: list the slides, to jump to one.
    SlideIndex,
    /// Presentation mode: a digit typed towards a jump (`1` `2` then `G` or Enter: slide 12).
    Number(u8),
    /// Another screen of the presentation moved: show what it shows.
    JoinRoom(Room),
    /// The audience screen closed: the console says the presentation has ended.
    RoomEnded,
    /// The time, for the presenter console's clock.
    Tick(Clock),
    /// Join a class (a session of `arglens serve`), following the presenter from `Room`.
    JoinClass(Room),
    /// The presenter of the class moved: a following screen shows it.
    ClassMoved(Room),
    /// Follow the class again after browsing on one's own (`F`).
    FollowClass,
    /// Copy the selected quotation, with its citation, to the clipboard.
    Copy,
    /// Stop capturing the mouse, so the terminal's own selection works, or capture it again.
    ToggleMouse,
    /// Hand the terminal back to the shell until `fg` (the terminal side does it; the state
    /// does not change).
    Suspend,
    /// Leave arglens.
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
    /// Go to a place without recording history: where the command line says to start.
    Open(Destination),
    /// Start presentation mode at a point (or the first slide), with `step` steps already
    /// revealed (more than the slide has reveals it all), as the audience screen or the
    /// presenter's console, every claim held back or not: what `present`, `console` and
    /// `render --present` ask for.
    Present {
        at: Option<PointRef>,
        step: usize,
        role: Role,
        hide_claim: bool,
    },
    /// Use this colour scheme.
    SetTheme(ThemeName),
    /// Show the timeline pane beside the sections, or not.
    SetTimeline(bool),
    /// Show the timeline tab as a list or as a time axis.
    SetTimelineView(TimelineView),
    /// Say this in the status line: a note from the program, such as a settings file it had
    /// to ignore.
    Say(String),
    /// The pack was edited and loaded again (`--watch`): show it, keeping the reader's place.
    Reloaded(Reload),
    /// The edited pack could not be loaded: keep the last good one and show why, one
    /// diagnostic per entry.
    ReloadFailed(Vec<String>),
    /// The search index, built away from the event loop: kept if it is for the pack shown, so
    /// the first search on a large pack is as quick as the rest.
    Indexed(Indexed),
}

/// An edit of the search box's line, as shells offer them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Edit {
    Left,
    Right,
    WordLeft,
    WordRight,
    Home,
    End,
    /// Delete the character under the cursor.
    Delete,
    /// Delete the word before the cursor.
    DeleteWord,
    /// Delete everything before the cursor.
    DeleteToStart,
}

/// A freshly loaded pack, compared by identity: two reloads are the same action only if they
/// carry the same pack.
#[derive(Debug, Clone)]
pub struct Reload(pub Arc<Pack>);

impl PartialEq for Reload {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// A search index and the pack it was built from, compared by identity.
#[derive(Debug, Clone)]
pub struct Indexed {
    pub pack: Arc<Pack>,
    pub index: Arc<Index>,
}

impl PartialEq for Indexed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.pack, &other.pack) && Arc::ptr_eq(&self.index, &other.index)
    }
}
