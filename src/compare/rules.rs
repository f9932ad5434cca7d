//! The comparison rules, as a table: each rule is a pure function of two codes' facts that
//! returns what it finds as typed statements (no text: `sentences` words them). A new rule is one
//! function and one row of [`RULES`].

use std::collections::BTreeSet;

use crate::content::Outcome;
use crate::render_cache::NamedView;

use super::facts::{Facts, Request};

/// A code and what its class means for the client.
pub type WithOutcome<'a> = (&'a str, &'a Outcome);

/// What a rule found about two codes `a` and `b` (`a` the lower).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement<'a> {
    /// One is the other's counterpart (SMTP: the same condition, temporary and permanent),
    /// `first` the one whose outcome the family names first.
    Counterpart { first: &'a str, second: &'a str },
    /// Both are of one class.
    ClassSame {
        a: &'a str,
        b: &'a str,
        class: &'a NamedView,
    },
    /// They are of different classes.
    ClassDifferent {
        a: &'a str,
        a_class: &'a NamedView,
        b: &'a str,
        b_class: &'a NamedView,
    },
    /// Their classes mean different things for the client, in outcome order.
    Outcomes {
        first: WithOutcome<'a>,
        second: WithOutcome<'a>,
    },
    /// Its retry advice (of kind `kind`) is an exception to what its outcome says.
    RetryException { code: &'a str, kind: &'a str },
    /// Different requests return them: (token, name) of each.
    CommandsDifferent {
        a: &'a str,
        a_commands: Vec<Request<'a>>,
        b: &'a str,
        b_commands: Vec<Request<'a>>,
    },
    /// The same requests return both.
    CommandsSame {
        a: &'a str,
        b: &'a str,
        commands: Vec<Request<'a>>,
    },
    /// They come in different concrete forms.
    FormsDifferent {
        a: &'a str,
        a_forms: Vec<&'a str>,
        b: &'a str,
        b_forms: Vec<&'a str>,
    },
    /// They are of different categories.
    CategoryDifferent {
        a: &'a str,
        a_category: &'a NamedView,
        b: &'a str,
        b_category: &'a NamedView,
    },
    /// Both travel with the same codes of another family.
    LinkedSame {
        a: &'a str,
        b: &'a str,
        codes: Vec<&'a str>,
    },
    /// They travel with different codes of another family.
    LinkedDifferent {
        a: &'a str,
        a_codes: Vec<&'a str>,
        b: &'a str,
        b_codes: Vec<&'a str>,
    },
    /// Nobody acts on `quiet`; `actors` act on `busy`.
    ActorsNobody {
        quiet: &'a str,
        busy: &'a str,
        actors: Vec<&'a str>,
    },
    /// Each calls on someone the other does not; `shared` are called on by both.
    ActorsDifferent {
        a: &'a str,
        a_only: Vec<&'a str>,
        b: &'a str,
        b_only: Vec<&'a str>,
        shared: Vec<&'a str>,
    },
    /// `more` calls on everyone `fewer` calls on, and on `extra` too.
    ActorsExtra {
        more: &'a str,
        fewer: &'a str,
        extra: Vec<&'a str>,
    },
    /// They differ in a property of their family: (key, name) of the property, and each code's
    /// values as shown with whether it has any.
    PropertyDifferent {
        key: &'a str,
        name: &'a str,
        a: &'a str,
        a_values: (&'a str, bool),
        b: &'a str,
        b_values: (&'a str, bool),
    },
    /// Nothing tells them apart but detail.
    DetailOnly { a: &'a str, b: &'a str },
}

impl Statement<'_> {
    /// The id of the rule (and sentence) that says it, e.g. `class-different`.
    pub fn rule(&self) -> &'static str {
        match self {
            Statement::Counterpart { .. } => "counterpart",
            Statement::ClassSame { .. } => "class-same",
            Statement::ClassDifferent { .. } => "class-different",
            Statement::Outcomes { .. } => "outcome",
            Statement::RetryException { .. } => "retry-exception",
            Statement::CommandsDifferent { .. } => "commands-different",
            Statement::CommandsSame { .. } => "commands-same",
            Statement::FormsDifferent { .. } => "classes-different",
            Statement::CategoryDifferent { .. } => "category-different",
            Statement::LinkedSame { .. } => "linked-same",
            Statement::LinkedDifferent { .. } => "linked-different",
            Statement::ActorsNobody { .. } => "actors-nobody",
            Statement::ActorsDifferent { .. } => "actors-different",
            Statement::ActorsExtra { .. } => "actors-extra",
            Statement::PropertyDifferent { .. } => "property-different",
            Statement::DetailOnly { .. } => "detail-only",
        }
    }
}

