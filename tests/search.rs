#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! Search a student can trust. A labelled set of queries says what must and must not be
//! found; every query is also checked against a plain, separately written reading of the
//! pack: every literal result holds the query's words (precision), and everything holding
//! them is listed (recall).

mod common;

use std::sync::OnceLock;

use arglens::app::doc::Target;
use arglens::app::find::{HitKind, Index, Results, run};
use arglens::app::{Action::*, Overlay};
use arglens::content::Pack;
use common::{app, pack, press, screen};

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::build(&pack()))
}

fn search(q: &str) -> Results {
    run(index(), q)
}

/// What a result should be, named as an author would.
#[derive(Debug, Clone, Copy)]
enum Want {
    Point(&'static str),
    Passage(&'static str),
    Event(&'static str),
    Paragraph(usize),
    About,
}

fn target(p: &Pack, w: Want) -> Target {
    match w {
        Want::Point(id) => Target::Point(p.find_point(id).unwrap()),
        Want::Passage(id) => Target::Passage(p.passages.iter().position(|x| x.id == id).unwrap()),
        Want::Event(id) => Target::Event(p.event_index(id).unwrap()),
        Want::Paragraph(n) => Target::Paragraph(n),
        Want::About => Target::About,
    }
}

/// One labelled query: what must be among the literal results (and within the first `top`,
/// when given), and what must not be among them.
struct Case {
    query: &'static str,
    must: &'static [Want],
    top: Option<usize>,
    must_not: &'static [Want],
    /// Whether any literal match exists at all.
    found: bool,
}

const fn case(query: &'static str, must: &'static [Want]) -> Case {
    Case {
        query,
        must,
        top: None,
        must_not: &[],
        found: true,
    }
}

const fn absent(query: &'static str) -> Case {
    Case {
        query,
        must: &[],
        top: None,
        must_not: &[],
        found: false,
    }
}

const fn first(query: &'static str, w: &'static [Want], top: usize) -> Case {
    Case {
        query,
        must: w,
        top: Some(top),
        must_not: &[],
        found: true,
    }
}

impl Case {
    /// The same case with results that must not be among the literal ones.
    const fn not(self, must_not: &'static [Want]) -> Self {
        Case { must_not, ..self }
    }
}

use Want::*;

/// The labelled queries: names, places, dates, phrases, filters, exclusions, and words the
/// article does not contain. What must not be found is what a careless search would return:
/// the neighbouring year, the other half of a phrase, the excluded word's items, the kinds,
/// tags and places a filter leaves out.
const CASES: &[Case] = &[
    case(
        "Gazprom",
        &[Point("energy"), Passage("gas-target"), Paragraph(20)],
    )
    .not(&[Point("thin-economic-ties"), Event("northeast-accord")]),
    first("\"same bed\"", &[Point("same-bed")], 1).not(&[
        Paragraph(31),
        Passage("putin-independence"),
        Point("rear-flank"),
    ]),
    first("“same bed”", &[Point("same-bed")], 1).not(&[Paragraph(31)]),
    first("1860", &[Event("treaty-1860")], 3).not(&[
        Event("deng-bush-lecture"),
        Event("border-treaty"),
        Event("arms-cash-1990s"),
    ]),
    first("1996", &[Event("border-demilitarization")], 1)
        .not(&[Event("border-demarcated"), Event("gorbachev-visit")]),
    case("1990s", &[Event("arms-cash-1990s")]).not(&[Event("border-demilitarization")]),
    case("1995", &[Event("arms-cash-1990s")]).not(&[Event("border-demilitarization")]),
    case("late 1970s", &[Event("deng-reforms")]).not(&[Event("xi-moscow-trip")]),
    case("May 1989", &[Event("gorbachev-visit"), Paragraph(21)])
        .not(&[Point("friends-first"), Event("deng-reforms")]),
    case("2004", &[Event("border-demarcated")]).not(&[Event("border-demilitarization")]),
    case("JPMorgan", &[About, Paragraph(5)]).not(&[Paragraph(6), Point("the-trip")]),
    case(
        "Gorbachev",
        &[Event("gorbachev-visit"), Point("relationship-progress")],
    )
    .not(&[Event("deng-reforms")]),
    case("Deng", &[Event("deng-bush-lecture")]).not(&[Event("putin-in-power")]),
    case("Obama", &[Point("friends-first")]).not(&[Point("energy")]),
    case("Putin", &[Point("energy")]).not(&[Event("gorbachev-visit"), Point("arms")]),
    case("Shenzhen", &[Point("first-moves"), Paragraph(7)]).not(&[Paragraph(8)]),
    case("Chengde", &[Event("treaty-1860")]).not(&[Event("border-treaty")]),
    case("Vladivostok", &[Point("european-self-image")]).not(&[Point("island-disputes")]),
    case("Libya", &[Point("multipolar")]).not(&[Point("friends-first")]),
    case("Kuril", &[Point("island-disputes")]).not(&[Point("rear-flank"), Paragraph(30)]),
    case("Taiwan", &[Point("territorial-caution"), About]).not(&[Point("island-disputes")]),
    case(
        "missile defense",
        &[
            Passage("missile-defense-china"),
            Passage("missile-defense-russia"),
        ],
    )
    .not(&[Passage("arms-new-quality")]),
    // Paragraphs carry no tags, so a tag leaves them out however well they match.
    case("tag:energy gas", &[Point("energy")]).not(&[Paragraph(20), Paragraph(28)]),
    case("kind:pitfall border", &[Point("territorial-grievances")]).not(&[
        Point("relationship-progress"),
        Event("border-treaty"),
        Paragraph(26),
        Passage("unequal-treaties"),
    ]),
    case("kind:reason russia", &[Point("energy")]).not(&[
        Point("asymmetry"),
        Point("the-trip"),
        Point("same-bed"),
        Paragraph(20),
    ]),
    case("in:source Gazprom", &[Paragraph(20)]).not(&[Point("energy"), Passage("gas-target")]),
    case("in:events 2008", &[Event("top-trading-partner")])
        .not(&[Point("relationship-progress"), Paragraph(21)]),
    case("in:points 1989", &[Point("relationship-progress")])
        .not(&[Event("gorbachev-visit"), Paragraph(21)]),
    case("gas -nato", &[Point("energy")]).not(&[Point("missile-defense"), Paragraph(19)]),
    case("russia -nato", &[Point("energy")]).not(&[
        Point("missile-defense"),
        Passage("missile-defense-russia"),
        Paragraph(19),
    ]),
    case("gas -putin", &[Event("gas-deal-target")]).not(&[
        Point("energy"),
        Passage("gas-price"),
        Paragraph(20),
    ]),
    case("R6", &[Point("energy")]).not(&[Point("arms"), Point("multipolar")]),
    case("Reason 6", &[Point("energy")]).not(&[Point("arms")]),
    absent("kazakhstan"),
    absent("Brazil"),
    absent("Trump"),
    absent("Mongolia"),
    absent("gas tag:history"),
];

/// Everything a reader can see of one search target, as plain lower-case text, written
/// separately from the index so the two can be compared.
fn plain_text(p: &Pack, t: Target) -> String {
    let text = match t {
        Target::Point(r) => {
            let x = p.point(r).unwrap();
            format!(
                "{} {} {} {} {} {} {}",
                x.label,
                x.short_label(),
                x.title,
                x.claim,
                x.explanation,
                x.notes.clone().unwrap_or_default(),
                ""
            )
        }
        Target::Passage(i) => p.passages[i].text.clone(),
        Target::Event(i) => {
            let e = &p.events[i];
            format!(
                "{} {} {} {} {} {} {}",
                e.title,
                e.description,
                e.date.short(),
                e.date,
                e.date.in_words(),
                e.date_text.clone().unwrap_or_default(),
                e.note.clone().unwrap_or_default()
            ) + " "
                + e.basis.as_deref().unwrap_or_default()
        }
        Target::Paragraph(n) => p.paragraph(n).unwrap().text.clone(),
        Target::About => {
            let a = &p.article;
            let authors: Vec<String> = a
                .authors
                .iter()
                .map(|x| format!("{} {}", x.name, x.bio))
                .collect();
            format!(
                "{} {} {} {} {} {}",
                a.title,
                a.publisher,
                a.attribution,
                authors.join(" "),
                a.question.clone().unwrap_or_default(),
                a.notes.join(" ")
            )
        }
        _ => String::new(),
    };
    let text = text
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace(['“', '”'], "\"");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `word` starts a word in `text` (both lower case).
fn has_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Every target a search can find, for the recall check.
fn all_targets(p: &Pack) -> Vec<Target> {
    let mut out: Vec<Target> = p.point_refs().map(Target::Point).collect();
    out.extend((0..p.passages.len()).map(Target::Passage));
    out.extend((0..p.events.len()).map(Target::Event));
    out.extend(
        p.source
            .paragraphs
            .iter()
            .map(|x| Target::Paragraph(x.number)),
    );
    out.push(Target::About);
    out
}

/// A query as the checks read it, apart from the engine's parser: words and quoted phrases
/// that must all occur, `-words` that must not, and the `tag:`, `kind:` and `in:` filters.
#[derive(Default)]
struct Plain {
    terms: Vec<String>,
    exclude: Vec<String>,
    tag: Option<String>,
    kind: Option<String>,
    scope: Option<String>,
}

fn plain_query(q: &str) -> Plain {
    let mut out = Plain::default();
    let q = q.to_lowercase().replace(['“', '”'], "\"");
    for (n, part) in q.split('"').enumerate() {
        if n % 2 == 1 {
            out.terms.push(part.trim().to_string());
            continue;
        }
        for w in part.split_whitespace() {
            let filter = |key| w.strip_prefix(key).map(str::to_string);
            if let Some(x) = w.strip_prefix('-') {
                out.exclude.push(x.to_string());
            } else if let Some(t) = filter("tag:") {
                out.tag = Some(t);
            } else if let Some(k) = filter("kind:") {
                out.kind = Some(k);
            } else if let Some(s) = filter("in:") {
                out.scope = Some(s);
            } else {
                out.terms.push(w.to_string());
            }
        }
    }
    out
}

/// The tags a target is filtered by: a point's or an event's own, a passage's from the points
/// quoting it; paragraphs and the About page have none.
fn tags_of(p: &Pack, t: Target) -> Vec<String> {
    match t {
        Target::Point(r) => p.point(r).unwrap().tags.clone(),
        Target::Event(i) => p.events[i].tags.clone(),
        Target::Passage(i) => p.passages[i]
            .cited_by
            .iter()
            .flat_map(|r| p.point(*r).unwrap().tags.clone())
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether a year written as a query word falls in the span of an event's date: "1995" is
/// in "the 1990s".
fn year_in_span(p: &Pack, t: Target, word: &str) -> bool {
    let year = (word.len() == 4)
        .then(|| word.parse::<i32>().ok())
        .flatten();
    match (t, year) {
        (Target::Event(i), Some(y)) => {
            let (from, to) = p.events[i].date.years();
            (from..=to).contains(&y)
        }
        _ => false,
    }
}

/// Whether a reader would expect `t` among the literal results of `q`, judged from the
/// pack's own text.
fn expected(p: &Pack, q: &Plain, t: Target) -> bool {
    let text = plain_text(p, t);
    let in_scope = matches!(
        (q.scope.as_deref(), t),
        (None, _)
            | (Some("points"), Target::Point(_))
            | (Some("passages"), Target::Passage(_))
            | (Some("events"), Target::Event(_))
            | (Some("source"), Target::Paragraph(_))
    );
    let tagged = q
        .tag
        .as_ref()
        .is_none_or(|tag| tags_of(p, t).iter().any(|x| x.to_lowercase() == *tag));
    let of_kind = q.kind.as_ref().is_none_or(|k| match t {
        Target::Point(r) => p.point(r).unwrap().kind.noun().to_lowercase() == *k,
        _ => false,
    });
    let all_there = q
        .terms
        .iter()
        .all(|w| has_word(&text, w) || year_in_span(p, t, w));
    let left_out = q.exclude.iter().any(|w| has_word(&text, w));
    in_scope && tagged && of_kind && all_there && !left_out
}

#[test]
fn the_labelled_queries_find_what_they_must_and_nothing_they_must_not() {
    let p = pack();
    for c in CASES {
        let r = search(c.query);
        let literal: Vec<Target> = r.hits[..r.literal].iter().map(|h| h.target).collect();
        assert_eq!(!literal.is_empty(), c.found, "{:?}: {literal:?}", c.query);
        for w in c.must {
            let t = target(&p, *w);
            let at = literal.iter().position(|x| *x == t);
            let at = at.unwrap_or_else(|| panic!("{:?} does not find {w:?}", c.query));
            if let Some(top) = c.top {
                assert!(
                    at < top,
                    "{:?}: {w:?} is result {} (want top {top})",
                    c.query,
                    at + 1
                );
            }
        }
        for w in c.must_not {
            assert!(
                !literal.contains(&target(&p, *w)),
                "{:?} finds {w:?}",
                c.query
            );
        }
    }
    assert!(CASES.len() >= 30);
    assert!(
        CASES.iter().all(|c| !c.found || !c.must_not.is_empty()),
        "every query that finds something says what it must not find"
    );
}

#[test]
fn literal_results_hold_the_words_and_every_item_holding_them_is_listed() {
    // Every labelled query, dates, phrases, filters and exclusions included: the literal
    // results are exactly what the pack's own text says they should be.
    let p = pack();
    let everything = all_targets(&p);
    for c in CASES {
        let q = plain_query(c.query);
        let r = search(c.query);
        let literal: Vec<Target> = r.hits[..r.literal].iter().map(|h| h.target).collect();
        assert_eq!(
            literal.len(),
            r.found,
            "{:?}: every match is listed",
            c.query
        );
        for t in &literal {
            assert!(expected(&p, &q, *t), "{:?} wrongly finds {t:?}", c.query);
        }
        for t in &everything {
            if expected(&p, &q, *t) {
                assert!(literal.contains(t), "{:?} misses {t:?}", c.query);
            }
        }
        // What the case says must not be found is not what the text expects either, so the
        // labels and the reading agree.
        for w in c.must_not {
            assert!(!expected(&p, &q, target(&p, *w)), "{:?}: {w:?}", c.query);
        }
    }
}

#[test]
fn close_matches_come_only_when_literal_ones_are_few_and_are_labelled() {
    // A typo finds what was meant, as a close match, never under the word "matches".
    let r = search("gazprm");
    assert_eq!(r.literal, 0);
    let energy = pack().find_point("energy").unwrap();
    assert!(
        r.hits
            .iter()
            .any(|h| h.close && h.target == Target::Point(energy)),
        "{r:?}"
    );
    let mut a = app((100, 40));
    press(&mut a, &[Search]);
    for c in "gazprm".chars() {
        press(&mut a, &[Type(c)]);
    }
    let s = screen(&a);
    assert!(
        s.contains("No matches for “gazprm”; close matches for “gazprom” follow."),
        "{s}"
    );
    assert!(s.contains("searched for “gazprom” instead"), "{s}");
    // The close matches mark the words that were searched for instead.
    for h in r.hits.iter().filter(|h| h.close) {
        let marked: Vec<&str> = h.matched.iter().map(|&(a, b)| &h.text[a..b]).collect();
        assert!(
            marked.iter().all(|m| m.eq_ignore_ascii_case("gazprom")),
            "{marked:?}"
        );
    }
    // More typos: a letter left out, changed, or two letters of two words.
    let p = pack();
    for (typo, want) in [
        ("Vladivstok", Point("european-self-image")),
        ("Gorbachov", Event("gorbachev-visit")),
        ("missle defence", Point("missile-defense")),
        ("Chengdu", Event("treaty-1860")),
    ] {
        let r = search(typo);
        assert_eq!(r.literal, 0, "{typo}");
        let t = target(&p, want);
        assert!(
            r.hits.iter().any(|h| h.close && h.target == t),
            "{typo}: {r:?}"
        );
    }
    // Plenty of literal matches: no close ones are added.
    let r = search("Russia");
    assert!(r.literal >= 3 && r.hits.len() == r.literal);
    // Words the article never uses have no literal matches, whatever is close.
    assert_eq!(search("kazakhstan").literal, 0);
}

/// The order a reader meets things in, written from the pack on its own: the article's
/// paragraphs in order, each followed by the passages quoted from it and the events it tells
/// of; the points in the sections' order, each after the first paragraph it quotes but never
/// before a point listed ahead of it; then what the text does not place, the About page last.
fn reading_order(p: &Pack) -> Vec<Target> {
    let first_quoted = |r| {
        let pt = p.point(r).unwrap();
        pt.passages.iter().map(|&i| p.passages[i].paragraph).min()
    };
    let mut points: Vec<(usize, Target)> = Vec::new();
    for r in p.point_refs() {
        let after = points.last().map_or(0, |x| x.0);
        points.push((after.max(first_quoted(r).unwrap_or(0)), Target::Point(r)));
    }
    let event_at = |i: usize| {
        let e = &p.events[i];
        let quoted = e.passages.iter().map(|&x| p.passages[x].paragraph).min();
        let cited = points
            .iter()
            .filter(|(_, t)| e.points.iter().any(|r| *t == Target::Point(*r)))
            .map(|x| x.0)
            .min();
        quoted.or(cited)
    };
    let last = p.source.paragraphs.iter().map(|x| x.number).max().unwrap();
    let mut out = Vec::new();
    for n in 0..=last + 1 {
        out.extend(p.paragraph(n).map(|x| Target::Paragraph(x.number)));
        let passages = (0..p.passages.len()).filter(|&i| p.passages[i].paragraph == n);
        out.extend(passages.map(Target::Passage));
        let events = (0..p.events.len()).filter(|&i| event_at(i).unwrap_or(last + 1) == n);
        out.extend(events.map(Target::Event));
        out.extend(points.iter().filter(|x| x.0 == n).map(|x| x.1));
    }
    out.push(Target::About);
    assert_eq!(out.len(), all_targets(p).len(), "every target placed once");
    out
}

#[test]
fn ranking_puts_titles_first_and_keeps_article_order_among_equals() {
    let p = pack();
    for r in p.point_refs() {
        let title = &p.point(r).unwrap().title;
        assert_eq!(search(title).hits[0].target, Target::Point(r), "{title:?}");
    }
    for (i, e) in p.events.iter().enumerate() {
        let hits = search(&e.title.to_lowercase()).hits;
        assert_eq!(hits[0].target, Target::Event(i), "{:?}", e.title);
    }
    // The NATO mention comes first for "nato".
    let hits = search("nato").hits;
    assert!(
        hits[0].text.to_lowercase().contains("nato"),
        "{:?}",
        hits[0]
    );
    // Ranks never get better further down the list, and equally good results come in the
    // order a reader meets them, whatever their kind.
    let reading = reading_order(&p);
    let at = |t: &Target| reading.iter().position(|x| x == t).unwrap();
    for q in [
        "Russia", "China", "gas", "Putin", "border", "Japan", "1989", "trade",
    ] {
        let hits = search(q).hits;
        assert!(hits.windows(2).all(|w| w[0].rank <= w[1].rank), "{q}");
        for w in hits
            .windows(2)
            .filter(|w| w[0].rank == w[1].rank && !w[0].close && !w[1].close)
        {
            assert!(
                at(&w[0].target) < at(&w[1].target),
                "{q}: {} before {}",
                w[1].place,
                w[0].place
            );
        }
    }
    // Ties are not grouped by kind: among the equally good results for "Russia", a passage or
    // paragraph comes before a point that quotes further on in the article.
    let hits = search("Russia").hits;
    let mixed = hits.windows(2).any(|w| {
        w[0].rank == w[1].rank && w[0].kind != HitKind::Point && w[1].kind == HitKind::Point
    });
    assert!(mixed, "{hits:#?}");
    // Results say what they are, not internal ids.
    for h in &hits {
        assert!(!h.place.contains("gas-target"), "{}", h.place);
        assert!(matches!(
            h.kind,
            HitKind::Point | HitKind::Passage | HitKind::Event | HitKind::Source | HitKind::About
        ));
    }
}

#[test]
fn every_snippet_shows_the_matched_words_marked() {
    for q in [
        "Gazprom",
        "Putin",
        "missile defense",
        "\"same bed\"",
        "Vladivostok",
    ] {
        for h in search(q).hits.iter().filter(|h| !h.close) {
            assert!(
                !h.matched.is_empty() || !h.place_matched.is_empty(),
                "{q}: {h:?}"
            );
            let text = h.text.as_str();
            let place = h.place.as_str();
            let marks = h.matched.iter().map(|&(a, b)| &text[a..b]);
            for marked in marks.chain(h.place_matched.iter().map(|&(a, b)| &place[a..b])) {
                let marked = marked.to_lowercase();
                assert!(
                    q.to_lowercase().replace('"', "").contains(&marked)
                        || marked
                            .split_whitespace()
                            .all(|w| q.to_lowercase().contains(w)),
                    "{q}: marked {marked:?}"
                );
            }
        }
    }
}

#[test]
fn chinese_and_cyrillic_are_found_in_a_pack_that_has_them() {
    let cjk = common::odd_packs()
        .into_iter()
        .find(|(n, _)| *n == "CJK")
        .unwrap()
        .1;
    let index = Index::build(&cjk);
    for q in ["访问", "莫斯科", "путин", "ПУТИН", "Путин"] {
        assert!(run(&index, q).literal > 0, "{q}");
    }
    assert_eq!(run(&index, "北京").literal, 0);
}

#[test]
fn enter_lands_with_the_words_marked_and_n_steps_without_piling_up_history() {
    let mut a = app((100, 30));
    let start = a.nav.clone();
    press(&mut a, &[Search]);
    for c in "gazprom".chars() {
        press(&mut a, &[Type(c)]);
    }
    press(&mut a, &[Activate]);
    assert!(a.overlay.is_none());
    assert_eq!(a.history.back_stack().len(), 1);
    assert_eq!(a.searches.highlighted(), ["gazprom"]);
    press(&mut a, &[SearchNext, SearchNext, SearchNext]);
    assert_eq!(a.history.back_stack().len(), 1, "n adds no history");
    press(&mut a, &[Back]);
    assert_eq!(a.nav, start, "one Back returns to where the search began");
}

#[test]
fn the_box_edits_like_a_shell_line_and_remembers_queries() {
    use arglens::app::action::Edit::*;
    let mut a = app((100, 30));
    press(&mut a, &[Search]);
    for c in "gas deal".chars() {
        press(&mut a, &[Type(c)]);
    }
    let query = |a: &arglens::app::App| match &a.overlay {
        Some(Overlay::Search(s)) => s.query().to_string(),
        _ => panic!("no search box"),
    };
    press(&mut a, &[Edit(DeleteWord)]);
    assert_eq!(query(&a), "gas ");
    press(&mut a, &[Edit(Home), Type('a'), Type(' ')]);
    assert_eq!(query(&a), "a gas ");
    press(&mut a, &[Edit(End), Edit(DeleteToStart)]);
    assert_eq!(query(&a), "");
    for c in "Putin".chars() {
        press(&mut a, &[Type(c)]);
    }
    press(&mut a, &[Activate, Search]);
    assert_eq!(query(&a), "", "a new box is empty");
    press(&mut a, &[Up]);
    assert_eq!(
        query(&a),
        "Putin",
        "↑ in an empty box recalls the last query"
    );
    press(&mut a, &[Down]);
    assert_eq!(query(&a), "");
}

#[test]
fn slash_in_the_source_view_finds_words_in_the_article_like_less() {
    let mut a = app((100, 30));
    press(&mut a, &[ToggleSource, Search]);
    for c in "russia".chars() {
        press(&mut a, &[Type(c)]);
    }
    let s = screen(&a);
    assert!(s.contains("Find in the article: russia"), "{s}");
    press(&mut a, &[Activate]);
    let (all, at) = arglens::app::views::source::find::found(&a).unwrap();
    assert!(all.len() > 10);
    assert_eq!(at, Some(0));
    assert!(arglens::app::status::location(&a).contains(&format!("1 of {}", all.len())));
    press(&mut a, &[SearchNext, SearchNext]);
    assert!(arglens::app::status::location(&a).contains(&format!("3 of {}", all.len())));
    press(&mut a, &[SearchPrev, SearchPrev, SearchPrev]);
    let n = all.len();
    assert!(
        arglens::app::status::location(&a).contains(&format!("{n} of {n}")),
        "wraps"
    );
    // The occurrence gone to is on screen.
    let nav = *a.nav.source().unwrap();
    let o = all[nav.found.unwrap()];
    let (_, _, h) = arglens::app::views::source::current(&a).unwrap();
    assert!(
        o.line >= nav.doc.scroll && o.line < nav.doc.scroll + h,
        "{o:?} {nav:?} {h}"
    );
}

/// The occurrences are kept between frames (the status line counts them on every one), so
/// what is kept must be what finding again gives: after another search, and at another width.
#[test]
fn the_occurrences_kept_are_those_of_the_last_words_at_the_current_width() {
    use arglens::app::views::source::{current, find::found};
    let fresh = |a: &arglens::app::App| {
        let terms = a.searches.highlighted().to_vec();
        current(a).unwrap().0.occurrences(&terms)
    };
    let mut a = app((100, 30));
    press(&mut a, &[ToggleSource]);
    // Each search in the same view, laid out the same.
    for word in ["russia", "gazprom"] {
        press(&mut a, &[Search]);
        for c in word.chars() {
            press(&mut a, &[Type(c)]);
        }
        press(&mut a, &[Activate]);
        let (all, _) = found(&a).unwrap();
        assert!(!all.is_empty(), "{word}");
        assert_eq!(all.to_vec(), fresh(&a), "{word}");
    }
    press(&mut a, &[Search]);
    for c in "china".chars() {
        press(&mut a, &[Type(c)]);
    }
    press(&mut a, &[Activate]);
    let wide = found(&a).unwrap().0;
    press(&mut a, &[Resize(60, 30)]);
    let narrow = found(&a).unwrap().0;
    assert_eq!(narrow.to_vec(), fresh(&a));
    assert_ne!(wide.to_vec(), narrow.to_vec(), "the lines moved");
    assert_eq!(
        arglens::app::status::location(&a),
        format!(
            "Source › {} of {} for “china”",
            a.nav.source().unwrap().found.unwrap() + 1,
            narrow.len()
        )
    );
}

#[test]
fn an_index_built_elsewhere_is_kept_only_for_the_pack_it_was_built_from() {
    use arglens::app::action::Indexed;
    use std::sync::Arc;
    let mut a = app((100, 30));
    assert!(a.memo().built_index().is_none());
    // An index of another pack (one replaced by a reload meanwhile) is dropped.
    let other = Arc::new((*pack()).clone());
    let index = Arc::new(Index::build(&other));
    press(&mut a, &[Indexed(Indexed { pack: other, index })]);
    assert!(a.memo().built_index().is_none());
    let index = Arc::new(Index::build(&a.pack));
    press(&mut a, &[Say("Theme: light".into())]);
    let built = Indexed {
        pack: Arc::clone(&a.pack),
        index: Arc::clone(&index),
    };
    press(&mut a, &[Indexed(built)]);
    assert!(a.memo().built_index().is_some());
    assert_eq!(a.status.message.as_deref(), Some("Theme: light"), "kept");
    // The search uses it rather than building another.
    press(&mut a, &[Search, Type('g')]);
    assert!(Arc::ptr_eq(a.memo().built_index().unwrap(), &index));
}

#[test]
fn a_hit_in_an_unquoted_paragraph_opens_the_source_there_with_the_word_marked() {
    let mut a = app((100, 30));
    press(&mut a, &[Search]);
    for c in "in:source jpmorgan".chars() {
        press(&mut a, &[Type(c)]);
    }
    press(&mut a, &[Activate]);
    let nav = *a.nav.source().expect("the source view is open");
    assert_eq!(nav.paragraph, Some(5));
    let (all, _) = arglens::app::views::source::find::found(&a).unwrap();
    let (_, _, h) = arglens::app::views::source::current(&a).unwrap();
    assert!(
        all.iter()
            .any(|o| o.line >= nav.doc.scroll && o.line < nav.doc.scroll + h),
        "JPMorgan is marked on screen: {all:?} {nav:?}"
    );
}

#[test]
fn an_unknown_kind_says_which_kinds_there_are_instead_of_only_no_matches() {
    let r = search("kind:foo gas");
    assert!(
        r.problems
            .iter()
            .any(|p| p.contains("kind:foo") && p.contains("kind:pitfall")),
        "{:?}",
        r.problems
    );
    let mut a = app((120, 30));
    press(&mut a, &[Search]);
    for c in "kind:foo gas".chars() {
        press(&mut a, &[Type(c)]);
    }
    let s = screen(&a);
    assert!(s.contains("kind:foo is not a kind of point"), "{s}");
    assert!(s.contains("kind:reason"), "{s}");
    // A kind that exists narrows as before, written in any case or number.
    let pitfalls = search("kind:Pitfalls border");
    assert!(pitfalls.problems.is_empty() && pitfalls.literal > 0);
}

#[test]
fn help_says_what_the_search_looks_in_and_how_to_write_a_query() {
    use arglens::app::keymap::Layer;
    use arglens::app::views::pages::help_doc;
    let text = |l| {
        let doc = help_doc(l, 100);
        // Wrapped lines joined again, so a phrase is found wherever the wrap fell.
        let lines: Vec<&str> = doc.lines.iter().map(|x| x.text.as_str()).collect();
        lines
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    for layer in [Layer::List, Layer::Detail, Layer::Axis, Layer::Map] {
        let t = text(layer);
        for needle in [
            "the article and About",
            "Writing a search",
            "\"same bed\"",
            "-nato",
            "tag:energy",
            "kind:pitfall",
            "in:source",
            "in:passages",
        ] {
            assert!(t.contains(needle), "{layer:?} help lacks {needle:?}:\n{t}");
        }
    }
    // In the source view `/` finds words in the article only, and its help says so.
    let source = text(Layer::Source);
    assert!(source.contains("Find words in the article"), "{source}");
    assert!(!source.contains("Search points"), "{source}");
    assert!(!source.contains("Writing a search"), "{source}");
}

#[test]
fn an_unknown_tag_says_which_tags_there_are_and_a_known_one_says_nothing() {
    let r = search("tag:astrology gas");
    let tags: std::collections::BTreeSet<String> = pack()
        .sections
        .iter()
        .flat_map(|s| s.points.iter().flat_map(|p| p.tags.iter().cloned()))
        .collect();
    assert!(
        !tags.contains("astrology"),
        "the check needs a tag the pack lacks"
    );
    let some = tags.iter().next().unwrap();
    assert!(
        r.problems.iter().any(
            |p| p.contains("nothing is tagged astrology") && p.contains(&format!("tag:{some}"))
        ),
        "{:?}",
        r.problems
    );
    let known = search(&format!("tag:{some} russia"));
    assert!(known.problems.is_empty(), "{:?}", known.problems);
}

/// The box's kept layout is always what a fresh layout would be, and a key that only moves
/// the selection reuses it: a large pack lists hundreds of results, laid out once per query.
#[test]
fn the_box_is_laid_out_once_per_query_and_always_matches_a_fresh_layout() {
    use arglens::app::views::{picklist, search as box_view};
    use std::sync::Arc;
    let mut a = app((100, 30));
    let fresh = |a: &arglens::app::App| {
        let (s, doc, _) = box_view::current(a).expect("the box is open");
        assert_eq!(*doc, box_view::search_doc(s, picklist::text_width(a)));
        doc
    };
    press(&mut a, &[Search, Type('r'), Type('u'), Type('s')]);
    let laid = fresh(&a);
    press(&mut a, &[Down, Down]);
    assert!(Arc::ptr_eq(&laid, &fresh(&a)), "moving reuses the layout");
    let Some(Overlay::Search(s)) = &a.overlay else {
        panic!("the box is open")
    };
    assert_eq!(s.cursor.selected, Some(2));
    for step in [
        vec![Type('s')],
        vec![Edit(arglens::app::action::Edit::Left)],
        vec![Resize(140, 40)],
        vec![Erase, Erase, Erase],
        vec![Type('x'), Type('q'), Type('z')],
        vec![Erase, Erase, Erase, Up],
    ] {
        press(&mut a, &step);
        let doc = fresh(&a);
        assert!(!Arc::ptr_eq(&laid, &doc), "{step:?} lays the box out again");
    }
}

/// A match is marked on the characters as written, however the query spells the apostrophe:
/// the curly one (three bytes) inside the word is covered, and nothing before or after it.
#[test]
fn matches_are_marked_on_the_text_as_written() {
    use arglens::app::find::fold::fold;
    for q in ["china’s", "china's", "CHINA`S"] {
        let results = search(q);
        let marked: Vec<&str> = results
            .hits
            .iter()
            .flat_map(|h| h.matched.iter().map(|&(a, b)| &h.text[a..b]))
            .collect();
        assert!(marked.contains(&"China’s"), "{q}: {marked:?}");
        for m in &marked {
            assert_eq!(fold(m).text, "china's", "{q}: marked {m:?}");
        }
    }
}

/// The index keeps its own copy of a field's text only when it differs from the pack's, and a
/// folded copy only when the text is not plain (ASCII with typographic quotes, dashes and
/// spaces at most); every field's text, wherever it is read from, is the text that was
/// searched, and searching it is searching its folded form.
#[test]
fn every_field_shows_the_text_it_was_searched_in() {
    use arglens::app::find::fold::fold;
    use arglens::app::find::searched::{Searched, is_plain};
    use arglens::content::text::normalize_ws;
    let mut packs = common::odd_packs();
    packs.push(("shipped", pack()));
    for (name, p) in packs {
        let index = Index::build(&p);
        let (mut fields, mut plain) = (0, 0);
        for e in &index.entries {
            for n in 0..e.fields.len() {
                let text = index.text(e, n);
                let at = format!("{name}: {:?} field {n}", e.target);
                assert_eq!(text, normalize_ws(text), "{at}");
                match index.searched(e, n) {
                    Searched::Folded(f) => {
                        assert!(!is_plain(text), "{at}: plain text folded");
                        assert_eq!(*f, fold(text), "{at}");
                    }
                    Searched::Plain(s) => {
                        assert_eq!(s, text, "{at}");
                        assert!(is_plain(text), "{at}: not plain");
                        plain += 1;
                    }
                }
                fields += 1;
            }
            assert_eq!(
                index.text(e, e.fields.len()),
                "",
                "{name}: past the last field"
            );
        }
        assert!(fields > index.entries.len(), "{name}: {fields} fields");
        if name == "shipped" {
            assert!(
                plain > 0 && plain < fields,
                "{plain} of {fields} fields plain"
            );
        }
    }
}

/// Resized through every width, the box is laid out for the width it is drawn at, and no
/// line of it is wider than the box.
#[test]
fn the_box_is_laid_out_for_every_width() {
    use arglens::app::views::{picklist, search as box_view};
    use arglens::wrap::width;
    let mut a = app((100, 30));
    press(
        &mut a,
        &[Search, Type('r'), Type('u'), Type('s'), Type('s')],
    );
    for h in [24u16, 40, 67] {
        for w in 60..=300u16 {
            press(&mut a, &[Resize(w, h), Down]);
            let (s, doc, rect) = box_view::current(&a).expect("the box is open");
            let cols = picklist::text_width(&a);
            assert_eq!(*doc, box_view::search_doc(s, cols), "{w}x{h}");
            let inside = usize::from(rect.width.saturating_sub(4));
            for line in &doc.lines {
                assert!(width(&line.text) <= inside, "{w}x{h}: {:?}", line.text);
            }
        }
    }
}
