//! Statements into sentences: each statement is one Fluent message filled with its data (codes,
//! names and lists joined in the page's language), never a text field pasted mid-sentence.

use crate::locales::Messages;
use crate::render_cache::NamedView;

use super::Sentence;
use super::facts::Request;
use super::rules::{Statement, WithOutcome};
use crate::content::Outcome;

/// The sentence that says `statement` in the language of `say`.
pub fn sentence(say: &Messages, statement: &Statement) -> Sentence {
    Sentence {
        rule: statement.rule(),
        text: text(say, statement),
    }
}

fn text(say: &Messages, statement: &Statement) -> String {
    match statement {
        Statement::Counterpart { first, second } => say.get(
            "compare-counterpart",
            &[("first", first), ("second", second)],
        ),
        Statement::ClassSame { a, b, class } => say.get(
            "compare-class-same",
            &[
                ("a", a),
                ("b", b),
                ("label", &class.label),
                ("name", &class.name),
            ],
        ),
        Statement::ClassDifferent {
            a,
            a_class,
            b,
            b_class,
        } => two_named(say, "compare-class-different", (a, a_class), (b, b_class)),
        Statement::CategoryDifferent {
            a,
            a_category,
            b,
            b_category,
        } => two_named(
            say,
            "compare-category-different",
            (a, a_category),
            (b, b_category),
        ),
        Statement::Outcomes { first, second } => outcomes(say, *first, *second),
        Statement::RetryException { code, kind } => {
            let own = format!("compare-retry-exception-{kind}");
            let id = if say.has(&own) {
                own.as_str()
            } else {
                "compare-retry-exception"
            };
            say.get(id, &[("code", code)])
        }
        Statement::DetailOnly { a, b } => say.get("compare-detail-only", &[("a", a), ("b", b)]),
        Statement::PropertyDifferent {
            key,
            name,
            a,
            a_values,
            b,
            b_values,
        } => {
            let own = format!("compare-property-{key}");
            let id = if say.has(&own) {
                own.as_str()
            } else {
                "compare-property-different"
            };
            // `a_has`/`b_has` (`none` or `some`) let a message word a code without values.
            let has = |any: bool| if any { "some" } else { "none" };
            let args = [
                ("property", *name),
                ("a", *a),
                ("a_values", a_values.0),
                ("a_has", has(a_values.1)),
                ("b", *b),
                ("b_values", b_values.0),
                ("b_has", has(b_values.1)),
            ];
            say.get(id, &args)
        }
        Statement::CommandsDifferent { .. }
        | Statement::CommandsSame { .. }
        | Statement::FormsDifferent { .. }
        | Statement::LinkedSame { .. }
        | Statement::LinkedDifferent { .. }
        | Statement::ActorsNobody { .. }
        | Statement::ActorsDifferent { .. }
        | Statement::ActorsExtra { .. } => list_text(say, statement),
    }
}

/// What two outcomes mean: the family's (or the site's) sentence for the pair where there is
/// one, else each outcome's meaning in one generic sentence.
fn outcomes(say: &Messages, first: WithOutcome, second: WithOutcome) -> String {
    let pair = format!("compare-outcome-{}-{}", first.1.key, second.1.key);
    if say.has(&pair) {
        return say.get(&pair, &[("first", first.0), ("second", second.0)]);
    }
    let meaning = |o: &Outcome| say.get(&format!("outcome-{}-meaning", o.key), &[]);
    say.get(
        "compare-outcome",
        &[
            ("first", first.0),
            ("first_meaning", &meaning(first.1)),
            ("second", second.0),
            ("second_meaning", &meaning(second.1)),
        ],
    )
}

/// A message id with its arguments, formatted.
type Message = (&'static str, Vec<(&'static str, String)>);

/// The sentences that name lists: requests, forms, linked codes, actors.
fn list_text(say: &Messages, statement: &Statement) -> String {
    // `text` words the statements without lists and never sends them here; were one sent, its
    // rule's id would show and the build would fail naming the missing message.
    let (id, args) = request_message(say, statement)
        .or_else(|| actor_message(say, statement))
        .unwrap_or((statement.rule(), Vec::new()));
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    say.get(id, &args)
}

/// "a, b or c" in the language of `say`.
fn list(say: &Messages, items: &[&str], kind: &str) -> String {
    say.join(
        &items.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        kind,
    )
}

