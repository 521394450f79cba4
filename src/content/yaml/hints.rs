//! Plain-words hints for YAML syntax errors: the library says what its parser expected, this
//! says what the author most likely wrote and how to write it instead.

/// What to tell the author about a syntax error: where to point (when the library points
/// somewhere less useful), a message, and a hint.
pub(super) struct Advice {
    pub place: Option<(usize, usize)>,
    pub message: String,
    pub hint: Option<String>,
}

/// Advice for the library's `message` (its full text, with locations), reported at `place`
/// in `text`.
pub(super) fn advise(full: &str, place: Option<(usize, usize)>, text: &str) -> Advice {
    let message = full
        .find(" at line ")
        .and_then(|at| full.get(..at))
        .unwrap_or(full)
        .to_string();
    let line = place
        .and_then(|(l, _)| text.lines().nth(l.checked_sub(1)?))
        .unwrap_or("");
    if let Some(opened) = quote_opened_at(full) {
        return Advice {
            place: Some(opened),
            message: "this quoted value is never closed".into(),
            hint: Some(
                "end the value with the same quote mark it starts with; a long text can go \
                 unquoted on the lines below `key: >-` instead"
                    .into(),
            ),
        };
    }
    if message.starts_with("did not find expected")
        && let Some((opened, closed)) = place.and_then(|p| runaway_quote(p, text))
    {
        return Advice {
            place: Some(opened),
            message: "this quoted value is never closed".into(),
            hint: Some(format!(
                "end the value with the same quote mark it starts with: as it is, the value \
                 runs on to the quote mark on line {closed}, and what follows that is read \
                 as a new key"
            )),
        };
    }
    if message.starts_with("did not find expected")
        && !line.contains('\t')
        && let Some(advice) = place.and_then(|(l, _)| misindented(l, text))
    {
        return advice;
    }
    let hint = if line.contains('\t') {
        Some("YAML does not allow tabs for indentation: indent with spaces".to_string())
    } else if message.starts_with("mapping values are not allowed") {
        Some(quote_the_value(line).unwrap_or_else(|| INDENT.to_string()))
    } else if message.starts_with("did not find expected")
        || message.starts_with("could not find expected ':'")
    {
        Some(INDENT.to_string())
    } else if message.starts_with("found unexpected end of stream") {
        Some("the file ends inside a value: look for a `[` or `{` that is never closed".into())
    } else {
        None
    };
    Advice {
        place,
        message,
        hint,
    }
}

const INDENT: &str = "check the indentation of this line and the one above: the keys of one \
     item start in the same column, each `- ` item of a list starts in the column of the \
     first, and indentation is made of spaces";

/// For a key the parser stopped at because it lines up with no key above it, such as
/// `date_text:` indented 3 spaces among keys indented 4 (the parser closes the item at the
/// shallower line and then finds neither a `- ` nor a key of the mapping outside): where it
/// is and the column it most likely belongs in. The columns it could line up with are those
/// of the keys still open at its line, the nearest such key above telling which; the
/// nearest column wins, and of two as near, the key closer above.
fn misindented(line: usize, text: &str) -> Option<Advice> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line.checked_sub(1)?)?;
    // A misplaced `- ` item is left to the general hint: the fix there is the dash's column.
    if here.trim_start().starts_with('-') {
        return None;
    }
    let (column, key) = key_of(here)?;
    let mut bound = usize::MAX;
    let mut best: Option<(usize, usize, &str)> = None;
    for (i, above) in lines.iter().enumerate().take(line - 1).rev() {
        let Some((c, k)) = key_of(above) else {
            continue;
        };
        if c == column && c < bound {
            return None;
        }
        if c < bound && best.is_none_or(|(b, ..)| c.abs_diff(column) < b.abs_diff(column)) {
            best = Some((c, i + 1, k));
        }
        bound = bound.min(above.len() - above.trim_start().len());
    }
    let (want, at, other) = best?;
    let how = match want {
        0 => format!("start `{key}:` at the beginning of its line"),
        n => format!("indent `{key}:` by {n} spaces"),
    };
    Some(Advice {
        place: Some((line, column + 1)),
        message: format!(
            "this key is indented {column} spaces, which lines up with no key above it"
        ),
        hint: Some(format!(
            "{how}, as `{other}:` is on line {at}: the keys of one item start in the same column"
        )),
    })
}

/// The column where a line's key starts (after its indentation and any `- `), and the key;
/// `None` for a line that gives no key.
fn key_of(line: &str) -> Option<(usize, &str)> {
    let content = line.trim_start();
    let content = content.strip_prefix("- ").map_or(content, str::trim_start);
    let (key, rest) = content.split_once(':')?;
    let plain = !key.is_empty() && !key.contains([' ', '#', '"', '\'', '[', '{']);
    (plain && (rest.is_empty() || rest.starts_with(' '))).then(|| (line.len() - content.len(), key))
}

/// "…, while scanning a quoted scalar at line 3 column 10": where the unclosed quote opens.
fn quote_opened_at(full: &str) -> Option<(usize, usize)> {
    let rest = full
        .split("while scanning a quoted scalar at line ")
        .nth(1)?;
    let (line, rest) = rest.split_once(" column ")?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some((line.trim().parse().ok()?, column.parse().ok()?))
}

