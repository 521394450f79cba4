//! The key bindings, as data, in layers: one table per place the reader can be (a list, a
//! detail pane, the source view, the search box, …) and a global layer for the keys that work
//! everywhere (Ctrl-C). A key is looked up in the active layer, then in the global layer, and
//! nowhere else, so a layer says everything a key can do there.
//!
//! Each binding carries its description and, if it is worth showing, its footer hint. The help
//! overlay, the footer, the README's key tables and the tests all read these tables, so they
//! cannot disagree with what the keys do.

mod deck;
mod groups;
mod layers;

use super::action::Action;
pub use layers::{layer_bindings, searches_pack};

/// How to write a query in the search box, with what each form finds: the help of every place
/// `/` searches from and the README's key tables show it under [`QUERY_SYNTAX_TITLE`].
pub const QUERY_SYNTAX: &[(&str, &str)] = &[
    (
        "gas deal",
        "Every word must occur, whole or as the start of a word; case, accents and curly quotes do not matter",
    ),
    ("\"same bed\"", "The words together, as written"),
    ("-nato", "Leave out what has this word"),
    (
        "tag:energy",
        "Only what carries the tag (paragraphs carry none)",
    ),
    (
        "kind:pitfall",
        "Only points of this kind: context, reason, pitfall, evidence, objection, conclusion",
    ),
    (
        "in:source",
        "Only the article's text, paragraph by paragraph; also in:points, in:passages, in:events",
    ),
    (
        "1990",
        "A year also finds the events whose dates span it (the 1990s)",
    ),
    (
        "JPMorgan",
        "Searched everywhere a reader can see: points, passages, events and their dates, every paragraph of the article, the About page's authors and publisher",
    ),
];

/// The heading the query syntax goes under.
pub const QUERY_SYNTAX_TITLE: &str = "Writing a search";

/// A key as the keymap names it, independent of the terminal library.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    Char(char),
    /// Any printable character; the binding's action receives it.
    Text,
    /// Any of the digits 1 to 9; the binding's action receives the digit.
    Digit,
    Ctrl(char),
    /// A letter with Alt (or Meta, or Esc before it).
    Alt(char),
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Enter,
    Esc,
    Backspace,
    Delete,
    Tab,
    BackTab,
}

impl Key {
    /// How help screens write the key.
    pub fn label(self) -> String {
        match self {
            Self::Char(' ') => "Space".into(),
            Self::Char(c) => c.to_string(),
            Self::Text => "text".into(),
            Self::Digit => "1–9".into(),
            Self::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Self::Alt(c) => format!("Alt-{}", c.to_ascii_uppercase()),
            Self::Up => "↑".into(),
            Self::Down => "↓".into(),
            Self::Left => "←".into(),
            Self::Right => "→".into(),
            Self::PageUp => "PgUp".into(),
            Self::PageDown => "PgDn".into(),
            Self::Home => "Home".into(),
            Self::End => "End".into(),
            Self::Enter => "Enter".into(),
            Self::Esc => "Esc".into(),
            Self::Backspace => "Backspace".into(),
            Self::Delete => "Delete".into(),
            Self::Tab => "Tab".into(),
            Self::BackTab => "Shift-Tab".into(),
        }
    }
}

/// The places that have keys of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// Keys that work everywhere.
    Global,
    /// A list of points or events, or the timeline pane beside a section.
    List,
    /// The detail pane of a point or an event.
    Detail,
    /// The timeline tab drawn as a time axis.
    Axis,
    /// The source article.
    Source,
    /// The argument map.
    Map,
    /// The search box, which takes typed text.
    SearchBox,
    /// The list of points citing a passage or an event.
    Chooser,
    /// The tag picker.
    Tags,
    /// A page of text over the tabs: help, about, problems.
    Page,
    /// Presentation mode: the audience screen.
    Presentation,
    /// The presenter's console.
    Console,
    /// The slide index, over either screen of a presentation.
    SlideIndex,
}

impl Layer {
    /// Every layer, in the order help and the README list them.
    pub const ALL: [Self; 13] = [
        Self::List,
        Self::Detail,
        Self::Axis,
        Self::Source,
        Self::Map,
        Self::SearchBox,
        Self::Chooser,
        Self::Tags,
        Self::Page,
        Self::Presentation,
        Self::Console,
        Self::SlideIndex,
        Self::Global,
    ];

    /// The heading of the layer's keys in help and in the README.
    pub fn title(self) -> &'static str {
        match self {
            Self::Global => "Everywhere",
            Self::List => "Lists of points and events",
            Self::Detail => "The detail pane",
            Self::Axis => "The timeline as a time axis",
            Self::Source => "The source article",
            Self::Map => "The argument map",
            Self::SearchBox => "The search box",
            Self::Chooser => "Choosing a citing point",
            Self::Tags => "The tag picker",
            Self::Page => "Help and other pages",
            Self::Presentation => "Presentation mode",
            Self::Console => "The presenter console",
            Self::SlideIndex => "The slide index",
        }
    }
}

