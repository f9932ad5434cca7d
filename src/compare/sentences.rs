//! Statements into sentences: each statement is one Fluent message filled with its data (codes,
//! names and lists joined in the page's language), never a text field pasted mid-sentence.

use crate::locales::Messages;
use crate::render_cache::NamedView;

use super::rules::Statement;
use super::{Sentence, join};

/// The sentence that says `statement` in the language of `say`.
pub fn sentence(say: &Messages, statement: &Statement) -> Sentence {
    Sentence {
        rule: statement.rule(),
        text: text(say, statement),
    }
}

fn text(say: &Messages, statement: &Statement) -> String {
    let list = |items: &[&str], kind: &str| {
        join(
            say,
            &items.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            kind,
        )
    };
    match statement {
        Statement::Counterpart {
            transient,
            permanent,
        } => say.get(
            "compare-counterpart",
            &[("transient", transient), ("permanent", permanent)],
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
        Statement::Outcomes { first, second } => say.get(
            &format!("compare-outcome-{}-{}", first.1.key(), second.1.key()),
            &[("first", first.0), ("second", second.0)],
        ),
        Statement::RetryException { code } => say.get("compare-retry-exception", &[("code", code)]),
        Statement::CommandsDifferent {
            a,
            a_commands,
            b,
            b_commands,
        } => say.get(
            "compare-commands-different",
            &[
                ("a", a),
                ("a_commands", &command_list(say, a_commands)),
                ("b", b),
                ("b_commands", &command_list(say, b_commands)),
            ],
        ),
        Statement::CommandsSame { a, b, commands } => say.get(
            "compare-commands-same",
            &[
                ("a", a),
                ("b", b),
                ("commands", &command_list(say, commands)),
            ],
        ),
        Statement::FormsDifferent {
            a,
            a_forms,
            b,
            b_forms,
        } => {
            let single = |forms: &[&str]| if forms.len() == 1 { "yes" } else { "no" };
            say.get(
                "compare-classes-different",
                &[
                    ("a", a),
                    ("a_forms", &list(a_forms, "or")),
                    ("a_single", single(a_forms)),
                    ("b", b),
                    ("b_forms", &list(b_forms, "or")),
                    ("b_single", single(b_forms)),
                ],
            )
        }
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
        Statement::LinkedSame { a, b, codes } => say.get(
            "compare-linked-same",
            &[("a", a), ("b", b), ("codes", &list(codes, "and"))],
        ),
        Statement::LinkedDifferent {
            a,
            a_codes,
            b,
            b_codes,
        } => say.get(
            "compare-linked-different",
            &[
                ("a", a),
                ("a_codes", &list(a_codes, "or")),
                ("b", b),
                ("b_codes", &list(b_codes, "or")),
            ],
        ),
        Statement::ActorsNobody {
            quiet,
            busy,
            actors,
        } => say.get(
            "compare-actors-nobody",
            &[
                ("quiet", quiet),
                ("busy", busy),
                ("actors", &list(actors, "and")),
            ],
        ),
        Statement::ActorsDifferent {
            a,
            a_only,
            b,
            b_only,
            shared,
        } => {
            let (a_only, b_only, both) = (
                list(a_only, "and"),
                list(b_only, "and"),
                list(shared, "and"),
            );
            let mut args = vec![
                ("a", *a),
                ("a_only", &a_only),
                ("b", *b),
                ("b_only", &b_only),
            ];
            let id = if shared.is_empty() {
                "compare-actors-different"
            } else {
                args.push(("shared", &both));
                "compare-actors-shared"
            };
            say.get(id, &args)
        }
        Statement::ActorsExtra { more, fewer, extra } => say.get(
            "compare-actors-extra",
            &[
                ("more", more),
                ("fewer", fewer),
                ("extra", &list(extra, "and")),
            ],
        ),
        Statement::DetailOnly { a, b } => say.get("compare-detail-only", &[("a", a), ("b", b)]),
    }
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

/// A code's requests as a phrase: "RCPT TO or DATA"; "any command, notably AUTH".
pub fn command_list(say: &Messages, commands: &[(&str, &str)]) -> String {
    let (any, others): (Vec<_>, Vec<_>) = commands.iter().partition(|(token, _)| *token == "any");
    let others = join(
        say,
        &others
            .iter()
            .map(|(_, name)| name.to_string())
            .collect::<Vec<_>>(),
        "or",
    );
    match any.first() {
        Some((_, any)) if !others.is_empty() => {
            say.get("command-any-notably", &[("any", any), ("others", &others)])
        }
        Some((_, any)) => any.to_string(),
        None => others,
    }
}
