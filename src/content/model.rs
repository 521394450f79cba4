//! The checked pack the rest of the program reads.
//!
//! Cross-references are indices rather than ids, resolved once by the loader, so following a
//! link can never fail at run time. Strings here are already sanitised for the terminal.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::date::DateSpec;

/// What role a point plays in the argument; decides its relation in the argument map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Background the reasons rest on.
    Context,
    /// Supports the article's answer.
    Reason,
    /// Qualifies or threatens the answer.
    Pitfall,
    /// A fact offered in support of another point.
    Evidence,
    /// Argues against the answer.
    Objection,
    /// Draws the argument together.
    Conclusion,
}

impl Kind {
    /// The word used in the status line: "Reason 3 of 6".
    pub fn noun(self) -> &'static str {
        match self {
            Self::Context => "Context",
            Self::Reason => "Reason",
            Self::Pitfall => "Pitfall",
            Self::Evidence => "Evidence",
            Self::Objection => "Objection",
            Self::Conclusion => "Conclusion",
        }
    }

    /// How a point of this kind bears on the article's answer, as a phrase for a reader who
    /// has not learnt the map's words.
    pub fn relation_sentence(self) -> &'static str {
        match self {
            Self::Context => "background to the answer",
            Self::Reason => "supports the answer",
            Self::Pitfall => "qualifies the answer: a risk",
            Self::Evidence => "supports another point",
            Self::Objection => "argues against the answer",
            Self::Conclusion => "draws the argument together",
        }
    }

    /// How a point of this kind bears on the article's question, in a word for the map.
    pub fn relation(self) -> &'static str {
        match self {
            Self::Context => "context",
            Self::Reason => "supports",
            Self::Pitfall => "qualifies",
            Self::Evidence => "supports",
            Self::Objection => "attacks",
            Self::Conclusion => "concludes",
        }
    }
}

/// Names a point by position: which section, which point within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct PointRef {
    pub section: usize,
    pub point: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub name: String,
    pub bio: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub date: DateSpec,
    pub inferred: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub title: String,
    pub question: Option<String>,
    pub publisher: String,
    pub published: Published,
    pub authors: Vec<Author>,
    /// The source path as the pack names it.
    pub source_path: String,
    pub attribution: String,
    pub notes: Vec<String>,
}

/// One paragraph of the source text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// 1-based, as passages cite it.
    pub number: usize,
    pub text: String,
    /// Why this paragraph is not part of the argument, if it is not (a heading, a byline).
    pub non_body: Option<String>,
    /// Passages quoting from this paragraph.
    pub passages: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<String>,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub id: String,
    pub label: String,
    pub kind: Kind,
    pub title: String,
    pub claim: String,
    pub explanation: String,
    /// Indices into [`Pack::passages`], in the order the author listed them.
    pub passages: Vec<usize>,
    /// Indices into [`Pack::events`] linked from either side, in date order.
    pub events: Vec<usize>,
    pub tags: Vec<String>,
    pub notes: Option<String>,
    /// Presentation mode holds the claim back until the first reveal step instead of showing it
    /// with the title.
    pub reveal_claim: bool,
    /// The label shortened for narrow lists, unique in the pack: see [`short_labels`].
    pub short: String,
    /// 1-based position among the section's points of the same kind ("Reason 3").
    pub ordinal: usize,
    /// How many points of this kind the section has ("of 6").
    pub of_kind: usize,
}

impl Point {
    /// The label shortened for narrow lists ("R3" for "Reason 3"), unique in the pack.
    pub fn short_label(&self) -> &str {
        &self.short
    }
}

