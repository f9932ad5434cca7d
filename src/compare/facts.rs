//! The plain facts of one code that the comparison rules read: ids, outcome, class, commands,
//! concrete forms, linked codes, actors, each with the name it is shown by in the page's locale.

use crate::content::{NOBODY, Outcome};
use crate::render_cache::NamedView;

use super::Side;

/// What the rules know of one code.
#[derive(Debug, Clone, Default)]
pub struct Facts<'a> {
    /// The code as written (`552`).
    pub id: &'a str,
    /// Its URL segment.
    pub slug: &'a str,
    /// The slug of its counterpart, if it names one.
    pub counterpart: Option<&'a str>,
    /// The outcome its family's counterpart sentences name first (SMTP: transient), if any.
    pub counterpart_first: Option<&'a str>,
    /// What its class means for the client.
    pub outcome: Option<&'a Outcome>,
    /// Its retry advice, when that is an exception to what its outcome says (the kind's key).
    pub retry_exception: Option<&'a str>,
    /// Its class (key, label, name).
    pub class: Option<&'a NamedView>,
    /// Its category.
    pub category: Option<&'a NamedView>,
    /// The requests that return it.
    pub commands: Vec<Request<'a>>,
    /// Its concrete forms: (form, class label).
    pub forms: Vec<(&'a str, &'a str)>,
    /// Codes of other families it travels with: (family id, code ids).
    pub linked: Vec<(&'a str, Vec<&'a str>)>,
    /// Who must act: (actor key, name as shown).
    pub actors: Vec<(&'a str, &'a str)>,
    /// Its values of the family's properties: (property key, property name, values as shown,
    /// whether it has any).
    pub properties: Vec<(&'a str, &'a str, &'a str, bool)>,
}

/// A request a code answers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Request<'a> {
    /// As code files write it (a token of the family's `requests`).
    pub token: &'a str,
    /// As the page shows it (as written, or its translated name).
    pub name: &'a str,
    /// Whether it is the family's "any request".
    pub wildcard: bool,
}

impl<'a> Facts<'a> {
    /// The facts of one side of a comparison.
    pub fn of(side: Side<'a>) -> Facts<'a> {
        let (code, view) = (side.code, side.view);
        let wildcard = (side.family.requests.as_ref()).and_then(|r| r.wildcard.as_deref());
        Facts {
            id: &code.id,
            slug: &code.slug,
            counterpart: code.counterpart.as_deref(),
            counterpart_first: (side.family.counterpart.as_ref())
                .and_then(|rule| rule.outcomes.as_ref())
                .and_then(|outcomes| outcomes.first().map(String::as_str)),
            outcome: code.outcome.as_ref(),
            retry_exception: (code.retry.as_ref())
                .filter(|r| r.exception)
                .map(|r| r.key.as_str()),
            class: view.class.as_ref(),
            category: view.category.as_ref(),
            commands: (code.commands.iter())
                .zip(&view.commands)
                .map(|(token, shown)| Request {
                    token,
                    name: &shown.name,
                    wildcard: wildcard == Some(token.as_str()),
                })
                .collect(),
            forms: (view.aliases.iter())
                .map(|a| (a.id.as_str(), a.label.as_str()))
                .collect(),
            linked: (view.linked.iter())
                .map(|l| {
                    let ids = l.codes.iter().map(|c| c.id.as_str()).collect();
                    (l.family_id.as_str(), ids)
                })
                .collect(),
            actors: (code.actors.iter().map(String::as_str))
                .zip(view.actors.iter().map(String::as_str))
                .collect(),
            properties: (view.properties.iter())
                .map(|p| {
                    let any = !p.values.is_empty();
                    (p.key.as_str(), p.name.as_str(), p.text.as_str(), any)
                })
                .collect(),
        }
    }

    /// Whether nobody has to act (no actor, or only `nobody`).
    pub fn nobody_acts(&self) -> bool {
        self.actors.iter().all(|(actor, _)| *actor == NOBODY)
    }
}