/// One comparison rule.
pub struct Rule {
    /// Its name.
    pub name: &'static str,
    /// What it finds about `a` and `b` (`a` the lower code), most important first.
    pub find: for<'a> fn(&Facts<'a>, &Facts<'a>) -> Vec<Statement<'a>>,
}

/// Every rule, most important first: their statements are the key differences in this order.
pub const RULES: &[Rule] = &[
    Rule {
        name: "counterpart",
        find: counterpart,
    },
    Rule {
        name: "class",
        find: class,
    },
    Rule {
        name: "outcome",
        find: outcome,
    },
    Rule {
        name: "retry-exception",
        find: retry_exception,
    },
    Rule {
        name: "requests",
        find: commands,
    },
    Rule {
        name: "forms",
        find: forms,
    },
    Rule {
        name: "category",
        find: category,
    },
    Rule {
        name: "linked",
        find: linked,
    },
    Rule {
        name: "actors",
        find: actors,
    },
    Rule {
        name: "properties",
        find: properties,
    },
];

/// The statements of the rules named in `on` (a family's `rules`, in the table's order), then
/// `DetailOnly` when none of them tells the codes apart.
pub fn apply<'a>(on: &[String], a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    let mut found: Vec<Statement<'a>> = (RULES.iter())
        .filter(|rule| on.iter().any(|name| name == rule.name))
        .flat_map(|rule| (rule.find)(a, b))
        .collect();
    let uninformative = |s: &Statement| {
        matches!(
            s,
            Statement::ClassSame { .. }
                | Statement::CommandsSame { .. }
                | Statement::LinkedSame { .. }
        )
    };
    if found.iter().all(uninformative) {
        found.push(Statement::DetailOnly { a: a.id, b: b.id });
    }
    found
}

/// The counterpart (SMTP: transient/permanent): the most useful fact about such a pair.
pub fn counterpart<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    if a.counterpart != Some(b.slug) && b.counterpart != Some(a.slug) {
        return Vec::new();
    }
    // The family names which outcome comes first; without that, the lower code does.
    let a_first =
        a.counterpart_first.is_none() || a.outcome.map(|o| o.key.as_str()) == a.counterpart_first;
    let (first, second) = if a_first { (a.id, b.id) } else { (b.id, a.id) };
    vec![Statement::Counterpart { first, second }]
}

/// Class: the same or different.
pub fn class<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    let (Some(ca), Some(cb)) = (a.class, b.class) else {
        return Vec::new();
    };
    vec![if ca.key == cb.key {
        Statement::ClassSame {
            a: a.id,
            b: b.id,
            class: ca,
        }
    } else {
        Statement::ClassDifferent {
            a: a.id,
            a_class: ca,
            b: b.id,
            b_class: cb,
        }
    }]
}

/// Outcome: what each means for the client, when that differs (in outcome order).
pub fn outcome<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    match ordered_outcomes(a, b) {
        Some((first, second)) if first.1 != second.1 => vec![Statement::Outcomes { first, second }],
        _ => Vec::new(),
    }
}

/// Both codes with their outcomes, the lower outcome first (`a` first when they are the same);
/// `None` unless both have one.
pub fn ordered_outcomes<'a>(
    a: &Facts<'a>,
    b: &Facts<'a>,
) -> Option<(WithOutcome<'a>, WithOutcome<'a>)> {
    let (oa, ob) = (a.outcome?, b.outcome?);
    Some(if oa.rank <= ob.rank {
        ((a.id, oa), (b.id, ob))
    } else {
        ((b.id, ob), (a.id, oa))
    })
}

/// A failure that clients should sometimes treat as temporary, on either side.
pub fn retry_exception<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    [a, b]
        .into_iter()
        .filter_map(|side| {
            (side.retry_exception).map(|kind| Statement::RetryException {
                code: side.id,
                kind,
            })
        })
        .collect()
}

/// The requests that return each code (the family's wildcard, "any command", alone says
/// nothing worth comparing).
pub fn commands<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    let tokens = |f: &Facts<'a>| f.commands.iter().map(|r| r.token).collect::<BTreeSet<_>>();
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() || tb.is_empty() {
        Vec::new()
    } else if ta != tb {
        vec![Statement::CommandsDifferent {
            a: a.id,
            a_commands: a.commands.clone(),
            b: b.id,
            b_commands: b.commands.clone(),
        }]
    } else if a.commands.iter().all(|r| r.wildcard) {
        Vec::new()
    } else {
        vec![Statement::CommandsSame {
            a: a.id,
            b: b.id,
            commands: a.commands.clone(),
        }]
    }
}