/// Short forms of point labels for narrow lists, unique within a pack. "Reason 3" becomes
/// "R3" and a one-word label such as "Conclusion" its initial, unless another label's word
/// starts with the same letter (then it stays whole); where two different words
/// share their first letters ("Context 1" and "Conclusion 1"), each takes as many letters as
/// it needs to differ ("Con1" and "Cont1" would still clash, so "Cont1" and "Conc1"). Labels
/// of other shapes stay whole.
pub fn short_labels(labels: &[&str]) -> Vec<String> {
    // Every step below groups by a key in one pass, so a pack of thousands of points
    // shortens its labels in time proportional to their number.
    let mut parts: Vec<Option<(&str, &str)>> = labels.iter().map(|l| abbreviable(l)).collect();
    // A lone word sharing its initial with another label's word stays whole: "C" beside
    // "C1".."C4" would read as one of them, while "Conclusion" says what it is.
    let initial = |w: &str| w.chars().next().map(|c| c.to_lowercase().to_string());
    let mut words_by_initial: HashMap<Option<String>, HashSet<&str>> = HashMap::new();
    for (word, _) in parts.iter().flatten() {
        words_by_initial
            .entry(initial(word))
            .or_default()
            .insert(*word);
    }
    for part in &mut parts {
        if let Some((word, "")) = *part
            && words_by_initial
                .get(&initial(word))
                .is_some_and(|words| words.len() > 1)
        {
            *part = None;
        }
    }
    // How many letters each word keeps; one word always keeps the same number.
    let mut letters: HashMap<&str, usize> =
        parts.iter().flatten().map(|(word, _)| (*word, 1)).collect();
    loop {
        let shorts: Vec<String> = labels
            .iter()
            .zip(&parts)
            .map(|(label, part)| shortened(label, *part, &letters))
            .collect();
        // A short form clashes when two different labels share it; lengthen those words.
        let mut labels_by_short: HashMap<&str, HashSet<&str>> = HashMap::new();
        for (short, label) in shorts.iter().zip(labels) {
            labels_by_short.entry(short).or_default().insert(label);
        }
        let mut longer = HashSet::new();
        for (short, part) in shorts.iter().zip(&parts) {
            if let Some((word, _)) = part
                && labels_by_short
                    .get(short.as_str())
                    .is_some_and(|l| l.len() > 1)
            {
                longer.insert(*word);
            }
        }
        let mut grew = false;
        for word in longer {
            if let Some(k) = letters.get_mut(word)
                && *k < word.chars().count()
            {
                *k += 1;
                grew = true;
            }
        }
        if !grew {
            return shorts;
        }
    }
}

/// One label in short: its word cut to the letters it keeps, then its number; whole when the
/// word would keep all its letters or the label does not shorten.
fn shortened(label: &str, part: Option<(&str, &str)>, letters: &HashMap<&str, usize>) -> String {
    match part {
        Some((word, number)) => {
            let k = letters.get(word).copied().unwrap_or(1);
            if k < word.chars().count() {
                format!("{}{number}", word.chars().take(k).collect::<String>())
            } else {
                label.to_string()
            }
        }
        None => label.to_string(),
    }
}

/// "Reason 3" as ("Reason", "3"), "Conclusion" as ("Conclusion", ""): labels that shorten.
fn abbreviable(label: &str) -> Option<(&str, &str)> {
    let mut words = label.split_whitespace();
    match (words.next(), words.next(), words.next()) {
        (Some(word), Some(number), None) if number.chars().all(|c| c.is_ascii_digit()) => {
            Some((word, number))
        }
        (Some(word), None, None) if word.chars().count() > 3 => Some((word, "")),
        _ => None,
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub id: String,
    pub paragraph: usize,
    pub text: String,
    /// Points quoting this passage, in reading order.
    pub cited_by: Vec<PointRef>,
    /// Events citing this passage, in date order.
    pub events: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub date: DateSpec,
    /// The date as the source words it; `None` for a background event.
    pub date_text: Option<String>,
    /// Why a background event belongs and where its date comes from; `None` for an event
    /// the article dates.
    pub basis: Option<String>,
    pub title: String,
    pub description: String,
    pub passages: Vec<usize>,
    /// Points linked from either side, in reading order.
    pub points: Vec<PointRef>,
    pub tags: Vec<String>,
    pub inferred: bool,
    pub note: Option<String>,
    /// The lane the time axis draws the event in, if the pack names one.
    pub lane: Option<String>,
}

/// A period the article describes, drawn as a band on the time axis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Era {
    pub id: String,
    pub title: String,
    pub start: DateSpec,
    pub end: DateSpec,
    pub note: Option<String>,
    /// Passages that describe the period, in the order the author listed them.
    pub passages: Vec<usize>,
}

