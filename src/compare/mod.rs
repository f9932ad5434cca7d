//! The comparison of two codes of a family: key differences found by the rules (`rules`, a table
//! of pure functions over each code's facts, `facts`) and worded through Fluent (`sentences`),
//! then "when to use which". Every sentence is a Fluent pattern filled with data, never a pasted
//! text field mid-sentence; rules come most important first.

mod facts;
mod rules;
mod sentences;

pub use facts::Facts;
pub use rules::{RULES, Rule, Statement, apply};
pub use sentences::sentence;

use serde::Serialize;

use crate::content::Outcome;
use crate::content::{Code, Family};
use crate::locales::Messages;
use crate::render_cache::CodeView;
use rules::{WithOutcome, ordered_outcomes};

/// One generated sentence, with the rule that made it (for tests and CSS).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Sentence {
    /// The rule's id, e.g. `class-different`.
    pub rule: &'static str,
    /// The sentence, plain text.
    pub text: String,
}

/// What one code asks of whom, for "when to use which".
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Guidance {
    /// The code.
    pub code: String,
    /// "Who acts on 552: the recipient."
    pub who: String,
    /// The code's action sentence.
    pub action: String,
}

/// The generated part of a comparison page.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Comparison {
    /// Key differences, most important first.
    pub differences: Vec<Sentence>,
    /// The opening sentence of "when to use which".
    pub which_intro: String,
    /// Per-code guidance, lower code first.
    pub guidance: Vec<Guidance>,
}

/// One side of a comparison: the facts and the localized view.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The code's family.
    pub family: &'a Family,
    /// The loaded code.
    pub code: &'a Code,
    /// Its view in the page's locale.
    pub view: &'a CodeView,
}

/// Compares `a` and `b` (a is the lower code) in the language of `say`; messages that cannot be
/// formatted are kept in `say`.
pub fn compare(say: &Messages, a: Side, b: Side) -> Comparison {
    let (fa, fb) = (Facts::of(a), Facts::of(b));
    let differences = apply(&a.family.rules, &fa, &fb)
        .iter()
        .map(|s| sentence(say, s))
        .collect();
    Comparison {
        differences,
        which_intro: which_intro(say, &fa, &fb),
        guidance: [a, b].iter().map(|side| guidance(say, *side)).collect(),
    }
}

/// The opening sentence of "when to use which": what the outcomes mean, with the exceptions.
fn which_intro(say: &Messages, a: &Facts, b: &Facts) -> String {
    let mut intro = match ordered_outcomes(a, b) {
        Some((first, second)) => which_outcomes(say, first, second),
        None => say.get("which-unclassified", &[("a", a.id), ("b", b.id)]),
    };
    for side in [a, b] {
        if let Some(kind) = side.retry_exception {
            intro.push(' ');
            let own = format!("which-exception-{kind}");
            let id = if say.has(&own) {
                own.as_str()
            } else {
                "which-exception"
            };
            intro.push_str(&say.get(id, &[("code", side.id)]));
        }
    }
    intro
}

/// What to do about two codes with outcomes: the message for the pair of outcomes where the
/// family (or the site) has one, else a sentence chosen by what the outcomes are: failures or
/// not, worth retrying or not.
fn which_outcomes(say: &Messages, first: WithOutcome, second: WithOutcome) -> String {
    let (a, b) = (first.0, second.0);
    let same = first.1 == second.1;
    let own = if same {
        format!("which-same-{}", first.1.key)
    } else {
        format!("which-{}-{}", first.1.key, second.1.key)
    };
    if say.has(&own) {
        return match same {
            true => say.get(&own, &[("a", a), ("b", b)]),
            false => say.get(&own, &[("first", a), ("second", b)]),
        };
    }
    let advice = |o: &Outcome| if o.retry { "retry" } else { "change" };
    match (first.1.failure, second.1.failure) {
        (false, false) => say.get("which-no-failure", &[("a", a), ("b", b)]),
        (true, true) if first.1.retry == second.1.retry => say.get(
            &format!("which-both-{}", advice(first.1)),
            &[("a", a), ("b", b)],
        ),
        (true, true) => {
            let (retry, change) = if first.1.retry { (a, b) } else { (b, a) };
            say.get(
                "which-retry-change",
                &[("retry", retry), ("change", change)],
            )
        }
        (true, false) | (false, true) => {
            let failed = if first.1.failure { first } else { second };
            say.get(
                &format!("which-one-failure-{}", advice(failed.1)),
                &[("failed", failed.0)],
            )
        }
    }
}

/// Who acts on one code, and what they do.
fn guidance(say: &Messages, side: Side) -> Guidance {
    let id = side.code.id.as_str();
    let nobody = side.code.actors.is_empty() || side.code.actors == [crate::content::NOBODY];
    let who = if nobody {
        say.get("which-nobody", &[("code", id)])
    } else {
        let actors = say.join(&side.view.actors, "and");
        say.get("which-who", &[("code", id), ("actors", &actors)])
    };
    Guidance {
        code: id.to_string(),
        who,
        action: side.view.action.clone(),
    }
}

#[cfg(test)]
mod tests;
