//! What a reader types into the search box, read the way people expect: several words must
//! all occur, `"a phrase"` must occur as written, `-word` must not occur, and `tag:energy`,
//! `kind:pitfall` and `in:source|points|events|passages` narrow where to look.

use super::fold::fold_word;
use crate::content::Kind;

/// Every kind of point, for `kind:` and for saying which kinds there are when one is misspelt.
const KINDS: [Kind; 6] = [
    Kind::Context,
    Kind::Reason,
    Kind::Pitfall,
    Kind::Evidence,
    Kind::Objection,
    Kind::Conclusion,
];

/// The kind a `kind:` value names, singular or plural, in any case.
fn parse_kind(value: &str) -> Option<Kind> {
    let v = value.to_lowercase();
    let v = v.strip_suffix('s').filter(|s| !s.is_empty()).unwrap_or(&v);
    KINDS.into_iter().find(|k| k.noun().to_lowercase() == v)
}

/// Where a search looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Points,
    Passages,
    Events,
    /// The article's text, paragraph by paragraph, quoted or not.
    Source,
}

impl Scope {
    fn parse(s: &str) -> Option<Self> {
        match s {
            "points" | "point" => Some(Self::Points),
            "passages" | "passage" | "quotes" => Some(Self::Passages),
            "events" | "event" | "timeline" => Some(Self::Events),
            "source" | "article" | "text" => Some(Self::Source),
            _ => None,
        }
    }
}

/// A parsed query. Words and phrases are folded (see `fold`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Words and phrases that must all occur.
    pub terms: Vec<String>,
    /// Words that must not occur.
    pub exclude: Vec<String>,
    /// Only items carrying this tag.
    pub tag: Option<String>,
    /// Only points of this kind (context, reason, pitfall, …).
    pub kind: Option<Kind>,
    /// Only this part of the pack.
    pub scope: Option<Scope>,
    /// What the query says that could not be used, to tell the reader.
    pub problems: Vec<String>,
}

impl Query {
    /// Reads a query. Unknown `in:` places and `kind:` kinds are reported, not silently
    /// ignored: a filter that can match nothing would only say "no matches" and leave the
    /// reader guessing why.
    pub fn parse(text: &str) -> Self {
        let mut q = Self::default();
        for token in tokens(text) {
            match token {
                Token::Phrase(p) => q.push_term(&p),
                Token::Word(w) => q.word(&w),
            }
        }
        q
    }

    fn push_term(&mut self, raw: &str) {
        let folded = fold_word(raw.trim());
        if !folded.is_empty() && !self.terms.contains(&folded) {
            self.terms.push(folded);
        }
    }

    fn word(&mut self, w: &str) {
        if let Some(rest) = w.strip_prefix('-').filter(|r| !r.is_empty()) {
            self.exclude.push(fold_word(rest));
            return;
        }
        let (key, value) = match w.split_once(':') {
            Some((k, v)) if !v.is_empty() => (k.to_lowercase(), v),
            _ => return self.push_term(w),
        };
        match key.as_str() {
            "tag" => self.tag = Some(value.to_lowercase()),
            "kind" => match parse_kind(value) {
                Some(k) => self.kind = Some(k),
                None => self.problems.push(unknown_kind(value)),
            },
            "in" => match Scope::parse(&value.to_lowercase()) {
                Some(s) => self.scope = Some(s),
                None => self.problems.push(format!(
                    "in:{value} is not a place to search; use in:source, in:points, in:passages or in:events"
                )),
            },
            _ => self.push_term(w),
        }
    }

    /// Whether there is anything to look for.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.tag.is_none() && self.kind.is_none()
    }

    /// The terms as one phrase: a title holding it exactly ranks first.
    pub fn phrase(&self) -> String {
        self.terms.join(" ")
    }
}

/// What to say about `kind:value` when no kind has that name: the kinds there are.
fn unknown_kind(value: &str) -> String {
    let names: Vec<String> = KINDS
        .iter()
        .map(|k| format!("kind:{}", k.noun().to_lowercase()))
        .collect();
    let (last, rest) = names
        .split_last()
        .map_or(("", &[][..]), |(l, r)| (l.as_str(), r));
    format!(
        "kind:{value} is not a kind of point; use {} or {last}",
        rest.join(", ")
    )
}

enum Token {
    Word(String),
    Phrase(String),
}

/// Splits at spaces, keeping `"quoted phrases"` (straight or typographic quotes) whole.
fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(['"', '“', '”']) {
            let end = after.find(['"', '“', '”']).unwrap_or(after.len());
            out.push(Token::Phrase(after.get(..end).unwrap_or("").to_string()));
            rest = after.get(end..).unwrap_or("");
            rest = rest
                .strip_prefix(['"', '“', '”'])
                .unwrap_or(rest)
                .trim_start();
            continue;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        out.push(Token::Word(rest.get(..end).unwrap_or("").to_string()));
        rest = rest.get(end..).unwrap_or("").trim_start();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_phrases_exclusions_and_filters() {
        let q = Query::parse(r#"gas "same bed" -europe tag:Energy kind:pitfall in:source"#);
        assert_eq!(q.terms, vec!["gas", "same bed"]);
        assert_eq!(q.exclude, vec!["europe"]);
        assert_eq!(q.tag.as_deref(), Some("energy"));
        assert_eq!(q.kind, Some(Kind::Pitfall));
        assert_eq!(q.scope, Some(Scope::Source));
        assert!(q.problems.is_empty());
    }

    #[test]
    fn typographic_quotes_make_phrases_too_and_bad_scopes_are_reported() {
        let q = Query::parse("“same bed” in:nowhere");
        assert_eq!(q.terms, vec!["same bed"]);
        assert_eq!(q.scope, None);
        assert_eq!(q.problems.len(), 1);
        let q = Query::parse("\"unclosed phrase");
        assert_eq!(q.terms, vec!["unclosed phrase"]);
        assert!(Query::parse("   ").is_empty());
        assert_eq!(Query::parse("U.S. 2013").terms, vec!["u.s.", "2013"]);
    }

    #[test]
    fn kinds_are_read_in_any_case_or_number_and_unknown_ones_name_the_real_ones() {
        assert_eq!(Query::parse("kind:Reasons").kind, Some(Kind::Reason));
        assert_eq!(Query::parse("kind:PITFALL").kind, Some(Kind::Pitfall));
        let q = Query::parse("kind:foo gas");
        assert_eq!(q.kind, None);
        assert_eq!(q.terms, vec!["gas"]);
        assert_eq!(
            q.problems,
            vec![
                "kind:foo is not a kind of point; use kind:context, kind:reason, kind:pitfall, \
                 kind:evidence, kind:objection or kind:conclusion"
            ]
        );
        assert!(Query::parse("kind:s").kind.is_none());
    }
}
