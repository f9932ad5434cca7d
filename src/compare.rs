//! The rules that turn two codes into key differences and "when to use which". Each rule is a
//! Fluent sentence pattern filled with data (never a pasted text field in mid-sentence), fires
//! only when its condition holds, and rules come most important first.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::content::{Actor, Code, Outcome};
use crate::locales::Messages;
use crate::render_cache::CodeView;

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
    /// The loaded code.
    pub code: &'a Code,
    /// Its view in the page's locale.
    pub view: &'a CodeView,
}

/// Compares `a` and `b` (a is the lower code) in the language of `say`; messages that cannot be
/// formatted are kept in `say`.
pub fn compare(say: &Messages, a: Side, b: Side) -> Comparison {
    let msg = |id: &str, args: &[(&str, &str)]| say.get(id, args);
    let (ida, idb) = (a.code.id.as_str(), b.code.id.as_str());
    let mut differences = Vec::new();
    let mut push = |rule: &'static str, text: String| differences.push(Sentence { rule, text });

    // The transient/permanent counterpart: the most useful fact about such a pair.
    if a.code.counterpart.as_deref() == Some(b.code.slug.as_str())
        || b.code.counterpart.as_deref() == Some(a.code.slug.as_str())
    {
        let (t, p) = if a.code.outcome == Some(Outcome::Transient) {
            (ida, idb)
        } else {
            (idb, ida)
        };
        push(
            "counterpart",
            msg("compare-counterpart", &[("transient", t), ("permanent", p)]),
        );
    }

    // Class: same or different.
    if let (Some(ca), Some(cb)) = (&a.view.class, &b.view.class) {
        if ca.key == cb.key {
            push(
                "class-same",
                msg(
                    "compare-class-same",
                    &[
                        ("a", ida),
                        ("b", idb),
                        ("label", &ca.label),
                        ("name", &ca.name),
                    ],
                ),
            );
        } else {
            push(
                "class-different",
                msg(
                    "compare-class-different",
                    &[
                        ("a", ida),
                        ("a_label", &ca.label),
                        ("a_name", &ca.name),
                        ("b", idb),
                        ("b_label", &cb.label),
                        ("b_name", &cb.name),
                    ],
                ),
            );
        }
    }

    // Outcome: what each means for the client (success, go on, retry later, do not repeat).
    if let (Some(oa), Some(ob)) = (a.code.outcome, b.code.outcome)
        && oa != ob
    {
        let ((first, of), (second, os)) = if oa < ob {
            ((ida, oa), (idb, ob))
        } else {
            ((idb, ob), (ida, oa))
        };
        let id = format!("compare-outcome-{}-{}", of.key(), os.key());
        push("outcome", msg(&id, &[("first", first), ("second", second)]));
    }

    // A permanent code that clients should sometimes treat as temporary.
    for side in [a, b] {
        if side.code.retry == Some(crate::content::Retry::AsTransient) {
            push(
                "retry-exception",
                msg("compare-retry-exception", &[("code", &side.code.id)]),
            );
        }
    }

    // Commands that return each code ("any command" alone says nothing worth comparing).
    let (cmds_a, cmds_b): (BTreeSet<&str>, BTreeSet<&str>) = (
        a.code.commands.iter().map(String::as_str).collect(),
        b.code.commands.iter().map(String::as_str).collect(),
    );
    let only_any = |set: &BTreeSet<&str>| set.iter().all(|c| *c == "any");
    if !cmds_a.is_empty() && !cmds_b.is_empty() {
        if cmds_a != cmds_b {
            let (list_a, list_b) = (command_list(say, a), command_list(say, b));
            push(
                "commands-different",
                msg(
                    "compare-commands-different",
                    &[
                        ("a", ida),
                        ("a_commands", &list_a),
                        ("b", idb),
                        ("b_commands", &list_b),
                    ],
                ),
            );
        } else if !only_any(&cmds_a) {
            let list = command_list(say, a);
            push(
                "commands-same",
                msg(
                    "compare-commands-same",
                    &[("a", ida), ("b", idb), ("commands", &list)],
                ),
            );
        }
    }

    // Concrete forms: the classes each code can be sent with (enhanced 4.2.2 / 5.2.2).
    let labels = |v: &CodeView| {
        v.aliases
            .iter()
            .map(|x| x.label.clone())
            .collect::<BTreeSet<_>>()
    };
    if !a.view.aliases.is_empty() && !b.view.aliases.is_empty() && labels(a.view) != labels(b.view)
    {
        let forms = |v: &CodeView| v.aliases.iter().map(|x| x.id.clone()).collect::<Vec<_>>();
        push(
            "classes-different",
            msg(
                "compare-classes-different",
                &[
                    ("a", ida),
                    ("a_forms", &join(say, &forms(a.view), "or")),
                    (
                        "a_single",
                        if a.view.aliases.len() == 1 {
                            "yes"
                        } else {
                            "no"
                        },
                    ),
                    ("b", idb),
                    ("b_forms", &join(say, &forms(b.view), "or")),
                    (
                        "b_single",
                        if b.view.aliases.len() == 1 {
                            "yes"
                        } else {
                            "no"
                        },
                    ),
                ],
            ),
        );
    }

    // Category: only a difference is worth a sentence.
    if let (Some(ka), Some(kb)) = (&a.view.category, &b.view.category)
        && ka.key != kb.key
    {
        push(
            "category-different",
            msg(
                "compare-category-different",
                &[
                    ("a", ida),
                    ("a_label", &ka.label),
                    ("a_name", &ka.name),
                    ("b", idb),
                    ("b_label", &kb.label),
                    ("b_name", &kb.name),
                ],
            ),
        );
    }

    // Codes of another family that each travels with (X.2.2 with 552; X.1.1 with 550): worth
    // a sentence where the class cannot say what a code means for the client.
    let classless = a.code.outcome.is_none() && b.code.outcome.is_none();
    for la in a.view.linked.iter().filter(|_| classless) {
        let Some(lb) = b.view.linked.iter().find(|l| l.family_id == la.family_id) else {
            continue;
        };
        let ids = |l: &crate::render_cache::LinkedView| {
            l.codes.iter().map(|c| c.id.clone()).collect::<Vec<_>>()
        };
        let (ia, ib) = (ids(la), ids(lb));
        if ia.iter().collect::<BTreeSet<_>>() == ib.iter().collect::<BTreeSet<_>>() {
            let codes = join(say, &ia, "and");
            push(
                "linked-same",
                msg(
                    "compare-linked-same",
                    &[("a", ida), ("b", idb), ("codes", &codes)],
                ),
            );
        } else {
            let (codes_a, codes_b) = (join(say, &ia, "or"), join(say, &ib, "or"));
            push(
                "linked-different",
                msg(
                    "compare-linked-different",
                    &[
                        ("a", ida),
                        ("a_codes", &codes_a),
                        ("b", idb),
                        ("b_codes", &codes_b),
                    ],
                ),
            );
        }
    }

    // Who has to act: only the difference is worth saying.
    let actors_a: BTreeSet<Actor> = a.code.actors.iter().copied().collect();
    let actors_b: BTreeSet<Actor> = b.code.actors.iter().copied().collect();
    let nobody = |set: &BTreeSet<Actor>| set.iter().all(|&x| x == Actor::Nobody);
    let names = |side: Side, only: &BTreeSet<Actor>| {
        let shown: Vec<String> = side
            .code
            .actors
            .iter()
            .zip(&side.view.actors)
            .filter(|(actor, _)| only.contains(actor))
            .map(|(_, name)| name.clone())
            .collect();
        join(say, &shown, "and")
    };
    if !actors_a.is_empty() && !actors_b.is_empty() && actors_a != actors_b {
        let only_a: BTreeSet<Actor> = actors_a.difference(&actors_b).copied().collect();
        let only_b: BTreeSet<Actor> = actors_b.difference(&actors_a).copied().collect();
        match (nobody(&actors_a), nobody(&actors_b)) {
            (true, _) | (_, true) => {
                let (quiet, busy) = if nobody(&actors_a) { (a, b) } else { (b, a) };
                let everyone: BTreeSet<Actor> = busy.code.actors.iter().copied().collect();
                push(
                    "actors-nobody",
                    msg(
                        "compare-actors-nobody",
                        &[
                            ("quiet", &quiet.code.id),
                            ("busy", &busy.code.id),
                            ("actors", &names(busy, &everyone)),
                        ],
                    ),
                );
            }
            _ if !only_a.is_empty() && !only_b.is_empty() => {
                // Who both call on is said too: without it, "only 452 calls on the sending
                // software" would read as if 452 called on no one else.
                let shared: BTreeSet<Actor> = actors_a.intersection(&actors_b).copied().collect();
                let (a_only, b_only, both) =
                    (names(a, &only_a), names(b, &only_b), names(a, &shared));
                let mut args = vec![
                    ("a", ida),
                    ("a_only", &a_only),
                    ("b", idb),
                    ("b_only", &b_only),
                ];
                let id = if shared.is_empty() {
                    "compare-actors-different"
                } else {
                    args.push(("shared", &both));
                    "compare-actors-shared"
                };
                push("actors-different", msg(id, &args));
            }
            _ => {
                let (more, fewer, extra) = if only_a.is_empty() {
                    (b, a, &only_b)
                } else {
                    (a, b, &only_a)
                };
                push(
                    "actors-extra",
                    msg(
                        "compare-actors-extra",
                        &[
                            ("more", &more.code.id),
                            ("fewer", &fewer.code.id),
                            ("extra", &names(more, extra)),
                        ],
                    ),
                );
            }
        }
    }

    // Nothing but the shared class: say that they differ only in detail.
    let uninformative = ["class-same", "commands-same", "linked-same"];
    if differences.iter().all(|s| uninformative.contains(&s.rule)) {
        differences.push(Sentence {
            rule: "detail-only",
            text: msg("compare-detail-only", &[("a", ida), ("b", idb)]),
        });
    }

    let which_intro = match (a.code.outcome, b.code.outcome) {
        (Some(oa), Some(ob)) if oa != ob => {
            let ((first, of), (second, os)) = if oa < ob {
                ((ida, oa), (idb, ob))
            } else {
                ((idb, ob), (ida, oa))
            };
            msg(
                &format!("which-{}-{}", of.key(), os.key()),
                &[("first", first), ("second", second)],
            )
        }
        (Some(o), Some(_)) => msg(
            &format!("which-same-{}", o.key()),
            &[("a", ida), ("b", idb)],
        ),
        _ => msg("which-unclassified", &[("a", ida), ("b", idb)]),
    };
    let mut which_intro = which_intro;
    for side in [a, b] {
        if side.code.retry == Some(crate::content::Retry::AsTransient) {
            which_intro.push(' ');
            which_intro.push_str(&msg("which-exception", &[("code", &side.code.id)]));
        }
    }
    let guidance = [a, b]
        .iter()
        .map(|side| {
            let id = side.code.id.as_str();
            let nobody = side.code.actors.is_empty() || side.code.actors == [Actor::Nobody];
            let who = if nobody {
                msg("which-nobody", &[("code", id)])
            } else {
                msg(
                    "which-who",
                    &[
                        ("code", id),
                        ("actors", &join(say, &side.view.actors, "and")),
                    ],
                )
            };
            Guidance {
                code: id.to_string(),
                who,
                action: side.view.action.clone(),
            }
        })
        .collect();
    Comparison {
        differences,
        which_intro,
        guidance,
    }
}

/// A code's commands as a phrase: "RCPT TO or DATA"; "any command, notably AUTH".
fn command_list(say: &Messages, side: Side) -> String {
    let (any, others): (Vec<_>, Vec<_>) = side
        .code
        .commands
        .iter()
        .zip(&side.view.commands)
        .partition(|(token, _)| token.as_str() == "any");
    let names = |list: Vec<(&String, &crate::render_cache::CommandView)>| {
        list.into_iter()
            .map(|(_, v)| v.name.clone())
            .collect::<Vec<_>>()
    };
    let others = join(say, &names(others), "or");
    match any.first() {
        Some((_, any)) if !others.is_empty() => say.get(
            "command-any-notably",
            &[("any", &any.name), ("others", &others)],
        ),
        Some((_, any)) => any.name.clone(),
        None => others,
    }
}

/// Joins items as a list in `lang`: "A", "A or B", "A, B or C" (`kind` is `and` or `or`).
pub fn join(say: &Messages, items: &[String], kind: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => {
            let sep = say.get("list-separator", &[]);
            let init = init.join(&sep);
            say.get(&format!("list-{kind}"), &[("init", &init), ("last", last)])
        }
    }
}
