#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The binary's paths that do not need a terminal: help, version, headless render, and every
//! way a bad pack or bad argument is reported.

mod common;

use std::process::{Command, Output};

fn arglens(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arglens"))
        .args(args)
        .env_remove("NO_COLOR")
        .env("ARGLENS_CONFIG", common::scratch_config())
        .output()
        .expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn help_and_version() {
    let o = arglens(&["--help"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("--content <DIR>"));
    assert!(stdout(&o).contains("--tab <TAB>"));
    let o = arglens(&["--version"]);
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("arglens "));
}

#[test]
fn unknown_arguments_are_usage_errors() {
    let o = arglens(&["--bogus"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--bogus"));
}

#[test]
fn render_prints_one_frame_of_the_requested_size() {
    let o = arglens(&["render", "--size", "80x24"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 24);
    assert!(out.lines().all(|l| arglens::wrap::width(l) <= 80));
    assert!(out.contains("Why Moscow? › point 1 of "));
    assert!(
        !out.contains('\u{1b}'),
        "plain text has no escape sequences"
    );
}

#[test]
fn the_built_in_model_draws_what_the_yaml_draws() {
    // Without --content the pack is the model build.rs embedded; with it, the same files
    // parsed and checked at run time. Every tab must draw the same frame from either.
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let folder = folder.to_str().unwrap();
    for tab in ["why-moscow", "pitfalls", "timeline"] {
        let built_in = arglens(&["render", "--tab", tab, "--size", "100x30"]);
        let parsed = arglens(&[
            "render",
            "--tab",
            tab,
            "--size",
            "100x30",
            "--content",
            folder,
        ]);
        assert!(built_in.status.success(), "{}", stderr(&built_in));
        assert!(parsed.status.success(), "{}", stderr(&parsed));
        assert_eq!(stdout(&built_in), stdout(&parsed), "tab {tab}");
    }
}

#[test]
fn tab_picks_the_starting_tab() {
    let o = arglens(&["render", "--tab", "timeline", "--size", "100x30"]);
    assert!(
        stdout(&o).contains("Timeline › event 1 of"),
        "{}",
        stdout(&o)
    );
    let o = arglens(&["render", "--tab", "pitfalls"]);
    assert!(stdout(&o).contains("Potential Pitfalls › point 1 of "));
}

#[test]
fn an_unknown_tab_lists_the_valid_ones() {
    let o = arglens(&["render", "--tab", "nope"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(
            "1 (why-moscow, “Why Moscow?”), 2 (pitfalls, “Potential Pitfalls”), 3 (timeline, “Timeline”)"
        ),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_tab_is_named_by_id_title_or_number_in_any_case() {
    for name in [
        "pitfalls",
        "PITFALLS",
        "Potential Pitfalls",
        "potential pitfalls",
        "2",
    ] {
        let o = arglens(&["render", "--tab", name]);
        assert!(
            stdout(&o).contains("Potential Pitfalls › point 1 of "),
            "{name}: {}",
            stderr(&o)
        );
    }
    let o = arglens(&["render", "--tab", "4"]);
    assert_eq!(o.status.code(), Some(2), "there is no fourth tab");
}

#[test]
fn open_takes_tab_titles_and_explains_an_empty_or_unknown_place() {
    let o = arglens(&["render", "--open", "Timeline"]);
    assert!(
        stdout(&o).contains("Timeline › event 1 of"),
        "{}",
        stderr(&o)
    );
    let o = arglens(&["render", "--open", "Potential Pitfalls"]);
    assert!(
        stdout(&o).contains("Potential Pitfalls › point 1 of "),
        "{}",
        stderr(&o)
    );
    let o = arglens(&["render", "--open", ""]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no place given"), "{}", stderr(&o));
    // Suggestions name points as a reader knows them too.
    let o = arglens(&["render", "--open", "enrgy"]);
    assert!(
        stderr(&o).contains("why-moscow/energy (R6)"),
        "{}",
        stderr(&o)
    );
    let o = arglens(&["render", "--tab", "timeline", "--open", "energy"]);
    assert_eq!(o.status.code(), Some(2), "one start place, not two");
}

#[test]
fn a_missing_pack_folder_is_a_clear_error() {
    let o = arglens(&["render", "--content", "/nonexistent/pack"]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("/nonexistent/pack: the pack folder does not exist"),
        "{e}"
    );
    assert!(o.stdout.is_empty(), "nothing is drawn");
}

#[test]
fn a_yaml_syntax_error_names_file_line_and_column() {
    let (_tmp, pack) = common::pack_copy();
    common::edit(
        &pack,
        "timeline.yaml",
        "    date: \"1860\"",
        "    date: [\"1860\"",
    );
    let o = arglens(&["render", "--content", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("timeline.yaml:"), "{e}");
    assert!(
        e.lines().next().unwrap().matches(':').count() >= 3,
        "file:line:column in {e}"
    );
    assert!(!e.contains("panicked"));
}

#[test]
fn a_schema_error_says_what_was_expected() {
    let (_tmp, pack) = common::pack_copy();
    common::edit(
        &pack,
        "sections/pitfalls.yaml",
        "    kind: pitfall",
        "    kind: pitfal",
    );
    let o = arglens(&["--content", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(e.contains("pitfalls.yaml:16:11"), "{e}");
    assert!(e.contains("hint: did you mean `pitfall`?"), "{e}");
    assert!(e.contains("unknown variant `pitfal`"), "{e}");
    assert!(e.contains("expected one of"), "{e}");
}

#[test]
fn an_unreadable_file_is_named() {
    let (_tmp, pack) = common::pack_copy();
    std::fs::write(pack.join("passages.yaml"), b"passages:\n  - id: x\xff\n").unwrap();
    let o = arglens(&["--content", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("passages.yaml:2:10: the file is not UTF-8 text"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_pack_folder_loads_like_the_built_in_one() {
    let (_tmp, pack) = common::pack_copy();
    let from_dir = arglens(&["render", "--content", pack.to_str().unwrap()]);
    let built_in = arglens(&["render"]);
    assert!(from_dir.status.success(), "{}", stderr(&from_dir));
    assert_eq!(stdout(&from_dir), stdout(&built_in));
}

#[test]
fn check_passes_the_shipped_pack_strictly() {
    let o = arglens(&["check", "--strict"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 errors, 0 warnings"));
}

#[test]
fn check_quotes_the_offending_line_with_a_caret_and_a_hint() {
    let (_tmp, pack) = common::pack_copy();
    common::edit(
        &pack,
        "sections/why-moscow.yaml",
        "passages: [gas-target, gas-price]",
        "passages: [gas-targt, gas-price]",
    );
    let o = arglens(&["check", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("error: no passage has the id `gas-targt`"),
        "{out}"
    );
    assert!(out.contains("why-moscow.yaml:"), "{out}");
    assert!(
        out.contains("    passages: [gas-targt, gas-price]"),
        "{out}"
    );
    assert!(out.contains("^^^^^^^^^"), "{out}");
    assert!(out.contains("help: did you mean `gas-target`?"), "{out}");
    assert!(out.contains("1 error, 0 warnings"), "{out}");
}

#[test]
fn check_fails_on_warnings_only_when_strict() {
    let (_tmp, pack) = common::pack_copy();
    common::edit(
        &pack,
        "sections/pitfalls.yaml",
        "passages: [membrane]",
        "passages: []",
    );
    let dir = pack.to_str().unwrap();
    let relaxed = arglens(&["check", dir]);
    assert_eq!(relaxed.status.code(), Some(0), "{}", stdout(&relaxed));
    assert!(stdout(&relaxed).contains("warning: point `asymmetry` cites no passage"));
    let strict = arglens(&["check", "--strict", dir]);
    assert_eq!(strict.status.code(), Some(1));
}

#[test]
fn check_prints_json_for_editors() {
    let (_tmp, pack) = common::pack_copy();
    common::edit(
        &pack,
        "timeline.yaml",
        "date: \"1996\"",
        "date: \"1996-13\"",
    );
    let o = arglens(&["check", "--format", "json", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(v["errors"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["severity"], "error");
    assert!(d["file"].as_str().unwrap().ends_with("timeline.yaml"));
    assert!(d["line"].as_u64().unwrap() > 1);
    assert!(d["message"].as_str().unwrap().starts_with("bad date"));
}

#[test]
fn check_without_a_folder_checks_the_pack_in_the_current_one() {
    let (_t, p) = common::pack_copy();
    common::edit(
        &p,
        "sections/why-moscow.yaml",
        "passages: [gas-target, gas-price]",
        "passages: [gas-targt, gas-price]",
    );
    let o = Command::new(env!("CARGO_BIN_EXE_arglens"))
        .arg("check")
        .current_dir(&p)
        .env("ARGLENS_CONFIG", common::scratch_config())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("--> sections/why-moscow.yaml:"), "{out}");
    assert!(
        out.contains("(the pack in the current folder): 1 error, 0 warnings"),
        "{out}"
    );
    // Elsewhere, the built-in pack is checked, and the summary says so.
    let o = arglens(&["check"]);
    assert!(
        stdout(&o).contains("<built-in> (the pack built into arglens): 0 errors"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn a_json_export_is_accepted_wherever_a_pack_folder_is() {
    let tmp = tempfile::tempdir().unwrap();
    let json = tmp.path().join("pack.json");
    let path = json.to_str().unwrap();
    let o = arglens(&["export", "--format", "json", "--out", path]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = arglens(&["check", "--strict", path]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let from_json = arglens(&["render", "--content", path]);
    assert!(from_json.status.success(), "{}", stderr(&from_json));
    assert_eq!(stdout(&from_json), stdout(&arglens(&["render"])));
    let text = std::fs::read_to_string(&json).unwrap();
    std::fs::write(
        &json,
        text.replacen("\"kind\": \"reason\"", "\"kind\": \"reasn\"", 1),
    )
    .unwrap();
    let o = arglens(&["render", "--content", path]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("{path}:")), "{err}");
    assert!(err.contains("unknown variant `reasn`"), "{err}");
}

#[test]
fn check_of_a_missing_folder_could_not_run() {
    let o = arglens(&["check", "/nonexistent/pack"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("does not exist"));
}

#[test]
fn a_folder_that_is_not_a_pack_is_named_once_with_where_the_pack_may_be() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().to_str().unwrap();
    let o = arglens(&["check", dir]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("the folder is not a pack: it holds no article.yaml"),
        "{err}"
    );
    assert!(err.contains("arglens new"), "{err}");
    let errors = err.lines().filter(|l| l.starts_with("error")).count();
    assert_eq!(errors, 1, "one error, not one per file:\n{err}");
    // A project folder holding the pack in `content/` points there.
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    common::copy_dir(&shipped, &tmp.path().join("content"));
    for args in [vec!["check", dir], vec!["render", "--content", dir]] {
        let o = arglens(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        let inner = tmp.path().join("content");
        let hint = format!(
            "its `content` folder holds a pack: name {}",
            inner.display()
        );
        assert!(err.contains(&hint), "{args:?}: {err}");
    }
    // A folder holding some of a pack's files is a pack with files missing, each reported.
    std::fs::copy(
        tmp.path().join("content/article.yaml"),
        tmp.path().join("article.yaml"),
    )
    .unwrap();
    let err = stdout(&arglens(&["check", dir]));
    assert!(
        err.contains("passages.yaml") && err.contains("timeline.yaml"),
        "{err}"
    );
}

#[test]
fn new_scaffolds_a_pack_that_checks_clean_renders_and_is_never_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let article = tmp.path().join("article.txt");
    std::fs::write(
        &article,
        "A Headline\r\n\r\nThe treaty of 1997 changed the border. Other things followed.\r\n",
    )
    .unwrap();
    let pack = tmp.path().join("nested/pack");
    let p = pack.to_str().unwrap();
    let o = arglens(&["new", p, "--source", article.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("sections/main.yaml"));

    let o = arglens(&["check", p, "--strict"]);
    assert!(o.status.success(), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("0 errors, 0 warnings"),
        "{}",
        stdout(&o)
    );

    let o = arglens(&["render", "--content", p, "--size", "80x24"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("A short title for the point"));

    // A second run must refuse and leave the author's edits alone.
    let edited = pack.join("article.yaml");
    std::fs::write(&edited, "# my edits\n").unwrap();
    let o = arglens(&["new", p, "--source", article.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("already exists"));
    assert_eq!(std::fs::read_to_string(&edited).unwrap(), "# my edits\n");
}

#[test]
fn new_reports_a_missing_or_binary_source() {
    let tmp = tempfile::tempdir().unwrap();
    let target = tmp.path().join("p");
    let o = arglens(&[
        "new",
        target.to_str().unwrap(),
        "--source",
        "/no/such/file.txt",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/file.txt"));
    let binary = tmp.path().join("b.txt");
    std::fs::write(&binary, b"abc\xff\xfe").unwrap();
    let o = arglens(&[
        "new",
        target.to_str().unwrap(),
        "--source",
        binary.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("UTF-8"), "{}", stderr(&o));
    assert!(!target.exists());
}

#[test]
fn schema_prints_json_for_each_kind_and_refuses_unknown_kinds() {
    let o = arglens(&["schema"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["anyOf"].as_array().unwrap().len(), 4);
    let o = arglens(&["schema", "timeline"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["properties"]["events"].is_object());
    let o = arglens(&["schema", "bogus"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("article, section, passages, timeline"));
}

/// Any SGR sequence that sets a foreground or background colour.
fn has_colour_escape(s: &str) -> bool {
    s.split("\x1b[").skip(1).any(|seq| {
        let params = seq.split('m').next().unwrap_or("");
        params.split(';').any(|p| {
            matches!(
                p.parse::<u16>(),
                Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
            )
        })
    })
}

#[test]
fn render_color_keeps_styles_and_no_color_means_mono() {
    let o = arglens(&["render", "--size", "80x24", "--color"]);
    assert!(o.status.success());
    let coloured = stdout(&o);
    assert!(has_colour_escape(&coloured));
    assert!(
        coloured.contains("\x1b[0;1;7m") || coloured.contains(";7"),
        "reverse video marks the selection"
    );

    let o = Command::new(env!("CARGO_BIN_EXE_arglens"))
        .env("ARGLENS_CONFIG", common::scratch_config())
        .args(["render", "--size", "80x24", "--color"])
        .env("NO_COLOR", "")
        .output()
        .unwrap();
    let mono = stdout(&o);
    assert!(!has_colour_escape(&mono), "{mono}");
    assert!(mono.contains('\x1b'), "styles other than colour remain");

    // An explicit theme wins over NO_COLOR, and plain render has no escapes at all.
    let o = Command::new(env!("CARGO_BIN_EXE_arglens"))
        .env("ARGLENS_CONFIG", common::scratch_config())
        .args(["render", "--theme", "light", "--size", "80x24", "--color"])
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(has_colour_escape(&stdout(&o)));
    let o = arglens(&["render", "--size", "80x24"]);
    assert!(!stdout(&o).contains('\x1b'));
    let o = arglens(&["render", "--theme", "neon"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("dark, light, high-contrast, mono"));
}

#[test]
fn every_theme_draws_the_same_text() {
    let plain = stdout(&arglens(&["render", "--size", "100x30"]));
    for theme in ["dark", "light", "high-contrast", "mono"] {
        let o = arglens(&["render", "--theme", theme, "--size", "100x30"]);
        assert_eq!(stdout(&o), plain, "{theme}");
        let o = arglens(&["render", "--theme", theme, "--size", "100x30", "--color"]);
        for line in stdout(&o).lines() {
            assert!(
                line.ends_with("\x1b[0m"),
                "{theme}: every line resets its style"
            );
        }
    }
}

#[test]
fn export_writes_each_format_to_stdout_or_a_file() {
    for format in ["markdown", "html", "json", "argdown"] {
        let o = arglens(&["export", "--format", format]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(stdout(&o).contains("Why Moscow?"), "{format}");
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("handout.md");
    let o = arglens(&[
        "export",
        "--format",
        "markdown",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(stdout(&o).is_empty());
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .starts_with("# Xi Jinping")
    );
    assert_eq!(
        std::fs::read_dir(tmp.path()).unwrap().count(),
        1,
        "no temporary file is left"
    );
    let o = arglens(&["export", "--format", "pdf"]);
    assert_eq!(o.status.code(), Some(2));
    let o = arglens(&["export", "--format", "json", "--out", "/no/such/dir/x.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/no/such/dir/x.json"));
}

#[test]
fn export_writes_a_handout_for_each_role_and_refuses_an_edition_elsewhere() {
    for format in ["markdown", "html"] {
        let student = arglens(&["export", "--format", format, "--edition", "student"]);
        assert!(student.status.success(), "{format}: {}", stderr(&student));
        let default = arglens(&["export", "--format", format]);
        assert_eq!(stdout(&student), stdout(&default), "{format}: the default");
        assert!(!stdout(&student).contains("Teacher"), "{format}");
        let teacher = arglens(&["export", "--format", format, "--edition", "teacher"]);
        assert!(teacher.status.success(), "{format}: {}", stderr(&teacher));
        assert!(stdout(&teacher).contains("Teacher"), "{format}");
        assert!(stdout(&teacher).contains("Slide 1 of "), "{format}");
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("pack.json");
    for (format, edition, form) in [
        (
            "json",
            "teacher",
            "the whole pack, teacher's notes included",
        ),
        (
            "argdown",
            "student",
            "the argument's structure, with no notes",
        ),
    ] {
        let o = arglens(&[
            "export",
            "--format",
            format,
            "--edition",
            edition,
            "--out",
            file.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(2), "{format}");
        assert!(stdout(&o).is_empty());
        assert_eq!(
            stderr(&o).trim(),
            format!(
                "arglens: --edition {edition} applies to the handouts only, --format markdown \
                 or html; {format} is always {form}"
            )
        );
        assert!(!file.exists(), "nothing is written");
    }
    let o = arglens(&["export", "--format", "html", "--edition", "parent"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("student") && stderr(&o).contains("teacher"));
}

#[test]
fn open_starts_at_a_place_and_unknown_ids_name_the_nearest() {
    let o = arglens(&["render", "--open", "pitfalls/same-bed", "--size", "100x30"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("· Conclusion · "), "{}", stdout(&o));
    let o = arglens(&[
        "render",
        "--open",
        "event/gas-deal-target",
        "--size",
        "100x30",
    ]);
    assert!(
        stdout(&o).contains("Gazprom's target for a gas deal"),
        "{}",
        stdout(&o)
    );
    let o = arglens(&["render", "--open", "timeline"]);
    assert!(o.status.success());
    // What the screen shows names a point too: its short label, its label, its id.
    let energy = stdout(&arglens(&["render", "--open", "why-moscow/energy"]));
    for name in ["R6", "r6", "Reason 6", "energy"] {
        let o = arglens(&["render", "--open", name]);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert_eq!(stdout(&o), energy, "{name}");
    }

    for (bad, near) in [
        ("why-moscow/enrgy", "why-moscow/energy"),
        ("pitfals", "pitfalls"),
        ("event/gas-deal", "event/gas-deal-target"),
        ("enrgy", "why-moscow/energy"),
        ("Reasn 6", "why-moscow/energy"),
    ] {
        let o = arglens(&["render", "--open", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains(near), "{bad}: {}", stderr(&o));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn render_present_draws_a_slide_and_present_checks_its_start() {
    let o = arglens(&[
        "render",
        "--open",
        "why-moscow/energy",
        "--present",
        "--size",
        "100x30",
    ]);
    assert!(o.status.success());
    let s = stdout(&o);
    // Fully revealed unless --step says otherwise.
    assert!(s.contains("Why Moscow? › Reason 6"), "{s}");
    assert!(s.contains("slide 10 of 20 · step 5 of 5"), "{s}");
    assert!(s.contains("q leave"));
    let o = arglens(&["render", "--open", "R6", "--present", "--step", "1"]);
    assert!(stdout(&o).contains("step 2 of 5"), "{}", stdout(&o));
    let o = arglens(&["render", "--open", "R6", "--console"]);
    assert!(stdout(&o).contains("Teacher's notes"), "{}", stdout(&o));
    let o = arglens(&["render", "--step", "2"]);
    assert_eq!(o.status.code(), Some(2), "--step needs a slide");
    let o = arglens(&["present", "--start", "enrgy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("nearest: why-moscow/energy"),
        "{}",
        stderr(&o)
    );
    // `present --start` takes what the screen shows, as --open does.
    let by_label = stdout(&arglens(&["render", "--open", "R6", "--present"]));
    assert!(by_label.contains("› Reason 6"), "{by_label}");
}

#[test]
fn the_saved_theme_is_used_and_a_broken_settings_file_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_arglens"))
            .args(args)
            .env("ARGLENS_CONFIG", &cfg)
            .env_remove("NO_COLOR")
            .output()
            .unwrap()
    };
    let render = ["render", "--size", "80x24", "--color"];
    let as_light = stdout(&arglens(&[&render[..], &["--theme", "light"]].concat()));
    let as_dark = stdout(&arglens(&render));
    assert_ne!(as_light, as_dark);

    std::fs::write(&cfg, "theme = \"light\"\ntimeline = true\n").unwrap();
    assert_eq!(stdout(&run(&render)), as_light, "the saved theme is used");
    let o = run(&[&render[..], &["--theme", "dark"]].concat());
    assert_eq!(stdout(&o), as_dark, "--theme overrides it");

    std::fs::write(&cfg, "theme = 3\n").unwrap();
    let o = run(&render);
    assert!(o.status.success(), "a broken settings file is not fatal");
    // The frame is the default one, but for the status line, which says what was ignored.
    let out = stdout(&o);
    let without_status = |s: &str| {
        let lines: Vec<&str> = s.lines().collect();
        [&lines[..22], &lines[23..]].concat().join("\n")
    };
    assert_eq!(without_status(&out), without_status(&as_dark));
    assert!(out.lines().nth(22).unwrap().contains("ignoring"));
    assert!(stderr(&o).contains("ignoring"), "{}", stderr(&o));
    assert!(stderr(&o).contains("config.toml:1:"), "{}", stderr(&o));
}

#[test]
fn without_a_terminal_the_explorer_says_so_and_points_to_render_and_export() {
    for args in [&[][..], &["present"][..]] {
        let o = Command::new(env!("CARGO_BIN_EXE_arglens"))
            .args(args)
            .env("ARGLENS_CONFIG", common::scratch_config())
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("needs a terminal"), "{err}");
        assert!(err.contains("arglens render") && err.contains("arglens export"));
        assert!(stdout(&o).is_empty());
    }
}

#[test]
fn output_into_a_closed_pipe_ends_quietly() {
    // The reading end is closed before the program writes, as `| head` does once satisfied.
    for args in [
        &["export", "--format", "markdown"][..],
        &["render"][..],
        &["schema"][..],
    ] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_arglens"))
            .args(args)
            .env("ARGLENS_CONFIG", common::scratch_config())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn new_joins_a_hard_wrapped_article_into_paragraphs_unless_told_to_keep_lines() {
    let tmp = tempfile::tempdir().unwrap();
    let source = tmp.path().join("federalist.txt");
    std::fs::write(
        &source,
        "THE FEDERALIST No. 10\n\nAmong the numerous advantages promised by a well\nconstructed Union, none deserves to be more accurately\ndeveloped than its tendency to break and control the\nviolence of faction. Mr. Madison wrote it in 1787.\n\nBy a faction, I understand a number of citizens,\nwhether amounting to a majority or a minority.\n",
    )
    .unwrap();
    let pack = tmp.path().join("pack");
    let o = arglens(&[
        "new",
        pack.to_str().unwrap(),
        "--source",
        source.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("its 7 lines were joined into 3 paragraphs"),
        "{}",
        stdout(&o)
    );
    assert!(stdout(&o).contains("arglens guide"), "{}", stdout(&o));
    let text = std::fs::read_to_string(pack.join("source.txt")).unwrap();
    assert!(text.contains("well constructed Union"), "{text}");
    // The opening sentence is cut at its end, not at "No." or "Mr.".
    let passages = std::fs::read_to_string(pack.join("passages.yaml")).unwrap();
    assert!(passages.contains("\"THE FEDERALIST No. 10\""), "{passages}");
    assert!(
        passages.contains("\"Mr. Madison wrote it in 1787.\""),
        "the dated sentence is whole: {passages}"
    );
    let o = arglens(&["check", pack.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));

    let kept = tmp.path().join("kept");
    let o = arglens(&[
        "new",
        kept.to_str().unwrap(),
        "--source",
        source.to_str().unwrap(),
        "--keep-lines",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stdout(&o).contains("joined"), "{}", stdout(&o));
    let text = std::fs::read_to_string(kept.join("source.txt")).unwrap();
    assert!(text.contains("well\nconstructed"), "{text}");
}

#[test]
fn guide_prints_the_pack_format_guide_compiled_in() {
    let o = arglens(&["guide"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let guide = include_str!("../content/README.md");
    let first = guide.lines().find(|l| l.starts_with('#')).unwrap();
    let out = stdout(&o);
    assert!(out.contains(first.trim_start_matches('#').trim()), "{out}");
    assert!(
        out.contains("background"),
        "the guide explains background events"
    );
}
