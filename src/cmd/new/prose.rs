//! The article's text as `new` reads it: hard-wrapped text joined into paragraphs, and
//! sentences found the way a reader finds them (not at "No." or "Mr.").

use unicode_segmentation::UnicodeSegmentation;

/// Lines longer than this are not the lines of a hard-wrapped text.
const WRAP_WIDTH: usize = 100;

/// The text with each run of lines between blank lines joined into one paragraph, when it
/// looks hard-wrapped: paragraphs separated by blank lines, some of several lines, and nearly
/// every line shorter than [`WRAP_WIDTH`]. `None` when it does not.
pub fn unwrap_paragraphs(text: &str) -> Option<Unwrapped> {
    let blocks: Vec<Vec<&str>> = text
        .split('\n')
        .collect::<Vec<_>>()
        .split(|l| l.trim().is_empty())
        .filter(|b| !b.is_empty())
        .map(|b| b.iter().map(|l| l.trim()).collect())
        .collect();
    let lines: Vec<&str> = blocks.iter().flatten().copied().collect();
    let separated = text.lines().any(|l| l.trim().is_empty());
    let multi_line = blocks.iter().any(|b| b.len() > 1);
    let short = lines
        .iter()
        .filter(|l| l.chars().count() <= WRAP_WIDTH)
        .count();
    if !(separated && multi_line && short * 10 >= lines.len() * 9) {
        return None;
    }
    let paragraphs: Vec<String> = blocks.iter().map(|b| b.join(" ")).collect();
    Some(Unwrapped {
        lines: lines.len(),
        paragraphs: paragraphs.len(),
        text: paragraphs.join("\n\n") + "\n",
    })
}

/// A hard-wrapped text joined into paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unwrapped {
    /// How many lines the text had.
    pub lines: usize,
    /// How many paragraphs they became.
    pub paragraphs: usize,
    /// One paragraph per line, blank lines between.
    pub text: String,
}

/// Words ending in a full stop that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "gen", "col", "capt",
    "lt", "sgt", "gov", "sen", "rep", "hon", "vs", "etc", "e.g", "i.e", "cf", "vol", "p", "pp",
    "ch", "art", "sec", "fig", "ed", "eds", "mt", "ft", "co", "corp", "inc", "ltd", "u.s", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The sentences of a paragraph, each a slice of it: Unicode sentence boundaries, except after
/// an abbreviation ("No. 10", "Mr. Madison") or an initial ("James A. Bayard").
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, s) in paragraph.split_sentence_bound_indices() {
        let end = i + s.len();
        if ends_with_abbreviation(s) && end < paragraph.len() {
            continue;
        }
        if let Some(sentence) = paragraph.get(start..end).map(str::trim)
            && !sentence.is_empty()
        {
            out.push(sentence);
        }
        start = end;
    }
    if let Some(rest) = paragraph.get(start..).map(str::trim)
        && !rest.is_empty()
    {
        out.push(rest);
    }
    out
}

fn ends_with_abbreviation(segment: &str) -> bool {
    let Some(word) = segment.trim_end().strip_suffix('.') else {
        return false;
    };
    let last = word
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let lower = last.to_lowercase();
    let initial = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    initial || ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_do_not_end_at_abbreviations() {
        let p =
            "The Federalist No. 10 was written by Mr. Madison. It appeared in 1787. Was it read?";
        assert_eq!(
            sentences(p),
            [
                "The Federalist No. 10 was written by Mr. Madison.",
                "It appeared in 1787.",
                "Was it read?"
            ]
        );
        assert_eq!(
            sentences("James A. Bayard spoke. Then"),
            ["James A. Bayard spoke.", "Then"]
        );
        assert_eq!(
            sentences("中国很大。俄罗斯也很大。"),
            ["中国很大。", "俄罗斯也很大。"]
        );
    }

    #[test]
    fn hard_wrapped_text_is_joined_into_paragraphs() {
        let wrapped = "THE FEDERALIST No. 10\n\nAmong the numerous advantages promised by a well\nconstructed Union, none deserves to be more\naccurately developed.\n\nBy a faction, I understand a number of citizens.\n";
        let u = unwrap_paragraphs(wrapped).unwrap();
        assert_eq!((u.lines, u.paragraphs), (5, 3));
        assert_eq!(
            u.text,
            "THE FEDERALIST No. 10\n\nAmong the numerous advantages promised by a well constructed Union, none deserves to be more accurately developed.\n\nBy a faction, I understand a number of citizens.\n"
        );
    }

    #[test]
    fn one_paragraph_per_line_is_left_alone() {
        assert_eq!(unwrap_paragraphs("One.\n\nTwo.\n\nThree.\n"), None);
        assert_eq!(unwrap_paragraphs("One.\nTwo.\nThree.\n"), None);
        let long = format!("{}\n{}\n\nEnd.\n", "word ".repeat(60), "more ".repeat(60));
        assert_eq!(unwrap_paragraphs(&long), None);
    }
}
