//! Marking the words a search looked for in a line of a document, wherever the line is shown:
//! in the detail pane a search result opened, or in the source view after `/`.

use super::{Line, Mark, Role};
use crate::app::find::ranges_in;

/// Where the search words occur in a line's text, outside its margin, as byte ranges.
pub fn matches(line: &Line, terms: &[String]) -> Vec<(usize, usize)> {
    if terms.is_empty() {
        return Vec::new();
    }
    let margin = line
        .marks
        .iter()
        .filter(|m| m.role == Role::Margin)
        .map(|m| m.end)
        .max()
        .unwrap_or(0);
    ranges_in(&line.text, terms)
        .into_iter()
        .filter(|(start, _)| *start >= margin)
        .collect()
}

/// The line with the search words marked as matches. A match inside a marked part (a
/// quotation in the source) keeps that part's link, so selecting it still shows.
pub fn highlight(line: &Line, terms: &[String]) -> Line {
    let found = matches(line, terms);
    if found.is_empty() {
        return line.clone();
    }
    let mut cuts: Vec<usize> = vec![0, line.text.len()];
    for m in &line.marks {
        cuts.extend([m.start, m.end]);
    }
    for (a, b) in &found {
        cuts.extend([*a, *b]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut marks: Vec<Mark> = Vec::new();
    for pair in cuts.windows(2) {
        let (start, end) = match pair {
            [a, b] if a < b => (*a, *b),
            _ => continue,
        };
        let under = line.marks.iter().find(|m| m.start <= start && end <= m.end);
        let matched = found.iter().any(|(a, b)| *a <= start && end <= *b);
        let (role, link) = match (matched, under) {
            (true, u) => (Role::Matched, u.and_then(|m| m.link)),
            (false, Some(m)) => (m.role, m.link),
            (false, None) => continue,
        };
        match marks.last_mut() {
            Some(last) if last.end == start && last.role == role && last.link == link => {
                last.end = end;
            }
            _ => marks.push(Mark {
                start,
                end,
                role,
                link,
            }),
        }
    }
    Line {
        marks,
        ..line.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::cursor::Anchor;

    fn line(text: &str, marks: Vec<Mark>) -> Line {
        Line {
            role: Role::Body,
            text: text.into(),
            link: None,
            marks,
            anchor: Anchor::default(),
        }
    }

    #[test]
    fn marks_whole_words_and_keeps_the_quotation_they_fall_in() {
        let text = "20 ┃ Gazprom wants gas";
        let shift = "20 ┃ ".len();
        let margin = Mark {
            start: 0,
            end: shift,
            role: Role::Margin,
            link: None,
        };
        let quoted = Mark {
            start: shift,
            end: text.len(),
            role: Role::Cited,
            link: Some(3),
        };
        let l = line(text, vec![margin, quoted]);
        let h = highlight(&l, &["gazprom".to_string(), "20".to_string()]);
        let roles: Vec<(usize, usize, Role, Option<usize>)> = h
            .marks
            .iter()
            .map(|m| (m.start, m.end, m.role, m.link))
            .collect();
        // The paragraph number in the margin is not a match; Gazprom is, inside the quotation.
        let g = l.text.find("Gazprom").unwrap();
        assert!(roles.contains(&(0, shift, Role::Margin, None)));
        assert!(roles.contains(&(g, g + 7, Role::Matched, Some(3))));
        assert!(
            roles.windows(2).all(|w| w[0].1 <= w[1].0),
            "in order, apart"
        );
        assert_eq!(highlight(&l, &[]).marks, l.marks);
    }
}
