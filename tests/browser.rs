#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
//! The HTML handout in a real browser: headless Chromium prints it to PDF and takes a
//! screenshot. The PDF's text holds every point's title in order and every event's year, the
//! timeline picture prints on one page, and the screenshot is not blank.
//!
//! `.ci/run` installs Chromium and `pdftotext` from the distribution's packages. Under CI (`CI`
//! set) a missing browser is a failure; elsewhere the test says what it skips and passes.
//! `ARGLENS_CHROMIUM` names another browser command.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use arglens::export::{self, ExportFormat};

/// The browser and `pdftotext`, or `None` after saying why the test is skipped.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let chromium = std::env::var_os("ARGLENS_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| common::find_program(&["chromium", "chromium-browser", "google-chrome"]));
    let pdftotext = common::find_program(&["pdftotext"]);
    match (chromium, pdftotext) {
        (Some(c), Some(p)) => Some((c, p)),
        (c, p) => {
            let missing: Vec<&str> = [(c.is_none(), "chromium"), (p.is_none(), "pdftotext")]
                .iter()
                .filter(|(gone, _)| *gone)
                .map(|(_, name)| *name)
                .collect();
            assert!(
                std::env::var_os("CI").is_none(),
                "CI is set but {} is missing: .ci/run must install it",
                missing.join(" and ")
            );
            eprintln!(
                "skipping the browser test: {} not installed (apt-get install chromium \
                 poppler-utils; .ci/run does this under CI)",
                missing.join(" and ")
            );
            None
        }
    }
}

/// Runs headless Chromium on `page` with these arguments.
fn chromium(browser: &Path, profile: &Path, page: &Path, args: &[String]) {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_html_handout_prints_and_shows_in_a_real_browser() {
    let Some((browser, pdftotext)) = tools() else {
        return;
    };
    let pack = common::pack();
    let tmp = tempfile::tempdir().unwrap();
    let page = tmp.path().join("handout.html");
    std::fs::write(&page, export::export(&pack, ExportFormat::Html)).unwrap();
    let pdf = tmp.path().join("handout.pdf");
    let png = tmp.path().join("handout.png");
    let profile = tmp.path().join("profile");
    chromium(
        &browser,
        &profile,
        &page,
        &[
            format!("--print-to-pdf={}", pdf.display()),
            "--no-pdf-header-footer".into(),
        ],
    );
    chromium(
        &browser,
        &profile,
        &page,
        &[
            format!("--screenshot={}", png.display()),
            "--window-size=1280,1600".into(),
        ],
    );
    let out = Command::new(&pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    check_pdf_text(&pack, &text);
    check_screenshot(&png);
}

/// Every point title in reading order, every event year, and the timeline on one page.
fn check_pdf_text(pack: &arglens::content::Pack, text: &str) {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let all = flat(text);
    // The contents list every title first; look for them in order after it, in the body.
    let body_from = all.find("Contents").unwrap_or(0) + 1;
    let mut at = all[body_from..]
        .find(&flat(&pack.sections[0].title))
        .map_or(body_from, |i| body_from + i);
    for r in pack.point_refs() {
        let title = flat(&pack.point(r).unwrap().title);
        let found = all[at..].find(&title);
        let found = found.unwrap_or_else(|| panic!("{title:?} missing or out of order"));
        at += found + title.len();
    }
    for e in &pack.events {
        let year = e.date.year.to_string();
        assert!(
            all.contains(&year),
            "the year {year} of {} is missing",
            e.id
        );
    }
    // The picture's legend, its first tick and its first era are all on one page.
    let picture = text
        .split('\u{c}')
        .find(|page| page.contains("years left out"))
        .expect("the timeline picture is printed");
    let first_era = &pack.eras[0].title;
    for want in ["1860", "2010", "borders", first_era.as_str()] {
        assert!(
            flat(picture).contains(want),
            "the timeline is split across pages: {want:?} is not on its page"
        );
    }
}

/// The screenshot decodes and is not one colour.
fn check_screenshot(png_path: &Path) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let step = info.color_type.samples();
    let first = &bytes[..step];
    let differing = bytes
        .chunks(step)
        .filter(|px| px[..3.min(step)] != first[..3.min(step)])
        .count();
    let pixels = bytes.len() / step;
    assert!(
        differing * 100 > pixels,
        "the screenshot is blank: {differing} of {pixels} pixels differ from the first"
    );
}