/// Concrete forms: the classes each code can be sent with (enhanced 4.2.2 / 5.2.2).
pub fn forms<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    let labels = |f: &Facts<'a>| f.forms.iter().map(|(_, l)| *l).collect::<BTreeSet<_>>();
    if a.forms.is_empty() || b.forms.is_empty() || labels(a) == labels(b) {
        return Vec::new();
    }
    let ids = |f: &Facts<'a>| f.forms.iter().map(|(id, _)| *id).collect();
    vec![Statement::FormsDifferent {
        a: a.id,
        a_forms: ids(a),
        b: b.id,
        b_forms: ids(b),
    }]
}

/// Category: only a difference is worth a sentence.
pub fn category<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    match (a.category, b.category) {
        (Some(ka), Some(kb)) if ka.key != kb.key => vec![Statement::CategoryDifferent {
            a: a.id,
            a_category: ka,
            b: b.id,
            b_category: kb,
        }],
        _ => Vec::new(),
    }
}

/// Codes of another family that each travels with (X.2.2 with 552; X.1.1 with 550): worth a
/// sentence where the class cannot say what a code means for the client.
pub fn linked<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    if a.outcome.is_some() || b.outcome.is_some() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (family, ia) in &a.linked {
        let Some((_, ib)) = b.linked.iter().find(|(f, _)| f == family) else {
            continue;
        };
        let set = |ids: &Vec<&'a str>| ids.iter().copied().collect::<BTreeSet<_>>();
        found.push(if set(ia) == set(ib) {
            Statement::LinkedSame {
                a: a.id,
                b: b.id,
                codes: ia.clone(),
            }
        } else {
            Statement::LinkedDifferent {
                a: a.id,
                a_codes: ia.clone(),
                b: b.id,
                b_codes: ib.clone(),
            }
        });
    }
    found
}

/// Who has to act: only the difference is worth saying.
pub fn actors<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    let set = |f: &Facts<'a>| {
        f.actors
            .iter()
            .map(|(x, _)| *x)
            .collect::<BTreeSet<&'a str>>()
    };
    let (sa, sb) = (set(a), set(b));
    if sa.is_empty() || sb.is_empty() || sa == sb {
        return Vec::new();
    }
    // The names of `side`'s actors that are in `only`, in the side's order.
    let names = |side: &Facts<'a>, only: &BTreeSet<&'a str>| -> Vec<&'a str> {
        (side.actors.iter())
            .filter(|(x, _)| only.contains(x))
            .map(|(_, name)| *name)
            .collect()
    };
    let only_a: BTreeSet<&str> = sa.difference(&sb).copied().collect();
    let only_b: BTreeSet<&str> = sb.difference(&sa).copied().collect();
    let statement = if a.nobody_acts() || b.nobody_acts() {
        let (quiet, busy) = if a.nobody_acts() { (a, b) } else { (b, a) };
        let everyone = set(busy);
        Statement::ActorsNobody {
            quiet: quiet.id,
            busy: busy.id,
            actors: names(busy, &everyone),
        }
    } else if !only_a.is_empty() && !only_b.is_empty() {
        // Who both call on is said too: without it, "only 452 calls on the sending software"
        // would read as if 452 called on no one else.
        let shared: BTreeSet<&str> = sa.intersection(&sb).copied().collect();
        Statement::ActorsDifferent {
            a: a.id,
            a_only: names(a, &only_a),
            b: b.id,
            b_only: names(b, &only_b),
            shared: names(a, &shared),
        }
    } else {
        let (more, fewer, extra) = if only_a.is_empty() {
            (b, a, &only_b)
        } else {
            (a, b, &only_a)
        };
        Statement::ActorsExtra {
            more: more.id,
            fewer: fewer.id,
            extra: names(more, extra),
        }
    };
    vec![statement]
}

/// The family's own properties, each where the two codes' values differ (and both can be named).
pub fn properties<'a>(a: &Facts<'a>, b: &Facts<'a>) -> Vec<Statement<'a>> {
    (a.properties.iter().zip(&b.properties))
        .filter(|(pa, pb)| pa.0 == pb.0 && pa.2 != pb.2)
        // A code without values, where the family has no words for that, is not compared.
        .filter(|(pa, pb)| !pa.2.is_empty() && !pb.2.is_empty())
        .map(|(pa, pb)| Statement::PropertyDifferent {
            key: pa.0,
            name: pa.1,
            a: a.id,
            a_values: (pa.2, pa.3),
            b: b.id,
            b_values: (pb.2, pb.3),
        })
        .collect()
}
