//! The text of a detail pane, laid out for a given width.
//!
//! A document is a list of wrapped lines, each with a role (what it is, not how it looks: the
//! theme decides that) and, for lines that belong to a link, the link they belong to. The state
//! uses a document's height and link positions to scroll and select; the drawing code paints the
//! same lines.

use crate::content::{Pack, PointRef};
use crate::wrap::wrap;

/// What a line of a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Small print above a title: a point's label and relation, an event's date.
    Kicker,
    Title,
    /// A heading inside the document ("Claim", "Passages").
    Heading,
    Claim,
    Body,
    /// A reference above a quotation: "¶ 16".
    QuoteRef,
    /// A line of a quotation.
    Quote,
    /// A link to an event or a point, on one line.
    Link,
    /// A remark about the content (an inferred date, tags).
    Note,
    Blank,
    /// The paragraph numbers beside the source text.
    Margin,
    /// The passage the source view was opened at.
    Chosen,
    /// Another passage the pack cites, marked subtly in the source view.
    Cited,
    /// Characters a search matched.
    Matched,
}

/// Where a link leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Passage(usize),
    Event(usize),
    Point(PointRef),
    /// A row of the tag picker: 0 clears the filter, `n` is the pack's `n`th tag.
    Tag(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub role: Role,
    pub text: String,
    /// Index into [`Doc::links`] when the line belongs to a link.
    pub link: Option<usize>,
    /// Parts of the line drawn differently from the rest, in order and not overlapping.
    pub marks: Vec<Mark>,
}

/// A part of a line with its own role: a quoted passage inside a paragraph of the source, the
/// characters a search matched. Offsets are in bytes of [`Line::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// The link the marked text belongs to; it is drawn selected when that link is.
    pub link: Option<usize>,
}

/// A link and the lines it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub target: Target,
    pub first: usize,
    pub last: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Doc {
    pub lines: Vec<Line>,
    pub links: Vec<Link>,
}

/// Prefix of quotation lines; the bar marks a quotation without relying on colour.
pub const QUOTE_BAR: &str = "│ ";

impl Doc {
    pub(super) fn push(&mut self, role: Role, text: impl Into<String>) {
        self.lines.push(Line {
            role,
            text: text.into(),
            link: None,
            marks: Vec::new(),
        });
    }

    pub(super) fn para(&mut self, role: Role, text: &str, width: usize) {
        for l in wrap(text, width) {
            self.push(role, l);
        }
    }

    pub(super) fn blank(&mut self) {
        self.push(Role::Blank, "");
    }

    pub(super) fn heading(&mut self, text: &str) {
        self.blank();
        self.push(Role::Heading, text);
    }

    /// Adds lines belonging to one link.
    pub(super) fn link(&mut self, target: Target, lines: Vec<(Role, String)>) {
        let index = self.links.len();
        let first = self.lines.len();
        for (role, text) in lines {
            self.lines.push(Line {
                role,
                text,
                link: Some(index),
                marks: Vec::new(),
            });
        }
        let last = self.lines.len().saturating_sub(1).max(first);
        self.links.push(Link {
            target,
            first,
            last,
        });
    }

    /// A one-item link: its text wrapped, every line belonging to the link.
    fn line_link(&mut self, target: Target, text: &str, width: usize) {
        let lines = wrap(text, width)
            .into_iter()
            .map(|l| (Role::Link, l))
            .collect();
        self.link(target, lines);
    }

    /// A link to a point, named by section, label and title.
    fn point_link(&mut self, pack: &Pack, r: PointRef, width: usize) {
        if let (Some(p), Some(s)) = (pack.point(r), pack.section(r.section)) {
            let text = format!("▸ {} › {} · {}", s.title, p.label, p.title);
            self.line_link(Target::Point(r), &text, width);
        }
    }

    fn passage(&mut self, pack: &Pack, index: usize, width: usize) {
        let Some(p) = pack.passage(index) else { return };
        let mut lines = vec![(Role::QuoteRef, format!("¶ {}", p.paragraph))];
        let quoted = format!("“{}”", p.text);
        for l in wrap(&quoted, width.saturating_sub(QUOTE_BAR.len()).max(1)) {
            lines.push((Role::Quote, format!("{QUOTE_BAR}{l}")));
        }
        self.link(Target::Passage(index), lines);
    }

    /// The height of the document in lines.
    pub fn height(&self) -> usize {
        self.lines.len()
    }
}

