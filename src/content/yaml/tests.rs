use super::*;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Point {
    id: String,
    explanation: String,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    paragraph: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct Points {
    title: String,
    points: Vec<Point>,
}

impl ItemList for Points {
    type Item = Point;
    const KEY: &'static str = "points";
    fn items_mut(&mut self) -> &mut Vec<Point> {
        &mut self.points
    }
}

fn file(text: &str) -> PackFile {
    PackFile::new("p.yaml", text)
}

fn one(p: Parsed<Point>) -> Diagnostic {
    assert_eq!(p.problems.len(), 1, "{:#?}", p.problems);
    p.problems.into_iter().next().unwrap()
}

#[test]
fn unknown_fields_are_located_and_get_a_suggestion() {
    let e = one(parse::<Point>(&file("id: a\nexplantion: b\n")));
    assert_eq!(e.line, Some(2));
    assert!(
        e.message.contains("unknown field `explantion`"),
        "{}",
        e.message
    );
    assert_eq!(e.hint.as_deref(), Some("did you mean `explanation`?"));
    assert!(!e.message.contains(" at line "));
}

#[test]
fn a_misspelt_key_is_read_under_its_meant_name_and_every_one_is_reported() {
    let p = parse::<Point>(&file("id: a\nexplantion: b\ntgas: [x]\nparagrph: 3\n"));
    let lines: Vec<Option<usize>> = p.problems.iter().map(|d| d.line).collect();
    assert_eq!(lines, [Some(2), Some(3), Some(4)], "{:#?}", p.problems);
    let v = p.value.unwrap();
    assert_eq!(v.explanation, "b");
    assert_eq!(v.tags, ["x"]);
    assert_eq!(v.paragraph, Some(3));
}

#[test]
fn an_unknown_key_with_no_near_name_is_left_out_with_its_value() {
    let p = parse::<Point>(&file(
        "id: a\nzzzzzzzzzz: >-\n  folded\n  text\nexplanation: b\n",
    ));
    assert_eq!(p.problems.len(), 1, "{:#?}", p.problems);
    assert_eq!(p.value.unwrap().explanation, "b");
}

#[test]
fn syntax_errors_are_located() {
    let p = parse::<Point>(&file("id: a\nexplanation: [unclosed\n"));
    let e = one(p);
    assert!(e.line.is_some());
    assert!(e.column.is_some());
}

#[test]
fn missing_fields_name_the_field() {
    let e = one(parse::<Point>(&file("id: a\n")));
    assert!(
        e.message.contains("missing field `explanation`"),
        "{}",
        e.message
    );
}

#[test]
fn every_broken_item_is_reported_and_the_others_are_kept() {
    let text = "title: T\npoints:\n  - id: a\n    explanation: fine\n  - id: b\n    paragraph: three\n    explanation: x\n  - id: c\n  - id: d\n    explanation: fine too\n";
    let p = parse_items::<Points>(&file(text));
    let got: Vec<(Option<usize>, &str)> = p
        .problems
        .iter()
        .map(|d| (d.line, d.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                Some(6),
                "points[1].paragraph: invalid type: string \"three\", expected usize"
            ),
            (Some(8), "points[2]: missing field `explanation`"),
        ]
    );
    let kept: Vec<String> = p.value.unwrap().points.into_iter().map(|p| p.id).collect();
    assert_eq!(kept, ["a", "d"]);
    let broken: Vec<Option<&str>> = p.broken.iter().map(|b| b.id.as_deref()).collect();
    assert_eq!(broken, [Some("b"), Some("c")]);
}

