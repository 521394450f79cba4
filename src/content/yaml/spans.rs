//! Where the items of a list sit in a file's text, so that each item can be read on its own
//! and a mistake in one does not hide the mistakes in the others.
//!
//! Items are found in the text rather than in the parsed document because the YAML library
//! gives no positions for values. Both ways of writing a list are understood: block style
//! (`- ` items, what pack files use) and flow style (`[{…}, {…}]`, what JSON uses). A layout
//! this does not understand gives no spans, and the file is then read whole.

use std::ops::Range;

/// A list under a key of a file's outermost mapping.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// Where the key's line ends its `key:` (the byte after the colon): a block list's
    /// placeholder goes there.
    pub after_colon: usize,
    /// The list's value: from `[` to `]`, or from the first item's `-` to the end of the last.
    pub value: Range<usize>,
    /// Each item: from its `-` (block style) or its first character (flow style) to its end.
    pub items: Vec<Range<usize>>,
    /// Written with `- ` items rather than in brackets.
    pub block: bool,
}

/// The list under `key` in the outermost mapping of `text`, if it is laid out in a way this
/// module understands.
pub fn list(text: &str, key: &str) -> Option<List> {
    let root = first_content(text, 0)?;
    if text.get(root..)?.starts_with('{') {
        let (_, members) = flow_elements(text, root)?;
        let value = members
            .iter()
            .find_map(|m| split_member(text, m.clone()).filter(|(k, _)| k == key))?
            .1;
        return flow_list(text, value.start, value.start);
    }
    let (line_start, line) = lines(text).find(|(_, l)| {
        l.strip_prefix(key)
            .is_some_and(|rest| rest.starts_with(':'))
    })?;
    let after_colon = line_start + key.len() + 1;
    let rest = text.get(after_colon..line_start + line.len())?;
    let value_start = after_colon + (rest.len() - rest.trim_start().len());
    if rest.trim_start().starts_with('[') {
        return flow_list(text, value_start, after_colon);
    }
    if !(rest.trim().is_empty() || rest.trim_start().starts_with('#')) {
        return None;
    }
    block_list(text, line_start + line.len(), after_colon)
}

/// The members of the outermost flow mapping (`{ "a": …, "b": … }`, a JSON document): each
/// key with the range of its value and the range of the whole member.
pub fn members(text: &str) -> Option<Vec<Member>> {
    let root = first_content(text, 0)?;
    if !text.get(root..)?.starts_with('{') {
        return None;
    }
    let (close, members) = flow_elements(text, root)?;
    let mut out = Vec::new();
    for m in members {
        let (key, value) = split_member(text, m.clone())?;
        out.push(Member {
            key,
            value,
            whole: m,
        });
    }
    out.push(Member {
        key: String::new(),
        value: close..close + 1,
        whole: root..root + 1,
    });
    Some(out)
}

/// One member of a flow mapping. The last member [`members`] gives has an empty key: its
/// `whole` is the opening brace and its `value` the closing one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub key: String,
    pub value: Range<usize>,
    pub whole: Range<usize>,
}

/// The keys of the flow mapping whose `{` is at `open`, each with where its member starts.
pub fn flow_keys(text: &str, open: usize) -> Option<Vec<(String, usize)>> {
    text.get(open..)?.starts_with('{').then_some(())?;
    let (_, members) = flow_elements(text, open)?;
    let keys = members
        .into_iter()
        .map(|m| Some((split_member(text, m.clone())?.0, m.start)));
    keys.collect()
}

/// The elements of the flow list whose `[` is at `open`.
pub fn flow_items(text: &str, open: usize) -> Option<Vec<Range<usize>>> {
    text.get(open..)?.starts_with('[').then_some(())?;
    Some(flow_elements(text, open)?.1)
}