/// The detail of a point: label, title, claim, explanation, quotations and linked events.
pub fn point_doc(pack: &Pack, r: PointRef, width: usize) -> Doc {
    let mut doc = Doc::default();
    let Some(p) = pack.point(r) else { return doc };
    let width = width.max(1);
    doc.para(
        Role::Kicker,
        &format!("{} · {}", p.label, p.kind.relation()),
        width,
    );
    doc.para(Role::Title, &p.title, width);
    doc.heading("Claim");
    doc.para(Role::Claim, &p.claim, width);
    doc.heading("Explanation");
    doc.para(Role::Body, &p.explanation, width);
    doc.heading(&format!("Passages ({})", p.passages.len()));
    for (n, &i) in p.passages.iter().enumerate() {
        if n > 0 {
            doc.blank();
        }
        doc.passage(pack, i, width);
    }
    if !p.events.is_empty() {
        doc.heading(&format!("Events ({})", p.events.len()));
        for &e in &p.events {
            if let Some(ev) = pack.event(e) {
                let text = format!("▸ {} — {}", ev.date.short(), ev.title);
                doc.line_link(Target::Event(e), &text, width);
            }
        }
    }
    if !p.tags.is_empty() {
        doc.blank();
        doc.para(Role::Note, &format!("Tags: {}", p.tags.join(" · ")), width);
    }
    doc
}

/// The detail of an event: date and precision, description, how an inferred date was worked
/// out, the passages that hold it and the points that cite it.
pub fn event_doc(pack: &Pack, index: usize, width: usize) -> Doc {
    let mut doc = Doc::default();
    let Some(e) = pack.event(index) else {
        return doc;
    };
    let width = width.max(1);
    let inferred = if e.inferred { ", inferred" } else { "" };
    doc.para(
        Role::Kicker,
        &format!("{} · {}{inferred}", e.date, e.date.precision_words()),
        width,
    );
    doc.para(Role::Title, &e.title, width);
    doc.blank();
    doc.para(Role::Body, &e.description, width);
    doc.blank();
    doc.para(
        Role::Note,
        &format!("The text says: “{}”", e.date_text),
        width,
    );
    if let Some(note) = &e.note {
        doc.para(Role::Note, &format!("Date worked out: {note}"), width);
    }
    doc.heading(&format!("Passages ({})", e.passages.len()));
    for (n, &i) in e.passages.iter().enumerate() {
        if n > 0 {
            doc.blank();
        }
        doc.passage(pack, i, width);
    }
    doc.heading(&format!("Cited by ({})", e.points.len()));
    for &r in &e.points {
        doc.point_link(pack, r, width);
    }
    if !e.tags.is_empty() {
        doc.blank();
        doc.para(Role::Note, &format!("Tags: {}", e.tags.join(" · ")), width);
    }
    doc
}

/// The passage or event a chooser was opened from, then the points to choose between as links.
pub fn chooser_doc(pack: &Pack, chooser: &super::state::Chooser, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    if let Some(p) = chooser.passage.and_then(|i| pack.passage(i)) {
        doc.para(Role::Kicker, &format!("Passage · ¶ {}", p.paragraph), width);
        for l in wrap(
            &format!("“{}”", p.text),
            width.saturating_sub(QUOTE_BAR.len()).max(1),
        ) {
            doc.push(Role::Quote, format!("{QUOTE_BAR}{l}"));
        }
    }
    if let Some(e) = chooser.event.and_then(|i| pack.event(i)) {
        doc.para(Role::Kicker, &format!("Event · {}", e.date), width);
        doc.para(Role::Title, &e.title, width);
    }
    let n = chooser.items.len();
    doc.heading(&match n {
        0 => "No point cites it.".to_string(),
        1 => "Cited by 1 point — Enter to open it:".to_string(),
        _ => format!("Cited by {n} points — Enter to open one:"),
    });
    for &r in &chooser.items {
        doc.point_link(pack, r, width);
    }
    doc
}

/// The tag picker: clearing the filter, then every tag with how many items carry it.
pub fn tags_doc(pack: &Pack, active: Option<&str>, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, "Filter by tag", width);
    doc.para(
        Role::Note,
        "Lists, the timeline and the map show only what carries the tag. Enter chooses.",
        width,
    );
    doc.blank();
    let clear = if active.is_some() {
        "  No filter: show everything again"
    } else {
        "✓ No filter: show everything"
    };
    doc.line_link(Target::Tag(0), clear, width);
    for (i, (tag, n)) in super::filter::tags(pack).iter().enumerate() {
        let mark = if active == Some(tag.as_str()) {
            "✓"
        } else {
            " "
        };
        let items = if *n == 1 { "item" } else { "items" };
        doc.line_link(
            Target::Tag(i + 1),
            &format!("{mark} {tag} ({n} {items})"),
            width,
        );
    }
    doc
}