/// The message of a statement about requests, forms or linked codes.
fn request_message(say: &Messages, statement: &Statement) -> Option<Message> {
    let list = |items: &[&str], kind: &str| list(say, items, kind);
    let commands = |items: &[Request]| command_list(say, items);
    Some(match statement {
        Statement::CommandsDifferent {
            a,
            a_commands,
            b,
            b_commands,
        } => (
            "compare-commands-different",
            vec![
                ("a", a.to_string()),
                ("a_commands", commands(a_commands)),
                ("b", b.to_string()),
                ("b_commands", commands(b_commands)),
            ],
        ),
        Statement::CommandsSame {
            a,
            b,
            commands: both,
        } => (
            "compare-commands-same",
            vec![
                ("a", a.to_string()),
                ("b", b.to_string()),
                ("commands", commands(both)),
            ],
        ),
        Statement::FormsDifferent {
            a,
            a_forms,
            b,
            b_forms,
        } => {
            let single = |forms: &[&str]| if forms.len() == 1 { "yes" } else { "no" }.to_string();
            (
                "compare-classes-different",
                vec![
                    ("a", a.to_string()),
                    ("a_forms", list(a_forms, "or")),
                    ("a_single", single(a_forms)),
                    ("b", b.to_string()),
                    ("b_forms", list(b_forms, "or")),
                    ("b_single", single(b_forms)),
                ],
            )
        }
        Statement::LinkedSame { a, b, codes } => (
            "compare-linked-same",
            vec![
                ("a", a.to_string()),
                ("b", b.to_string()),
                ("codes", list(codes, "and")),
            ],
        ),
        Statement::LinkedDifferent {
            a,
            a_codes,
            b,
            b_codes,
        } => (
            "compare-linked-different",
            vec![
                ("a", a.to_string()),
                ("a_codes", list(a_codes, "or")),
                ("b", b.to_string()),
                ("b_codes", list(b_codes, "or")),
            ],
        ),
        _ => return None,
    })
}

/// The message of a statement about who acts.
fn actor_message(say: &Messages, statement: &Statement) -> Option<Message> {
    let list = |items: &[&str], kind: &str| list(say, items, kind);
    Some(match statement {
        Statement::ActorsNobody {
            quiet,
            busy,
            actors,
        } => (
            "compare-actors-nobody",
            vec![
                ("quiet", quiet.to_string()),
                ("busy", busy.to_string()),
                ("actors", list(actors, "and")),
            ],
        ),
        Statement::ActorsDifferent {
            a,
            a_only,
            b,
            b_only,
            shared,
        } => {
            let mut args = vec![
                ("a", a.to_string()),
                ("a_only", list(a_only, "and")),
                ("b", b.to_string()),
                ("b_only", list(b_only, "and")),
            ];
            if shared.is_empty() {
                ("compare-actors-different", args)
            } else {
                args.push(("shared", list(shared, "and")));
                ("compare-actors-shared", args)
            }
        }
        Statement::ActorsExtra { more, fewer, extra } => (
            "compare-actors-extra",
            vec![
                ("more", more.to_string()),
                ("fewer", fewer.to_string()),
                ("extra", list(extra, "and")),
            ],
        ),
        _ => return None,
    })
}

/// A sentence naming the class (or category) of each code: `{a} … {a_label} {a_name} …`.
fn two_named(say: &Messages, id: &str, a: (&&str, &NamedView), b: (&&str, &NamedView)) -> String {
    say.get(
        id,
        &[
            ("a", a.0),
            ("a_label", &a.1.label),
            ("a_name", &a.1.name),
            ("b", b.0),
            ("b_label", &b.1.label),
            ("b_name", &b.1.name),
        ],
    )
}

/// A code's requests as a phrase: "A or B"; with the wildcard, "any request, notably A".
pub fn command_list(say: &Messages, commands: &[Request]) -> String {
    let (any, others): (Vec<&Request>, Vec<&Request>) = commands.iter().partition(|r| r.wildcard);
    let others = say.join(
        &others
            .iter()
            .map(|r| r.name.to_string())
            .collect::<Vec<_>>(),
        "or",
    );
    match any.first() {
        Some(any) if !others.is_empty() => say.get(
            "command-any-notably",
            &[("any", any.name), ("others", &others)],
        ),
        Some(any) => any.name.to_string(),
        None => others,
    }
}
