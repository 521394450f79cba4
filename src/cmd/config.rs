//! The reader's settings, kept between runs: the colour scheme, whether the timeline pane
//! shows, and whether the timeline tab lists its events or draws them on a time axis. A small TOML file in the platform's config folder (`arglens/config.toml` under
//! `$XDG_CONFIG_HOME`, `~/.config`, or the platform's equivalent), or the file
//! `ARGLENS_CONFIG` names. `--theme` and `NO_COLOR` override it. A file that cannot be read
//! is reported and ignored: settings are never a reason not to start.
//!
//! Saving changes only the settings' values in the file, so the reader's comments and layout
//! stay; a file that does not read as settings is never overwritten: the reader may be halfway
//! through editing it.

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::app::ThemeName;
use crate::app::state::{Prefs, TimelineView};

/// The environment variable naming another settings file.
pub const CONFIG_ENV: &str = "ARGLENS_CONFIG";

/// The settings file as written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// dark, light, high-contrast or mono.
    #[serde(skip_serializing_if = "Option::is_none")]
    theme: Option<String>,
    /// Whether the timeline pane shows beside the sections.
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline: Option<bool>,
    /// list or axis: how the timeline tab shows its events.
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline_view: Option<String>,
}

/// Settings read from the file; what it does not say is `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Config {
    pub theme: Option<ThemeName>,
    pub timeline: Option<bool>,
    pub timeline_view: Option<TimelineView>,
}

/// Where the settings live, if the platform has a config folder.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(CONFIG_ENV) {
        return Some(PathBuf::from(p));
    }
    use etcetera::BaseStrategy;
    let dirs = etcetera::choose_base_strategy().ok()?;
    Some(dirs.config_dir().join("arglens").join("config.toml"))
}

/// The settings, and a warning to show if the file was there but could not be used.
pub fn load() -> (Config, Option<String>) {
    match path() {
        Some(p) => read(&p),
        None => (Config::default(), None),
    }
}

/// Reads a settings file; a missing file is no settings, a broken one a warning.
pub fn read(path: &Path) -> (Config, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => return (Config::default(), Some(ignoring(path, &e.to_string()))),
    };
    let file: File = match toml::from_str(&text) {
        Ok(f) => f,
        Err(e) => {
            return (
                Config::default(),
                Some(format!("ignoring {}", located(path, &text, &e))),
            );
        }
    };
    let mut warning = None;
    let theme = file.theme.as_deref().and_then(|t| match t.parse() {
        Ok(theme) => Some(theme),
        Err(expected) => {
            warning = Some(ignoring(path, &format!("theme `{t}`: {expected}")));
            None
        }
    });
    let timeline_view = file.timeline_view.as_deref().and_then(|v| match v.parse() {
        Ok(view) => Some(view),
        Err(expected) => {
            warning = Some(ignoring(path, &format!("timeline_view `{v}`: {expected}")));
            None
        }
    });
    let config = Config {
        theme,
        timeline: file.timeline,
        timeline_view,
    };
    (config, warning)
}

fn ignoring(path: &Path, why: &str) -> String {
    format!("ignoring {}: {why}", path.display())
}

/// `path:line:column: what is wrong`, for a file whose `text` did not read as settings.
fn located(path: &Path, text: &str, e: &toml::de::Error) -> String {
    let at = e
        .span()
        .map(|s| {
            let before = text.get(..s.start).unwrap_or("");
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |n| n + 1) + 1;
            format!(":{line}:{column}")
        })
        .unwrap_or_default();
    format!("{}{at}: {}", path.display(), e.message())
}

/// Writes the settings the reader chose, through a temporary file so a crash never leaves half
/// a file.
pub fn save(prefs: &Prefs) -> Result<(), String> {
    let Some(path) = path() else {
        return Ok(());
    };
    write(&path, prefs)
}

/// Writes `prefs` to `path`: a new file, or the values changed in the one there. A file
/// there that does not read as settings is left as it is, and the error says where it is
/// wrong.
pub fn write(path: &Path, prefs: &Prefs) -> Result<(), String> {
    let wanted = File {
        theme: Some(prefs.theme.name().to_string()),
        timeline: Some(prefs.show_timeline),
        timeline_view: Some(prefs.timeline_view.name().to_string()),
    };
    let fail = |e: std::io::Error| format!("cannot save settings to {}: {e}", path.display());
    let text = match std::fs::read_to_string(path) {
        Ok(old) => edited(path, &old, &wanted)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let text = toml::to_string(&wanted).map_err(|e| e.to_string())?;
            format!("# arglens settings, saved when you change them.\n{text}")
        }
        Err(e) => return Err(fail(e)),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, text).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)
}