#[test]
fn items_in_json_are_read_one_by_one_too() {
    let text = "{\n  \"title\": \"T\",\n  \"points\": [\n    {\n      \"id\": \"a\",\n      \"explanaton\": \"x\"\n    },\n    {\n      \"id\": \"b\"\n    }\n  ]\n}\n";
    let p = parse_items::<Points>(&file(text));
    let got: Vec<(Option<usize>, &str)> = p
        .problems
        .iter()
        .map(|d| (d.line, d.message.as_str()))
        .collect();
    assert_eq!(got.len(), 2, "{got:#?}");
    assert_eq!(got[0].0, Some(6));
    assert!(got[0].1.contains("unknown field `explanaton`"));
    assert_eq!(got[1], (Some(8), "points[1]: missing field `explanation`"));
    assert_eq!(p.value.unwrap().points.len(), 1);
}

#[test]
fn a_broken_header_still_reads_its_items() {
    let text = "titel: T\npoints:\n  - id: a\n";
    let p = parse_items::<Points>(&file(text));
    let lines: Vec<Option<usize>> = p.problems.iter().map(|d| d.line).collect();
    assert_eq!(lines, [Some(1), Some(3)], "{:#?}", p.problems);
}

#[test]
fn items_after_text_in_other_scripts_are_read_in_place() {
    let text = "title: “Curly” 中文\npoints:\n  - id: a\n    explanation: “one”\n    colour: red\n  - id: b\n    explanation: two\n";
    let p = parse_items::<Points>(&file(text));
    assert_eq!(p.problems.len(), 1, "{:#?}", p.problems);
    assert_eq!(p.problems[0].line, Some(5));
    assert_eq!(p.value.unwrap().points.len(), 2);
}

/// An item whose second key is indented one space short: the library closes the item before
/// that key and then stops at it, and reading the item's fields first made the report a
/// missing field that is right there on the next line.
const SHORT_INDENT: &str = "title: T\npoints:\n  - id: a\n    explanation: x\n  - id: b\n    paragraph: 2\n   explanation: y\n    tags: [t]\n";

#[test]
fn a_key_indented_short_of_its_item_is_reported_where_it_is() {
    let by_items = parse_items::<Points>(&file(SHORT_INDENT));
    let whole = parse::<Points>(&file(SHORT_INDENT));
    for p in [by_items, whole] {
        assert!(p.value.is_none());
        let e = &p.problems[..];
        assert_eq!(e.len(), 1, "{e:#?}");
        assert_eq!((e[0].line, e[0].column), (Some(7), Some(4)), "{e:#?}");
        assert!(e[0].message.contains("indented 3 spaces"), "{e:#?}");
        let hint = e[0].hint.as_deref().unwrap_or_default();
        assert!(hint.contains("`explanation:` by 4 spaces"), "{hint}");
        assert!(hint.contains("line 6"), "{hint}");
    }
}

#[test]
fn a_key_given_twice_is_reported_where_it_is_given_again() {
    let text = "title: T\npoints:\n  - id: a\n    explanation: x\n    tags: [a]\n    explanation: y\n  - id: b\n    explanation: z\n";
    let p = parse_items::<Points>(&file(text));
    assert_eq!(p.problems.len(), 1, "{:#?}", p.problems);
    let e = &p.problems[0];
    assert_eq!((e.line, e.column), (Some(6), Some(5)), "{e:#?}");
    assert_eq!(e.message, "points[0]: duplicate field `explanation`");
    assert!(
        e.hint.as_deref().unwrap_or_default().contains("line 4"),
        "{e:#?}"
    );
    // At the top of a file, and in a flow mapping (JSON).
    let e = one(parse::<Point>(&file("id: a\nexplanation: x\nid: b\n")));
    assert_eq!((e.line, e.column), (Some(3), Some(1)), "{e:#?}");
    let json = "{\"id\": \"a\", \"explanation\": \"x\",\n \"id\": \"b\"}\n";
    let e = one(parse::<Point>(&file(json)));
    assert_eq!((e.line, e.column), (Some(2), Some(2)), "{e:#?}");
    assert!(
        e.hint.as_deref().unwrap_or_default().contains("line 1"),
        "{e:#?}"
    );
}
