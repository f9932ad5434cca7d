//! Outcomes: what a class of codes means for the client. A family uses the protocol-neutral set
//! built in (preliminary, success, intermediate, redirect, transient, permanent) or declares its
//! own under `outcomes:`, each with the three properties the comparison rules read.

use serde::Deserialize;

/// One outcome of a family.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Outcome {
    /// The key naming it in class values and messages (`outcome-<key>`).
    pub key: String,
    /// Its place in the family's list: sentences name the code with the lower one first.
    pub rank: usize,
    /// Whether it reports that the request failed.
    pub failure: bool,
    /// Whether it ends the exchange (a preliminary or intermediate reply does not).
    pub done: bool,
    /// Whether the same request, repeated unchanged, may succeed later.
    pub retry: bool,
}

/// An outcome as a family file declares it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOutcome {
    /// Its key.
    pub key: String,
    /// It reports a failure.
    #[serde(default)]
    pub failure: bool,
    /// It ends the exchange.
    #[serde(default = "yes", rename = "final")]
    pub done: bool,
    /// Repeating the same request may succeed later.
    #[serde(default)]
    pub retry: bool,
}

fn yes() -> bool {
    true
}

/// The built-in set, in order: (key, failure, final, retry).
const BUILT_IN: [(&str, bool, bool, bool); 6] = [
    // A first answer; the final one follows (FTP 1yz, HTTP 1xx).
    ("preliminary", false, false, false),
    ("success", false, true, false),
    // Accepted so far; the client sends more (SMTP 3yz, FTP 3yz).
    ("intermediate", false, false, false),
    // The answer is elsewhere (HTTP 3xx).
    ("redirect", false, true, false),
    // Failed for now; the same request may succeed later.
    ("transient", true, true, true),
    // Failed; repeating the same request unchanged will fail again.
    ("permanent", true, true, false),
];

/// The built-in outcomes, for a family that declares none.
pub fn built_in() -> Vec<Outcome> {
    BUILT_IN
        .iter()
        .enumerate()
        .map(|(rank, &(key, failure, done, retry))| Outcome {
            key: key.to_string(),
            rank,
            failure,
            done,
            retry,
        })
        .collect()
}

/// A family's declared outcomes, ranked in the order written.
pub fn declared(raw: Vec<RawOutcome>) -> Vec<Outcome> {
    raw.into_iter()
        .enumerate()
        .map(|(rank, r)| Outcome {
            key: r.key,
            rank,
            failure: r.failure,
            done: r.done,
            retry: r.retry,
        })
        .collect()
}

/// Whether `key` can name messages: lowercase letters, digits and `-`, not empty.
pub fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_set_covers_every_kind_of_reply_in_order() {
        let all = built_in();
        let keys: Vec<&str> = all.iter().map(|o| o.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "preliminary",
                "success",
                "intermediate",
                "redirect",
                "transient",
                "permanent"
            ]
        );
        assert!(all.iter().enumerate().all(|(i, o)| o.rank == i));
        let failures: Vec<&str> = (all.iter().filter(|o| o.failure))
            .map(|o| o.key.as_str())
            .collect();
        assert_eq!(failures, ["transient", "permanent"]);
        assert!(!all[0].done && all[1].done && all[4].retry && !all[5].retry);
    }

    #[test]
    fn declared_outcomes_are_final_unless_said_and_ranked_as_written() {
        let raw: Vec<RawOutcome> = serde_yaml::from_str(
            "- { key: client-error, failure: true }\n- { key: interim, final: false }\n",
        )
        .unwrap();
        let all = declared(raw);
        assert_eq!((all[0].rank, all[0].done, all[0].failure), (0, true, true));
        assert_eq!((all[1].rank, all[1].done), (1, false));
    }
}