/// `text`, the file at `path`, with each setting's value replaced by `wanted`'s where it is
/// set, and added at the end where it is not; everything else in it stays. The error says
/// where `text` does not read as settings.
fn edited(path: &Path, text: &str, wanted: &File) -> Result<String, String> {
    let refused = |why: String| format!("settings not saved, the file left as it is: {why}");
    let table = toml::from_str::<File>(text)
        .and_then(|_| toml::de::DeTable::parse(text))
        .map_err(|e| refused(located(path, text, &e)))?;
    let mut changes: Vec<(Range<usize>, String)> = Vec::new();
    let mut added = String::new();
    for (key, value) in literals(wanted) {
        let set = table.get_ref().iter().find(|(k, _)| k.get_ref() == key);
        match set {
            Some((_, old)) => changes.push((old.span(), value)),
            None => added.push_str(&format!("{key} = {value}\n")),
        }
    }
    changes.sort_by_key(|(range, _)| std::cmp::Reverse(range.start));
    let mut out = text.to_string();
    for (range, value) in changes {
        if out.get(range.clone()).is_some() {
            out.replace_range(range, &value);
        }
    }
    if !added.is_empty() && !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&added);
    match toml::from_str::<File>(&out) {
        Ok(saved) if saved == *wanted => Ok(out),
        _ => Err(refused(format!(
            "{}, which could not be changed in place",
            path.display()
        ))),
    }
}

/// Each setting `file` holds, with its value written as TOML.
fn literals(file: &File) -> Vec<(&'static str, String)> {
    let string = |s: &String| toml::Value::String(s.clone()).to_string();
    let mut out = Vec::new();
    if let Some(theme) = &file.theme {
        out.push(("theme", string(theme)));
    }
    if let Some(shown) = file.timeline {
        out.push(("timeline", shown.to_string()));
    }
    if let Some(view) = &file.timeline_view {
        out.push(("timeline_view", string(view)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_bad_ones_are_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub").join("config.toml");
        assert_eq!(read(&p), (Config::default(), None), "no file, no settings");
        let prefs = Prefs {
            theme: ThemeName::Light,
            show_timeline: false,
            timeline_view: TimelineView::Axis,
        };
        write(&p, &prefs).unwrap();
        let (config, warning) = read(&p);
        assert_eq!(warning, None);
        assert_eq!(config.theme, Some(ThemeName::Light));
        assert_eq!(config.timeline, Some(false));
        assert_eq!(config.timeline_view, Some(TimelineView::Axis));

        std::fs::write(&p, "timeline_view = \"circle\"\n").unwrap();
        let (config, warning) = read(&p);
        assert_eq!(config.timeline_view, None);
        assert!(warning.unwrap().contains("list, axis"));

        std::fs::write(&p, "theme = \"neon\"\n").unwrap();
        let (config, warning) = read(&p);
        assert_eq!(config.theme, None);
        assert!(warning.unwrap().contains("expected one of"));

        std::fs::write(&p, "timeline = true\ncolour = 3\n").unwrap();
        let (config, warning) = read(&p);
        assert_eq!(config, Config::default());
        let warning = warning.unwrap();
        assert!(warning.contains("config.toml:2:1"), "{warning}");
    }

    fn light_axis_hidden() -> Prefs {
        Prefs {
            theme: ThemeName::Light,
            show_timeline: false,
            timeline_view: TimelineView::Axis,
        }
    }

    #[test]
    fn saving_changes_the_values_and_keeps_the_readers_comments_and_layout() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        let before = "# my colours\ntheme   =  'dark'   # for the evening\n\n\"timeline\" = true";
        std::fs::write(&p, before).unwrap();
        write(&p, &light_axis_hidden()).unwrap();
        let after = std::fs::read_to_string(&p).unwrap();
        assert_eq!(
            after,
            "# my colours\ntheme   =  \"light\"   # for the evening\n\n\"timeline\" = false\n\
             timeline_view = \"axis\"\n"
        );
        let (config, warning) = read(&p);
        assert_eq!(warning, None);
        assert_eq!(config.theme, Some(ThemeName::Light));
        assert_eq!(config.timeline, Some(false));
        assert_eq!(config.timeline_view, Some(TimelineView::Axis));
        // Saved again unchanged, the file stays byte for byte.
        write(&p, &light_axis_hidden()).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), after);
        // A value the reader mistyped is replaced, its comment kept.
        std::fs::write(&p, "theme = \"neon\" # try\n").unwrap();
        write(&p, &light_axis_hidden()).unwrap();
        let fixed = std::fs::read_to_string(&p).unwrap();
        assert!(fixed.starts_with("theme = \"light\" # try\n"), "{fixed}");
    }

    #[test]
    fn a_file_that_does_not_read_as_settings_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("config.toml");
        for broken in [
            "# my notes\ntimeline = maybe\n",
            "timeline = true\ncolour = 3\n",
            "[theme]\nname = \"dark\"\n",
        ] {
            std::fs::write(&p, broken).unwrap();
            let error = write(&p, &light_axis_hidden()).unwrap_err();
            assert_eq!(std::fs::read_to_string(&p).unwrap(), broken, "{error}");
            assert!(error.contains("config.toml:"), "{error}");
            assert!(error.contains("not saved"), "{error}");
        }
        let error = write(&p, &light_axis_hidden()).unwrap_err();
        assert!(error.contains("config.toml:1:1"), "{error}");
    }
}