/// What pressing a binding's key asks for.
#[derive(Debug, Clone)]
pub enum Does {
    /// Always the same action.
    Act(Action),
    /// An action built from the digit pressed.
    Digit(fn(usize) -> Action),
    /// An action built from the character typed.
    Text(fn(char) -> Action),
}

/// A footer hint: the keys as the footer writes them and a word or two. Lower ranks are shown
/// first, so a narrow footer keeps the most useful hints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hint {
    pub keys: &'static str,
    pub what: &'static str,
    pub rank: u8,
}

/// One row of a layer.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [Key],
    pub does: Does,
    /// What the binding does there, for the help overlay and the README.
    pub help: &'static str,
    /// A hint for the footer, for the bindings worth showing there.
    pub hint: Option<Hint>,
}

impl Binding {
    /// The action this binding gives for `key`, if the key is one of its keys.
    fn action(&self, key: Key) -> Option<Action> {
        let matches = |k: &Key| match (*k, key) {
            (Key::Digit, Key::Char('1'..='9')) | (Key::Text, Key::Char(_)) => true,
            (k, key) => k == key,
        };
        if !self.keys.iter().any(matches) {
            return None;
        }
        match (&self.does, key) {
            (Does::Act(a), _) => Some(a.clone()),
            (Does::Digit(f), Key::Char(c)) => c.to_digit(10).map(|d| f(d as usize)),
            (Does::Text(f), Key::Char(c)) if !c.is_control() => Some(f(c)),
            _ => None,
        }
    }

    /// The keys as help writes them: "↑ / k".
    pub fn keys_label(&self) -> String {
        let labels: Vec<String> = self.keys.iter().map(|k| k.label()).collect();
        labels.join(" / ")
    }
}

/// The action bound to `key` in `layer`, or else in the global layer.
pub fn action_for(layer: Layer, key: Key) -> Option<Action> {
    let find = |l: Layer| layer_bindings(l).find_map(|b| b.action(key));
    find(layer).or_else(|| find(Layer::Global))
}

/// The footer hints of a layer, most useful first.
pub fn footer_hints(layer: Layer) -> Vec<Hint> {
    let mut hints: Vec<Hint> = layer_bindings(layer)
        .chain(layer_bindings(Layer::Global))
        .filter_map(|b| b.hint)
        .collect();
    hints.sort_by_key(|h| h.rank);
    hints
}

/// Keys a footer keeps however narrow it is, as long as they fit at all: help, and quitting
/// (or leaving a presentation). A newcomer looks for these first.
const ALWAYS_HINTED: [&str; 2] = ["?", "q"];

/// The footer hints of `layer` that fit in `room` columns when each takes `cost` of them, in
/// rank order. The most useful come first and the rest are cut, except help and quit: they
/// keep their place in the order, and less useful hints before them give way.
pub fn fitting_hints(layer: Layer, room: usize, cost: impl Fn(&Hint) -> usize) -> Vec<Hint> {
    let hints = footer_hints(layer);
    let kept = |h: &Hint| ALWAYS_HINTED.contains(&h.keys);
    let reserved: usize = hints.iter().filter(|h| kept(h)).map(&cost).sum();
    let reserved = if reserved <= room { reserved } else { 0 };
    let mut used = reserved;
    let mut full = false;
    let mut out = Vec::new();
    for hint in hints {
        if reserved > 0 && kept(&hint) {
            out.push(hint);
            continue;
        }
        full = full || used + cost(&hint) > room;
        if !full {
            used += cost(&hint);
            out.push(hint);
        }
    }
    out
}

/// The keymap as Markdown for the README: a heading and a table per layer (a test keeps the
/// README in step with this).
pub fn markdown() -> String {
    let mut out = String::new();
    for layer in Layer::ALL {
        out.push_str(&format!(
            "#### {}\n\n| Keys | What they do |\n|---|---|\n",
            layer.title()
        ));
        for b in layer_bindings(layer) {
            let keys: Vec<String> = b.keys.iter().map(|k| format!("`{}`", k.label())).collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help));
        }
        out.push('\n');
        if layer == Layer::SearchBox {
            out.push_str(&format!(
                "#### {QUERY_SYNTAX_TITLE}\n\n| Query | What it finds |\n|---|---|\n"
            ));
            for (query, finds) in QUERY_SYNTAX {
                out.push_str(&format!("| `{query}` | {finds} |\n"));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests;
