//! Where the app starts, from the command line: a tab, a deep link, presentation mode, a
//! theme. Checked before the terminal is touched, so a bad id is a plain error message and
//! exit code 2; then handed to the app as actions, like everything else that changes it.

use std::sync::Arc;

use crate::app::destination::{self, Destination};
use crate::app::{Action, App, Tab, update};
use crate::content::{Pack, PointRef};

/// Where the explorer opens.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct StartArgs {
    /// Start on this tab: its id (the built-in pack has why-moscow and pitfalls), its title
    /// or its number in the tab bar, or "timeline".
    #[arg(long, value_name = "TAB", conflicts_with = "open")]
    pub tab: Option<String>,

    /// Start at a place: a section id, SECTION/POINT (e.g. why-moscow/energy), timeline, or
    /// event/EVENT (e.g. event/gas-deal-target).
    #[arg(long, value_name = "PLACE")]
    pub open: Option<String>,
}

impl StartArgs {
    /// The actions that put a new app where these arguments say.
    pub fn actions(&self, pack: &Pack) -> Result<Vec<Action>, String> {
        let mut actions = Vec::new();
        if let Some(id) = &self.tab {
            let tab = Tab::parse(id, pack).ok_or_else(|| {
                let valid: Vec<String> = Tab::all(pack)
                    .enumerate()
                    .map(|(n, t)| format!("{} ({}, “{}”)", n + 1, t.id(pack), t.title(pack)))
                    .collect();
                format!("no tab `{id}`; the tabs are: {}", valid.join(", "))
            })?;
            actions.push(Action::Open(Destination::Tab(tab)));
        }
        if let Some(place) = self.destination(pack)? {
            actions.push(Action::Open(place));
        }
        Ok(actions)
    }

    /// The place `--open` names, checked.
    pub fn destination(&self, pack: &Pack) -> Result<Option<Destination>, String> {
        self.open
            .as_deref()
            .map(|spec| destination::parse(spec, pack))
            .transpose()
    }

    /// The point `--open` names, if it names one.
    pub fn point(&self, pack: &Pack) -> Result<Option<PointRef>, String> {
        Ok(match self.destination(pack)? {
            Some(Destination::Point(r)) => Some(r),
            _ => None,
        })
    }
}

/// A new app for a terminal of `size`, with the start-up actions applied.
pub fn app(pack: Arc<Pack>, size: (u16, u16), actions: &[Action]) -> App {
    let mut app = App::new(pack, size);
    for action in actions {
        update(&mut app, action.clone());
    }
    app
}

/// A point by anything `--open` accepts for one: its id, SECTION/POINT, or its label.
pub fn find_point(id: &str, pack: &Pack) -> Result<PointRef, String> {
    match destination::parse(id, pack)? {
        Destination::Point(r) => Ok(r),
        _ => Err(format!(
            "`{id}` names no point; a point is SECTION/POINT, its id, or its label"
        )),
    }
}