/// For an error reported after a quote mark on its line: where a quoted value opens on a line
/// above without closing there, the quote the parser took to end it being the one on the
/// error's line. Returns the opening quote's place and the error's line. The lines between
/// hold no quote mark of that kind, or one of them would have ended the value.
fn runaway_quote((line, column): (usize, usize), text: &str) -> Option<((usize, usize), usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let here = lines.get(line.checked_sub(1)?)?;
    let before: String = here.chars().take(column.saturating_sub(1)).collect();
    for quote in ['"', '\''] {
        if !before.contains(quote) {
            continue;
        }
        for (i, above) in lines.iter().enumerate().take(line - 1).rev() {
            if let Some(opened) = opens_unclosed(above, quote) {
                return Some(((i + 1, opened), line));
            }
            if above.contains(quote) {
                break;
            }
        }
    }
    None
}

/// The column of a value on `line` that opens with `quote` and does not close on the line.
fn opens_unclosed(line: &str, quote: char) -> Option<usize> {
    let content = line.trim_start();
    let content = content.strip_prefix("- ").unwrap_or(content);
    let value = match content.split_once(": ") {
        Some((key, value)) if !key.contains(quote) => value,
        _ => content,
    }
    .trim_start();
    let inner = value.strip_prefix(quote)?;
    let closed = if quote == '"' {
        let mut escaped = false;
        inner.chars().any(|c| {
            let ends = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            ends
        })
    } else {
        // Within single quotes a quote mark is written twice; a lone one ends the value.
        inner.replace("''", "").contains('\'')
    };
    if closed {
        return None;
    }
    let at = line.len() - value.len();
    Some(line.get(..at)?.chars().count() + 1)
}

/// For `title: Remedy: a bigger pool`: the same line with the value quoted.
fn quote_the_value(line: &str) -> Option<String> {
    let content = line.trim_start();
    let content = content.strip_prefix("- ").unwrap_or(content).trim_start();
    let (key, value) = content.split_once(": ")?;
    let value = value.trim();
    let plain_key = !key.is_empty() && !key.contains([' ', '"', '\'', '#']);
    let unquoted = !value.starts_with(['"', '\'', '[', '{', '>', '|']);
    if !(plain_key && unquoted && value.contains(':')) {
        return None;
    }
    let quoted = if value.contains('"') {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    };
    Some(format!(
        "a value holding \": \" must be quoted: `{key}: {quoted}`"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_colon_in_a_value_suggests_quoting_it() {
        let a = advise(
            "mapping values are not allowed in this context at line 1 column 14",
            Some((1, 14)),
            "title: Remedy: a bigger pool\n",
        );
        assert_eq!(a.message, "mapping values are not allowed in this context");
        assert_eq!(
            a.hint.as_deref(),
            Some("a value holding \": \" must be quoted: `title: \"Remedy: a bigger pool\"`")
        );
    }

    #[test]
    fn an_unclosed_quote_points_at_its_opening() {
        let a = advise(
            "found unexpected end of stream at line 3 column 1, while scanning a quoted scalar at line 1 column 4",
            Some((3, 1)),
            "a: \"x\nb: 2\n",
        );
        assert_eq!(a.place, Some((1, 4)));
        assert_eq!(a.message, "this quoted value is never closed");
    }

    #[test]
    fn a_quote_left_open_mid_file_is_found_above_where_the_parser_stopped() {
        let text = "a:\n  - t: \"open\n    u: plain\n  - t: \"shut\"\n";
        let a = advise(
            "did not find expected key at line 4 column 10, while parsing a block mapping at line 2 column 5",
            Some((4, 10)),
            text,
        );
        assert_eq!(a.place, Some((2, 8)));
        assert_eq!(a.message, "this quoted value is never closed");
        assert!(a.hint.unwrap().contains("line 4"));
        let single = "a: 'it''s\nb: 'x'\n";
        let a = advise("did not find expected key", Some((2, 5)), single);
        assert_eq!(a.place, Some((1, 4)));
        let balanced = "a: \"x\"\nb: \"y\" z\n";
        let a = advise("did not find expected key", Some((2, 8)), balanced);
        assert_eq!(a.place, Some((2, 8)), "no quote is open above");
        assert!(a.hint.unwrap().contains("indentation"));
    }

    #[test]
    fn a_key_that_lines_up_with_no_key_above_is_shown_where_it_belongs() {
        let text = "a:\n  - id: x\n    b: >-\n      text: here\n   c: 1\n";
        let a = advise(
            "did not find expected '-' indicator at line 5 column 4, while parsing a block collection at line 2 column 3",
            Some((5, 4)),
            text,
        );
        assert_eq!(a.place, Some((5, 4)));
        assert_eq!(
            a.message,
            "this key is indented 3 spaces, which lines up with no key above it"
        );
        assert!(
            a.hint
                .unwrap()
                .starts_with("indent `c:` by 4 spaces, as `b:` is on line 3")
        );
        let top = advise(
            "did not find expected key",
            Some((4, 2)),
            "a:\n  - id: x\n    b: 1\n c: 2\n",
        );
        assert!(
            a_hint(&top)
                .starts_with("start `c:` at the beginning of its line, as `a:` is on line 1")
        );
    }

    fn a_hint(a: &Advice) -> &str {
        a.hint.as_deref().unwrap_or_default()
    }

    #[test]
    fn tabs_and_indentation_get_their_own_hints() {
        let tab = advise(
            "found character that cannot start any token at line 2 column 1",
            Some((2, 1)),
            "a:\n\tb: 1\n",
        );
        assert!(tab.hint.unwrap().contains("tabs"));
        let indent = advise(
            "mapping values are not allowed in this context at line 2 column 3",
            Some((2, 3)),
            "a: 1\n b: 2\n",
        );
        assert!(indent.hint.unwrap().contains("indentation"));
    }
}