impl Event {
    /// An event the article presupposes but does not date: "background, not in the article".
    pub fn is_background(&self) -> bool {
        self.date_text.is_none()
    }
}

/// How an event the article does not date is named wherever it is shown.
pub const BACKGROUND: &str = "background, not in the article";
/// What introduces a background event's basis, in the app and the handouts alike.
pub const BACKGROUND_BASIS: &str = "Background, not in the article";

/// A loaded, checked and indexed pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pack {
    pub article: Article,
    pub source: Source,
    pub sections: Vec<Section>,
    pub passages: Vec<Passage>,
    /// In date order.
    pub events: Vec<Event>,
    /// In order of their start.
    pub eras: Vec<Era>,
}

impl Pack {
    pub fn section(&self, index: usize) -> Option<&Section> {
        self.sections.get(index)
    }

    pub fn point(&self, r: PointRef) -> Option<&Point> {
        self.sections.get(r.section)?.points.get(r.point)
    }

    pub fn passage(&self, index: usize) -> Option<&Passage> {
        self.passages.get(index)
    }

    pub fn event(&self, index: usize) -> Option<&Event> {
        self.events.get(index)
    }

    pub fn era(&self, index: usize) -> Option<&Era> {
        self.eras.get(index)
    }

    pub fn paragraph(&self, number: usize) -> Option<&Paragraph> {
        self.source.paragraphs.get(number.checked_sub(1)?)
    }

    /// Every point, in reading order.
    pub fn point_refs(&self) -> impl Iterator<Item = PointRef> + '_ {
        self.sections.iter().enumerate().flat_map(|(section, s)| {
            (0..s.points.len()).map(move |point| PointRef { section, point })
        })
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    pub fn find_point(&self, id: &str) -> Option<PointRef> {
        self.point_refs()
            .find(|r| self.point(*r).is_some_and(|p| p.id == id))
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_labels_keep_narrow_lists_narrow() {
        for (label, short) in [
            ("Reason 3", "R3"),
            ("Pitfall 12", "P12"),
            ("Conclusion", "C"),
            ("Aim", "Aim"),
            ("Reason three", "Reason three"),
            ("Conclusion (copy 1)", "Conclusion (copy 1)"),
        ] {
            assert_eq!(short_labels(&[label]), vec![short], "{label}");
        }
    }

    proptest::proptest! {
        // PROPTEST_CASES sets how many label lists are tried (256 by default). Labels are
        // drawn from few words and numbers so that clashes are common.
        #[test]
        fn short_labels_tell_different_labels_apart(
            labels in proptest::collection::vec(
                "(Reason|Risk|Context|Conclusion|Coda|Con|Co1|R1|Aim|C) ?[0-9]{0,2}", 0..24)
        ) {
            let refs: Vec<&str> = labels.iter().map(String::as_str).collect();
            let shorts = short_labels(&refs);
            proptest::prop_assert_eq!(shorts.len(), labels.len());
            for (i, a) in labels.iter().enumerate() {
                for (j, b) in labels.iter().enumerate() {
                    proptest::prop_assert_eq!(a == b, shorts[i] == shorts[j], "{:?} {:?}", labels, shorts);
                }
            }
        }
    }

    #[test]
    fn short_labels_are_unique_in_a_pack() {
        let labels = ["Context 1", "Context 2", "Conclusion 1", "Reason 1", "Coda"];
        let shorts = short_labels(&labels);
        assert_eq!(shorts, vec!["Cont1", "Cont2", "Conc1", "R1", "Coda"]);
        // The same label twice is the same point name, not a clash to resolve.
        assert_eq!(short_labels(&["Reason 1", "Reason 1"]), vec!["R1", "R1"]);
        assert_eq!(
            short_labels(&["Context 1", "Conclusion", "Coda"]),
            vec!["C1", "Conclusion", "Coda"]
        );
        assert_eq!(short_labels(&["Reason 1", "Conclusion"]), vec!["R1", "C"]);
    }
}