/// `text` with everything outside `keep` turned into spaces (line breaks stay), so that a
/// parser reads only what is kept, at its own line and column. Each blanked character becomes
/// as many spaces as it had bytes, so every byte offset into `text` still holds.
pub fn only(text: &str, keep: &[Range<usize>]) -> String {
    // Byte by byte: every byte of a blanked character is replaced, and no byte of a
    // multi-byte character is a line break, so this is the same as character by character.
    let mut out: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'\n' { b'\n' } else { b' ' })
        .collect();
    for r in keep {
        // A character is kept when it starts inside `r`: its bytes run to a boundary.
        let (start, end) = (next_boundary(text, r.start), next_boundary(text, r.end));
        if let (Some(to), Some(from)) = (out.get_mut(start..end), text.as_bytes().get(start..end)) {
            to.copy_from_slice(from);
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| only_by_chars(text, keep))
}

/// The first character boundary of `text` at or after `i` (its length past the end).
fn next_boundary(text: &str, i: usize) -> usize {
    (i..text.len())
        .find(|&j| text.is_char_boundary(j))
        .unwrap_or(text.len())
}

/// [`only`] character by character.
fn only_by_chars(text: &str, keep: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c == '\n' || keep.iter().any(|r| r.contains(&i)) {
            out.push(c);
        } else {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        }
    }
    out
}

/// Replaces the bytes at `at` (which must hold only single-byte characters) with `with`,
/// keeping every other position.
pub fn overwrite(text: &mut String, at: usize, with: &str) {
    if let Some(old) = text.get(at..at + with.len())
        && old.is_ascii()
    {
        text.replace_range(at..at + with.len(), with);
    }
}

fn flow_list(text: &str, open: usize, after_colon: usize) -> Option<List> {
    let (close, items) = flow_elements(text, open)?;
    Some(List {
        after_colon,
        value: open..close + 1,
        items,
        block: false,
    })
}

/// Block items: the lines after the key that start with `- ` at the indentation of the first.
fn block_list(text: &str, from: usize, after_colon: usize) -> Option<List> {
    let mut indent = None;
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut end = from;
    for (start, line) in lines(text).filter(|(s, _)| *s > from) {
        let trimmed = line.trim_start();
        let width = line.len() - trimmed.len();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            // Deeper than the items, such a line may be the text of a block scalar (`# not a
            // comment`, trailing spaces): it belongs to the item it follows.
            if indent.is_some_and(|w| width > w) {
                end = start + line.len();
            }
            continue;
        }
        let is_item = trimmed == "-" || trimmed.starts_with("- ");
        match indent {
            None if is_item => indent = Some(width),
            None => break,
            Some(w) if width < w || (width == w && !is_item) => break,
            Some(_) => {}
        }
        if is_item && indent == Some(width) {
            if let Some(last) = items.last_mut() {
                last.end = end;
            }
            items.push(start + width..start + line.len());
        }
        end = start + line.len();
    }
    if let Some(last) = items.last_mut() {
        last.end = end;
    }
    let first = items.first()?.start;
    Some(List {
        after_colon,
        value: first..end,
        items,
        block: true,
    })
}

/// Each line with the byte where it starts.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    text.split('\n').map(move |line| {
        let here = start;
        start += line.len() + 1;
        (here, line)
    })
}

/// The first byte at or after `from` that is neither white space nor in a comment.
fn first_content(text: &str, from: usize) -> Option<usize> {
    let mut in_comment = false;
    for (i, c) in text.get(from..)?.char_indices() {
        match c {
            '\n' => in_comment = false,
            _ if in_comment => {}
            '#' => in_comment = true,
            c if c.is_whitespace() => {}
            _ => return Some(from + i),
        }
    }
    None
}