/// The help overlay: every binding of the keymap with its keys and description.
pub fn help_doc(width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, "Keys", width);
    doc.blank();
    let key_col = super::keymap::KEYMAP
        .iter()
        .map(|b| crate::wrap::width(&super::keymap::keys_label(b)))
        .max()
        .unwrap_or(0)
        + 2;
    for b in super::keymap::KEYMAP {
        let keys = super::keymap::keys_label(b);
        let pad = key_col.saturating_sub(crate::wrap::width(&keys));
        let text = format!("{keys}{}{}", " ".repeat(pad), b.description);
        if crate::wrap::width(&text) <= width {
            doc.push(Role::Body, text);
        } else {
            doc.para(Role::Body, &keys, width);
            doc.para(Role::Body, &format!("    {}", b.description), width);
        }
    }
    doc.blank();
    doc.para(Role::Note, "Mouse: click a tab, an item, a link, a quotation in the source, a map row or a search result (click again to open it); the wheel scrolls the pane under the pointer.", width);
    doc.blank();
    doc.para(Role::Note, "Esc or ? closes this help.", width);
    doc
}

/// The body of a presentation slide: what has been revealed after the claim. The label, the
/// claim and the progress are drawn around it by the presentation view.
pub fn slide_doc(pack: &Pack, present: &super::present::Present, width: usize) -> Doc {
    use super::present::Slide;
    let mut doc = Doc::default();
    let width = width.max(1);
    match present.current() {
        Some(Slide::Point(r)) => {
            let Some(p) = pack.point(r) else { return doc };
            let mut step = 0;
            if present.step > step {
                for para in p.explanation.split("\n\n") {
                    doc.para(Role::Body, para, width);
                }
            }
            for &passage in &p.passages {
                step += 1;
                if present.step > step {
                    doc.blank();
                    doc.passage(pack, passage, width);
                }
            }
            step += 1;
            if present.step > step && !p.events.is_empty() {
                doc.heading("Events");
                for e in p.events.iter().filter_map(|i| pack.event(*i)) {
                    doc.para(
                        Role::Body,
                        &format!("{}  {}", e.date.short(), e.title),
                        width,
                    );
                }
            }
            if present.notes {
                doc.heading("Teacher's notes");
                match &p.notes {
                    Some(n) => doc.para(Role::Note, n, width),
                    None => doc.para(Role::Note, "(no notes for this point)", width),
                }
            }
        }
        Some(Slide::Questions(section)) => {
            let Some(s) = pack.section(section) else {
                return doc;
            };
            for (i, q) in s.questions.iter().enumerate() {
                if i > 0 {
                    doc.blank();
                }
                doc.para(Role::Body, &format!("{}. {q}", i + 1), width);
            }
        }
        None => {}
    }
    doc
}

/// Why an edited pack was not loaded. Diagnostics quote pack text, so they are sanitised like
/// everything else that reaches the screen.
pub fn problems_doc(problems: &[String], width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    doc.para(Role::Title, "The edited pack could not be loaded", width);
    doc.para(
        Role::Note,
        "Still showing the last version that loaded. Fix these and save; the pack reloads by itself.",
        width,
    );
    for problem in problems {
        doc.blank();
        for line in problem.lines() {
            doc.para(Role::Body, &crate::content::sanitize::sanitize(line), width);
        }
    }
    doc.blank();
    doc.para(Role::Note, "Esc closes this page.", width);
    doc
}

/// The article's details: what it is, who wrote it, when, and how the pack treats it.
pub fn about_doc(pack: &Pack, width: usize) -> Doc {
    let mut doc = Doc::default();
    let width = width.max(1);
    let a = &pack.article;
    doc.para(Role::Title, &a.title, width);
    if let Some(q) = &a.question {
        doc.para(Role::Kicker, &format!("Question: {q}"), width);
    }
    doc.blank();
    let inferred = if a.published.inferred {
        " (inferred)"
    } else {
        ""
    };
    doc.para(
        Role::Body,
        &format!(
            "Published by {}, {}{inferred}",
            a.publisher, a.published.date
        ),
        width,
    );
    if let Some(note) = &a.published.note {
        doc.para(Role::Note, note, width);
    }
    doc.heading("Authors");
    for author in &a.authors {
        doc.para(Role::Claim, &author.name, width);
        doc.para(Role::Body, &author.bio, width);
    }
    doc.heading("Sections");
    for s in &pack.sections {
        doc.para(
            Role::Claim,
            &format!("{} ({} points)", s.title, s.points.len()),
            width,
        );
        doc.para(Role::Body, &s.intro, width);
    }
    doc.heading("Source and attribution");
    doc.para(Role::Body, &a.attribution, width);
    doc.para(
        Role::Note,
        &format!(
            "{} paragraphs, {} passages, {} events.",
            pack.source.paragraphs.len(),
            pack.passages.len(),
            pack.events.len()
        ),
        width,
    );
    for note in &a.notes {
        doc.blank();
        doc.para(Role::Note, note, width);
    }
    doc
}
