//! `arglens check`: every problem in a pack, reported the way rustc reports code problems —
//! file:line:column, the offending line quoted with a caret, a one-line explanation and a hint —
//! or as JSON for editors and CI.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use serde::Serialize;

use crate::content::files::{PackFiles, decode};
use crate::content::{self, Diagnostic, LoadError, Severity, embedded};

/// Exit code: the pack is clean.
pub const CLEAN: u8 = 0;
/// Exit code: problems were found.
pub const PROBLEMS: u8 = 1;
/// Exit code: the check could not run (no such folder, bad arguments).
pub const COULD_NOT_RUN: u8 = 2;

/// `arglens check`'s arguments.
#[derive(Debug, Clone, clap::Args)]
pub struct Args {
    /// The pack to check: a folder, or a JSON export (default: the pack in the current
    /// folder if it holds article.yaml, else the built-in pack).
    pub dir: Option<PathBuf>,
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// How to print the problems.
    #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
    pub format: ReportFormat,
}

/// How `check` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// rustc-style messages with the offending line quoted.
    Human,
    /// A JSON report for editors and CI.
    Json,
}

/// Reports go to stdout, so they can be piped; the exit code says the verdict.
pub fn run(args: &Args) -> ExitCode {
    match check(args.dir.as_deref()) {
        Ok(report) => {
            match args.format {
                ReportFormat::Json => println!("{}", report.to_json()),
                ReportFormat::Human => {
                    let color =
                        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
                    print!("{}", report.to_human(color));
                }
            }
            ExitCode::from(report.exit_code(args.strict))
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(COULD_NOT_RUN)
        }
    }
}

/// The result of checking a pack.
#[derive(Debug, Serialize)]
pub struct Report {
    pub pack: String,
    pub errors: usize,
    pub warnings: usize,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks the pack at `dir` (a folder or a JSON export); without one, the pack in the current
/// folder if it holds `article.yaml`, else the built-in one. `Err` means the check could not
/// run at all.
pub fn check(dir: Option<&Path>) -> Result<Report, LoadError> {
    let here = dir.is_none() && Path::new(content::load::ARTICLE_FILE).is_file();
    let (files, name) = match dir {
        Some(d) => {
            let files = content::load::files_at(d)?;
            let name = files.describe();
            (files, name)
        }
        None if here => {
            let cwd =
                std::env::current_dir().map_or_else(|_| ".".into(), |d| d.display().to_string());
            (
                PackFiles::Dir(PathBuf::new()),
                format!("{cwd} (the pack in the current folder)"),
            )
        }
        None => (
            PackFiles::Embedded,
            format!("{} (the pack built into arglens)", embedded::PREFIX),
        ),
    };
    let result = content::load::load_with(&files, content::validate::Checks::All);
    let mut diagnostics = match result {
        Ok(checked) => checked.warnings,
        Err(e) => e.diagnostics,
    };
    content::diag::sort(&mut diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    Ok(Report {
        pack: name,
        errors,
        warnings: diagnostics.len() - errors,
        diagnostics,
    })
}

impl Report {
    /// 0 when clean; 1 when there are errors, or warnings under `strict`.
    pub fn exit_code(&self, strict: bool) -> u8 {
        if self.errors > 0 || (strict && self.warnings > 0) {
            PROBLEMS
        } else {
            CLEAN
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The human report: each problem with its source line, then a summary.
    pub fn to_human(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        for d in &self.diagnostics {
            let text = source_of(&d.file);
            out.push_str(&renderer.render(&report_of(d, text.as_deref())).to_string());
            out.push_str("\n\n");
        }
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        out.push_str(&format!(
            "{}: {}, {}\n",
            self.pack,
            plural(self.errors, "error"),
            plural(self.warnings, "warning")
        ));
        out
    }
}

/// The text of a file a diagnostic names, to quote the offending line.
fn source_of(name: &str) -> Option<String> {
    let bytes = match name
        .strip_prefix(embedded::PREFIX)
        .and_then(|r| r.strip_prefix('/'))
    {
        Some(relative) => embedded::file(relative)?.as_bytes().to_vec(),
        None => std::fs::read(name).ok()?,
    };
    decode(name.to_string(), &bytes).ok().map(|f| f.text)
}

fn report_of<'a>(d: &'a Diagnostic, text: Option<&'a str>) -> Vec<Group<'a>> {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(d.message.as_str());
    let located = d.line.zip(text).and_then(|(line, text)| {
        let line_text = text.lines().nth(line.checked_sub(1)?)?;
        Some((line, line_text))
    });
    let mut group = match located {
        Some((line, line_text)) => {
            let width = d.width.and_then(|w| usize::try_from(w).ok());
            let span = span_in_line(line_text, d.column.unwrap_or(1), width);
            Group::with_title(title).element(
                Snippet::source(line_text)
                    .line_start(line)
                    .path(d.file.as_str())
                    .annotation(AnnotationKind::Primary.span(span)),
            )
        }
        // A place known only as a file (or a line that cannot be shown): its path alone,
        // with no empty source lines under it.
        None => {
            let mut origin = Origin::path(d.file.as_str());
            if let Some(line) = d.line {
                origin = origin.line(line).char_column(d.column.unwrap_or(1));
            }
            Group::with_title(title).element(origin)
        }
    };
    if let Some(hint) = &d.hint {
        group = group.element(Level::HELP.message(hint.as_str()));
    }
    vec![group]
}

/// Byte range of `width` characters from 1-based `column` (in characters), or without a width
/// of the token starting there; at least one byte.
fn span_in_line(line: &str, column: usize, width: Option<usize>) -> std::ops::Range<usize> {
    let start = line
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line.len(), |(i, _)| i);
    let rest = line.get(start..).unwrap_or("");
    let len = match width {
        Some(w) => rest.char_indices().nth(w).map_or(rest.len(), |(i, _)| i),
        None => rest
            .find(|c: char| c.is_whitespace() || c == ',' || c == ']')
            .unwrap_or(rest.len()),
    };
    start..(start + len.max(1)).min(line.len().max(start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_the_token_at_the_column() {
        assert_eq!(span_in_line("passages: [gas-targt, x]", 12, None), 11..20);
        assert_eq!(span_in_line("id: α-b c", 5, None), 4..8);
        assert_eq!(span_in_line("", 3, None), 0..0);
    }

    #[test]
    fn a_width_marks_exactly_that_many_characters() {
        let line = "    date: \"22 Novmbr 1787\"";
        assert_eq!(&line[span_in_line(line, 15, Some(6))], "Novmbr");
        let line = "date: \"Noveber\"";
        assert_eq!(&line[span_in_line(line, 8, Some(7))], "Noveber");
        assert_eq!(span_in_line("d: \"Août\"", 5, Some(4)), 4..9);
    }
}