/// The elements of the flow collection opening at `open` (`[` or `{`), each trimmed, and the
/// position of its closing bracket. Quoted strings are skipped whole.
fn flow_elements(text: &str, open: usize) -> Option<(usize, Vec<Range<usize>>)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut elements = Vec::new();
    let mut start = open + 1;
    let mut i = open;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => i = skip_quoted(bytes, i)?,
            b'[' | b'{' => depth += 1,
            b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    push_trimmed(text, start..i, &mut elements);
                    return Some((i, elements));
                }
            }
            b',' if depth == 1 => {
                push_trimmed(text, start..i, &mut elements);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index of the closing quote of the string opening at `open`.
fn skip_quoted(bytes: &[u8], open: usize) -> Option<usize> {
    let quote = *bytes.get(open)?;
    let mut i = open + 1;
    while let Some(&b) = bytes.get(i) {
        if quote == b'"' && b == b'\\' {
            i += 2;
            continue;
        }
        if b == quote {
            if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let Some(s) = text.get(range.clone()) else {
        return;
    };
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push(range.start + lead..range.start + lead + trimmed.len());
    }
}

/// `"key": value` (or `key: value`) as the key and the range of the value.
fn split_member(text: &str, range: Range<usize>) -> Option<(String, Range<usize>)> {
    let s = text.get(range.clone())?;
    let bytes = s.as_bytes();
    let colon = if bytes.first().is_some_and(|b| *b == b'"' || *b == b'\'') {
        let close = skip_quoted(bytes, 0)?;
        close + 1 + s.get(close + 1..)?.find(':')?
    } else {
        s.find(':')?
    };
    let key = s
        .get(..colon)?
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .to_string();
    let value = s.get(colon + 1..)?;
    let lead = value.len() - value.trim_start().len();
    Some((key, range.start + colon + 1 + lead..range.end))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // PROPTEST_CASES sets how many texts are tried (256 by default).
        #[test]
        fn blanking_bytes_is_blanking_characters(
            text in "[ab \n中é-]{0,24}",
            keep in proptest::collection::vec((0usize..30, 0usize..30), 0..4),
        ) {
            let keep: Vec<Range<usize>> = keep.into_iter().map(|(a, b)| a.min(b)..a.max(b)).collect();
            proptest::prop_assert_eq!(only(&text, &keep), only_by_chars(&text, &keep));
        }
    }

    fn texts<'a>(text: &'a str, ranges: &[Range<usize>]) -> Vec<&'a str> {
        ranges.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn block_items_run_to_the_next_dash() {
        let text =
            "# c\nevents:\n  - id: a\n    x: >-\n      folded\n\n  # note\n  - id: b\nother: 1\n";
        let l = list(text, "events").unwrap();
        assert!(l.block);
        assert_eq!(
            texts(text, &l.items),
            ["- id: a\n    x: >-\n      folded", "- id: b"]
        );
        assert_eq!(&text[l.after_colon - 7..l.after_colon], "events:");
    }

    #[test]
    fn flow_and_json_items_are_split_at_top_level_commas() {
        let text = "{\n  \"format\": \"x\",\n  \"events\": [\n    {\"id\": \"a, b\", \"t\": [1, 2]},\n    {\"id\": \"c\"}\n  ]\n}\n";
        let l = list(text, "events").unwrap();
        assert!(!l.block);
        assert_eq!(
            texts(text, &l.items),
            ["{\"id\": \"a, b\", \"t\": [1, 2]}", "{\"id\": \"c\"}"]
        );
        let flow = "passages: [{id: a}, {id: 'it''s, b'}]\n";
        assert_eq!(
            texts(flow, &list(flow, "passages").unwrap().items),
            ["{id: a}", "{id: 'it''s, b'}"]
        );
    }

    #[test]
    fn blanking_keeps_lines_and_columns() {
        assert_eq!(only("ab\ncd\nef", &[3..5, 9..9]), "  \ncd\n  ");
        // A blanked character keeps its bytes, so offsets after it still hold.
        let text = "a: “x”\n- id: b\n";
        let dash = text.find('-').unwrap();
        let kept = only(text, std::slice::from_ref(&(dash..text.len())));
        assert_eq!(kept.len(), text.len());
        assert_eq!(&kept[kept.find('-').unwrap()..], "- id: b\n");
        let mut s = String::from("- id: a");
        overwrite(&mut s, 0, " ");
        assert_eq!(s, "  id: a");
    }

    #[test]
    fn json_members_name_their_values() {
        let text = "{\"a\": 1, \"b\": [2]}";
        let m = members(text).unwrap();
        assert_eq!(m[1].key, "b");
        assert_eq!(&text[m[1].value.clone()], "[2]");
        assert_eq!(&text[m[2].value.clone()], "}");
    }
}
