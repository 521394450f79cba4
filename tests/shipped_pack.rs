#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The shipped pack is faithful to its source. These tests check the article's properties
//! directly from the loaded pack and the raw source text, independently of the validator.

use std::collections::HashSet;

use arglens::content::{self, Kind, Pack, text};

const SOURCE: &str = include_str!("../assets/xi-jinping-moscow-2013.txt");

fn pack() -> Pack {
    match content::load_embedded() {
        Ok(checked) => checked.pack,
        Err(e) => panic!("the shipped pack does not load:\n{e}"),
    }
}

#[test]
fn loads_without_errors_or_warnings() {
    let checked = content::load_embedded().unwrap_or_else(|e| panic!("{e}"));
    let warnings: Vec<String> = checked.warnings.iter().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
}

#[test]
fn the_folder_and_the_built_in_copy_agree() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let from_dir = content::load_dir(&std::path::Path::new(dir).join("content"))
        .unwrap_or_else(|e| panic!("{e}"));
    let built_in = pack();
    assert_eq!(format!("{:?}", from_dir.pack), format!("{built_in:?}"));
}

#[test]
fn every_file_of_the_pack_is_compiled_in() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut on_disk = Vec::new();
    for dir in ["content", "content/sections"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "yaml") {
                on_disk.push(
                    path.strip_prefix(root.join("content"))
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    for f in std::fs::read_dir(root.join("assets")).unwrap() {
        on_disk.push(format!(
            "../assets/{}",
            f.unwrap().file_name().to_string_lossy()
        ));
    }
    let compiled: HashSet<&str> = content::embedded::FILES.iter().map(|(p, _)| *p).collect();
    for f in &on_disk {
        assert!(
            compiled.contains(f.as_str()),
            "{f} is not in content::embedded::FILES"
        );
        let text = std::fs::read_to_string(root.join("content").join(f)).unwrap();
        assert_eq!(
            content::embedded::file(f),
            Some(text.as_str()),
            "{f} differs from its compiled copy"
        );
    }
}

#[test]
fn every_passage_is_verbatim_in_its_paragraph() {
    let p = pack();
    let paragraphs = text::paragraphs(SOURCE);
    for passage in &p.passages {
        let para = text::normalize_ws(paragraphs[passage.paragraph - 1]);
        assert!(
            para.contains(&text::normalize_ws(&passage.text)),
            "passage {} is not verbatim in paragraph {}",
            passage.id,
            passage.paragraph
        );
    }
}

#[test]
fn every_body_paragraph_is_quoted() {
    let p = pack();
    let quoted: HashSet<usize> = p.passages.iter().map(|x| x.paragraph).collect();
    let non_body = [3, 4, 5, 6, 13, 14, 23];
    let paragraphs = text::paragraphs(SOURCE);
    assert_eq!(paragraphs.len(), 32);
    for n in 1..=paragraphs.len() {
        if !non_body.contains(&n) {
            assert!(
                quoted.contains(&n),
                "paragraph {n} is quoted by no passage: {}",
                paragraphs[n - 1]
            );
        }
    }
    // The non-body lines are exactly the headings, bylines, author notes and page furniture.
    assert_eq!(paragraphs[2], "Why Moscow?");
    assert_eq!(paragraphs[22], "Potential Pitfalls");
    assert_eq!(paragraphs[3], "Douglas H. Paal");
    assert_eq!(paragraphs[12], "Dmitri Trenin");
}

#[test]
fn sections_are_the_articles_two_parts_in_order() {
    let p = pack();
    let titles: Vec<&str> = p.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Why Moscow?", "Potential Pitfalls"]);
}

#[test]
fn why_moscow_has_context_then_six_reasons_in_order() {
    let p = pack();
    let why = &p.sections[0];
    let kinds: Vec<Kind> = why.points.iter().map(|x| x.kind).collect();
    let first_reason = kinds.iter().position(|k| *k == Kind::Reason).unwrap();
    assert!(first_reason > 0, "context comes first");
    assert!(kinds[..first_reason].iter().all(|k| *k == Kind::Context));
    let reasons: Vec<_> = why
        .points
        .iter()
        .filter(|x| x.kind == Kind::Reason)
        .collect();
    assert_eq!(reasons.len(), 6);
    // Each reason quotes the paragraph where the article announces it ("First, …" to "And sixth, …").
    let openers = [
        "First,",
        "Second,",
        "Third,",
        "Fourth,",
        "Fifth,",
        "And sixth,",
    ];
    for (i, (reason, opener)) in reasons.iter().zip(openers).enumerate() {
        assert_eq!(reason.label, format!("Reason {}", i + 1));
        let first = &p.passages[reason.passages[0]];
        assert!(
            first.text.starts_with(opener),
            "reason {} should open with {opener:?}",
            i + 1
        );
    }
}

#[test]
fn pitfalls_cover_every_topic_the_text_raises() {
    let p = pack();
    let pitfalls = &p.sections[1];
    // Seven pitfalls, from the first to the one the article introduces with "Finally,", then
    // the conclusion.
    let kinds: Vec<Kind> = pitfalls.points.iter().map(|x| x.kind).collect();
    let (last, before) = kinds.split_last().unwrap();
    assert_eq!(*last, Kind::Conclusion);
    assert_eq!(before, [Kind::Pitfall; 7]);
    let finally = &pitfalls.points[6];
    assert!(p.passages[finally.passages[0]].text.starts_with("Finally,"));
    let quoted: String = pitfalls
        .points
        .iter()
        .flat_map(|x| &x.passages)
        .map(|&i| p.passages[i].text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    for topic in [
        "resource-rich, population-poor",
        "Amur River",
        "unequal treaties",
        "essentially European",
        "Central Asia",
        "Vietnam",
        "South China Sea",
        "Abkhazia",
        "rear flank",
        "same bed, different dreams",
    ] {
        assert!(quoted.contains(topic), "no pitfall quotes {topic:?}");
    }
}

#[test]
fn every_point_has_a_passage_and_ids_are_unique() {
    let p = pack();
    let mut ids = HashSet::new();
    for s in &p.sections {
        assert!(ids.insert(format!("section:{}", s.id)));
        for point in &s.points {
            assert!(!point.passages.is_empty(), "{} has no passage", point.id);
            assert!(
                ids.insert(format!("point:{}", point.id)),
                "duplicate {}",
                point.id
            );
        }
    }
    for x in &p.passages {
        assert!(
            ids.insert(format!("passage:{}", x.id)),
            "duplicate {}",
            x.id
        );
    }
    for e in &p.events {
        assert!(ids.insert(format!("event:{}", e.id)), "duplicate {}", e.id);
    }
}

#[test]
fn every_events_passage_holds_its_date() {
    let p = pack();
    for e in &p.events {
        // The article dates every event of the shipped pack: none is background.
        let date_text = e.date_text.as_deref().unwrap();
        let holds = e.passages.iter().any(|&i| {
            p.passages[i]
                .text
                .to_lowercase()
                .contains(&date_text.to_lowercase())
        });
        assert!(
            holds,
            "event {} cites no passage containing {:?}",
            e.id, e.date_text
        );
        if e.inferred {
            assert!(
                e.note.as_deref().is_some_and(|n| !n.is_empty()),
                "{} is inferred without a note",
                e.id
            );
        }
    }
}

#[test]
fn timeline_runs_from_1860_to_the_gas_target_in_date_order() {
    let p = pack();
    let first = p.events.first().unwrap();
    let last = p.events.last().unwrap();
    assert_eq!(first.date.year, 1860);
    assert_eq!(last.id, "gas-deal-target");
    assert_eq!(last.date_text.as_deref(), Some("the end of 2013"));
    assert!(
        p.events
            .windows(2)
            .all(|w| w[0].date.sort_key() <= w[1].date.sort_key())
    );
    // Every year printed in the body appears on the timeline.
    let years: HashSet<i32> = p.events.iter().map(|e| e.date.year).collect();
    for y in [1860, 1989, 1996, 2000, 2004, 2008, 2009, 2013] {
        assert!(years.contains(&y), "no event in {y}");
    }
    let said = |t: &str| p.events.iter().any(|e| e.date_text.as_deref() == Some(t));
    assert!(said("late 1970s"));
    assert!(said("the 1990s"));
}

#[test]
fn every_reference_resolves_both_ways() {
    let p = pack();
    for r in p.point_refs() {
        let point = p.point(r).unwrap();
        for &i in &point.passages {
            assert!(p.passages[i].cited_by.contains(&r));
        }
        for &e in &point.events {
            assert!(
                p.events[e].points.contains(&r),
                "{} ↔ {}",
                point.id,
                p.events[e].id
            );
        }
    }
}

#[test]
fn own_words_are_not_copied_from_the_source() {
    let p = pack();
    let index = text::ShingleIndex::new(SOURCE, 8);
    // Every field the pack writes in its own words, notes included.
    let mut fields: Vec<(String, &str)> = Vec::new();
    for s in &p.sections {
        fields.push((format!("{} intro", s.id), &s.intro));
        for q in &s.questions {
            fields.push((format!("{} question", s.id), q));
        }
        for x in &s.points {
            fields.push((format!("{} title", x.id), &x.title));
            fields.push((format!("{} claim", x.id), &x.claim));
            fields.push((format!("{} explanation", x.id), &x.explanation));
            if let Some(n) = &x.notes {
                fields.push((format!("{} notes", x.id), n));
            }
        }
    }
    for e in &p.events {
        fields.push((format!("{} description", e.id), &e.description));
        fields.push((format!("{} title", e.id), &e.title));
        if let Some(n) = &e.note {
            fields.push((format!("{} note", e.id), n));
        }
    }
    for e in &p.eras {
        fields.push((format!("{} title", e.id), &e.title));
        if let Some(n) = &e.note {
            fields.push((format!("{} note", e.id), n));
        }
    }
    for a in &p.article.authors {
        fields.push((format!("{} bio", a.name), &a.bio));
    }
    for n in &p.article.notes {
        fields.push(("article note".into(), n));
    }
    if let Some(n) = &p.article.published.note {
        fields.push(("publication date note".into(), n));
    }
    for (name, value) in fields {
        let shared = text::longest_shared_run(value, &index);
        assert!(
            shared < 8,
            "{name} shares {shared} consecutive words with the source"
        );
        // Whole sentences of the source never appear in own-words fields.
        for sentence in text::normalize_ws(SOURCE)
            .split(". ")
            .filter(|s| s.len() > 40)
        {
            assert!(!value.contains(sentence), "{name} copies a sentence");
        }
    }
}

#[test]
fn claims_are_one_sentence() {
    let p = pack();
    for s in &p.sections {
        for x in &s.points {
            let ends = x.claim.matches(". ").count();
            assert_eq!(ends, 0, "{} claim has more than one sentence", x.id);
            assert!(
                x.claim.ends_with('.'),
                "{} claim should end with a full stop",
                x.id
            );
        }
    }
}

#[test]
fn a_note_that_holds_back_the_claim_matches_presentation_mode() {
    let p = pack();
    let the_trip = p.point(p.find_point("the-trip").unwrap()).unwrap();
    assert!(
        the_trip.reveal_claim,
        "Context 1's note asks the class to guess the claim"
    );
    // A teacher's note that plans to reveal the claim later needs the claim held back, and a
    // claim held back needs a note saying why.
    for r in p.point_refs() {
        let point = p.point(r).unwrap();
        let notes = point.notes.as_deref().unwrap_or("").to_lowercase();
        let plans_a_reveal = notes
            .split(". ")
            .any(|sentence| sentence.contains("reveal") && sentence.contains("claim"));
        assert_eq!(
            plans_a_reveal, point.reveal_claim,
            "{}: the note and `reveal_claim` disagree",
            point.id
        );
    }
}

#[test]
fn the_article_ends_on_its_conclusion() {
    let p = pack();
    let conclusions: Vec<_> = p
        .point_refs()
        .filter(|r| p.point(*r).unwrap().kind == Kind::Conclusion)
        .collect();
    assert_eq!(conclusions.len(), 1, "one conclusion");
    let last = p.point_refs().last().unwrap();
    assert_eq!(conclusions[0], last, "the conclusion is the last point");
    let point = p.point(last).unwrap();
    assert_eq!(point.label, "Conclusion");
    // It quotes the last two paragraphs, which round off the argument, and puts the Chinese
    // phrase in its title in quotation marks.
    let paragraphs: Vec<usize> = point
        .passages
        .iter()
        .map(|&i| p.passages[i].paragraph)
        .collect();
    assert_eq!(paragraphs, [31, 32]);
    assert_eq!(text::paragraphs(SOURCE).len(), 32);
    assert_eq!(point.title, "“Same bed, different dreams”");
    // Labels stay unique across the pack, so exports that name points by label stay apart.
    let mut labels = HashSet::new();
    for r in p.point_refs() {
        let label = &p.point(r).unwrap().label;
        assert!(labels.insert(label.clone()), "duplicate label {label}");
    }
}

#[test]
fn eras_are_the_periods_the_article_describes_each_on_its_passage() {
    let p = pack();
    let ids: Vec<&str> = p.eras.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["sino-soviet-cold-war", "quarter-century-of-progress"]);
    for era in &p.eras {
        assert!(!era.passages.is_empty(), "{} cites no passage", era.id);
        assert!(era.note.is_some(), "{} says how it is dated", era.id);
    }
    // The cold war lasted "three decades" and ended with Gorbachev's visit of May 1989: its
    // start is counted back and marked approximate, its end is the visit's month.
    let cold_war = &p.eras[0];
    let quoted = &p.passages[cold_war.passages[0]].text;
    assert!(quoted.contains("three-decades-long Sino-Soviet cold war"));
    assert!(quoted.contains("May 1989"));
    assert!(cold_war.start.approximate && cold_war.start.year == 1959);
    assert_eq!(cold_war.end.to_string(), "May 1989");
    // The quarter-century of progress runs from the visit to the time of writing.
    let progress = &p.eras[1];
    assert_eq!(progress.start.to_string(), "May 1989");
    assert_eq!(progress.end, p.article.published.date);
    let quoted: Vec<&str> = progress
        .passages
        .iter()
        .map(|&i| p.passages[i].text.as_str())
        .collect();
    assert!(
        quoted
            .iter()
            .any(|q| q.contains("over the past quarter-century"))
    );
}

#[test]
fn every_event_has_a_lane_the_article_supports() {
    let p = pack();
    for e in &p.events {
        let lane = e
            .lane
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no lane", e.id));
        assert!(
            ["diplomacy", "borders", "economy", "arms"].contains(&lane),
            "{}: {lane}",
            e.id
        );
        // A lane says what the event is about; the event's tags say it too.
        let fits = match lane {
            "borders" => e.tags.iter().any(|t| t == "territory"),
            "arms" => e.tags.iter().any(|t| t == "military"),
            other => e.tags.iter().any(|t| t == other),
        };
        assert!(fits, "{} in lane {lane} has tags {:?}", e.id, e.tags);
    }
}

#[test]
fn the_embedded_model_is_a_fresh_load_of_the_built_in_files() {
    let fresh = pack();
    let bytes = content::embedded::encode(&fresh).unwrap();
    assert!(
        arglens::built_in::MODEL == bytes.as_slice(),
        "the model build.rs embedded differs from a load of the built-in files"
    );
    assert_eq!(
        content::embedded::decode(arglens::built_in::MODEL),
        Some(fresh.clone())
    );
    // The explorer loads with the checks that can fail only; the pack is the same.
    let errors_only = content::load::load_for(None, content::validate::Checks::ErrorsOnly)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(errors_only.pack, fresh);
}

#[test]
fn every_command_opens_the_built_in_pack_from_its_model() {
    let args = arglens::cmd::PackArgs {
        content: None,
        no_cache: false,
    };
    let opened = arglens::cmd::load_pack(&args).unwrap_or_else(|e| panic!("{e}"));
    let fresh = pack();
    assert_eq!(*opened, fresh);
    assert_eq!(opened.sections.len(), 2);
    assert_eq!(opened.passages.len(), fresh.passages.len());
    let ids = |p: &Pack| p.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&opened), ids(&fresh));
}

#[test]
fn a_model_that_does_not_decode_falls_back_to_the_yaml() {
    let model = arglens::built_in::MODEL;
    let cut = &model[..model.len() / 2];
    let mut longer = model.to_vec();
    longer.push(0);
    for broken in [&b""[..], b"not a model", cut, &longer] {
        assert_eq!(content::embedded::decode(broken), None);
        let pack_from = arglens::built_in::pack_from(broken).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pack_from, pack());
    }
}
