//! Where the app starts, from the command line: tab, deep link, presentation, theme. Checked
//! before the terminal is touched, so a bad id is a plain error message and exit code 2.

use std::sync::Arc;

use crate::app::place::{self, Place};
use crate::app::{App, Tab, ThemeName, present};
use crate::cli::{Cli, Command};
use crate::content::{Pack, PointRef};

#[derive(Debug, Clone)]
pub struct Start {
    pub tab: Tab,
    pub place: Option<Place>,
    /// Start in presentation mode.
    pub present: Option<Deck>,
    pub theme: ThemeName,
}

#[derive(Debug, Clone, Copy)]
pub struct Deck {
    pub at: Option<PointRef>,
    pub notes: bool,
    /// Steps already revealed: `render --present` shows the claim and its explanation, which
    /// is what a screenshot of a slide needs.
    pub step: usize,
}

impl Start {
    pub fn from_cli(cli: &Cli, pack: &Pack, no_color: bool) -> Result<Self, String> {
        let tab = match &cli.tab {
            None => Tab::Section(0),
            Some(id) => Tab::parse(id, pack).ok_or_else(|| {
                let valid: Vec<&str> = Tab::all(pack).map(|t| t.id(pack)).collect();
                format!("no tab `{id}`; expected one of: {}", valid.join(", "))
            })?,
        };
        let place = cli
            .open
            .as_deref()
            .map(|spec| place::parse(spec, pack))
            .transpose()?;
        let opened_point = match place {
            Some(Place::Point(r)) => Some(r),
            _ => None,
        };
        let present = match &cli.command {
            Some(Command::Present { start, notes }) => Some(Deck {
                at: match start {
                    Some(id) => Some(find_point(id, pack)?),
                    None => opened_point,
                },
                notes: *notes,
                step: 0,
            }),
            Some(Command::Render { present: true, .. }) => Some(Deck {
                at: opened_point,
                notes: false,
                step: 1,
            }),
            _ => None,
        };
        Ok(Self {
            tab,
            place,
            present,
            theme: crate::cli::theme(cli, no_color),
        })
    }

    /// The app at this start, for a terminal of `size`.
    pub fn app(&self, pack: Arc<Pack>, size: (u16, u16)) -> App {
        let mut app = App::new(pack, self.tab, size);
        app.theme = self.theme;
        if let Some(p) = self.place {
            place::open(&mut app, p);
        }
        if let Some(deck) = self.present {
            if let Some(r) = deck.at {
                place::open(&mut app, Place::Point(r));
            }
            present::start(&mut app, deck.at, deck.notes);
            if let Some(p) = &mut app.present {
                p.step = deck.step;
            }
            crate::app::update::settle(&mut app);
        }
        app
    }
}

/// A point by its id (unique across the pack) or as SECTION/POINT.
fn find_point(id: &str, pack: &Pack) -> Result<PointRef, String> {
    if id.contains('/') {
        return match place::parse(id, pack)? {
            Place::Point(r) => Ok(r),
            _ => Err(format!("`{id}` names no point")),
        };
    }
    pack.find_point(id).ok_or_else(|| {
        let ids = pack
            .sections
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.id.as_str()));
        place::unknown("point", id, ids, "")
    })
}
