//! A family's vocabulary in `_family.yaml`: its own outcomes, the fact rows and comparison rules
//! it chooses, the family whose wording it shares, each validated at file:line:col.

use crate::harness::{Fixture, section};

/// The output of `codeatlas check`, stderr.
fn check(f: &Fixture) -> (bool, String) {
    let out = f.run(&["check"]);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn family(f: &Fixture) -> String {
    std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("read")
}

#[test]
fn a_family_chooses_its_fact_rows_and_comparison_rules() {
    let f = Fixture::new("basic");
    let own = family(&f) + "facts: [class, defined-in]\nrules: [class]\n";
    f.write("content/smtp/_family.yaml", &own);
    f.build_ok();
    let page = f.page("smtp/552/index.html");
    let facts = &page[page.find("<table class=\"facts\">").unwrap()..];
    let facts = &facts[..facts.find("</table>").unwrap()];
    assert!(facts.contains("<th scope=\"row\">Class</th>"), "{facts}");
    assert!(
        facts.contains("<th scope=\"row\">Defined in</th>"),
        "{facts}"
    );
    for row in ["Outcome", "Retry", "Returned for", "Who acts", "Category"] {
        assert!(!facts.contains(&format!(">{row}</th>")), "{row} in {facts}");
    }
    let compare = f.page("smtp/452-vs-552/index.html");
    let differences = section(&compare, "differences");
    assert!(
        differences.contains("rule-class-different"),
        "{differences}"
    );
    for rule in ["counterpart", "outcome", "actors", "requests", "commands"] {
        assert!(
            !differences.contains(&format!("rule-{rule}")),
            "{rule}: {differences}"
        );
    }
    // Without the lists, every row and rule applies.
    f.write(
        "content/smtp/_family.yaml",
        &family(&f).replace("facts: [class, defined-in]\nrules: [class]\n", ""),
    );
    f.build_ok();
    let differences = f.page("smtp/452-vs-552/index.html");
    assert!(section(&differences, "differences").contains("rule-counterpart"));
}

#[test]
fn unknown_rows_rules_outcomes_and_wording_families_are_named_at_their_place() {
    let f = Fixture::new("basic");
    let own = family(&f)
        + "facts: [class, colour]\nrules: [class, clas]\nwording-from: ftp\n\
           outcomes:\n  - { key: success }\n  - { key: Bad }\n  - { key: success }\n";
    f.write("content/smtp/_family.yaml", &own);
    let (ok, err) = check(&f);
    assert!(!ok, "{err}");
    for expected in [
        "`colour` under `facts:` is unknown or listed twice; the facts are: class, category",
        "`clas` under `rules:` is unknown or listed twice; the rules are: counterpart, class",
        "outcome `Bad` is not a key",
        "outcome `success` is declared twice",
        // The class values name outcomes the family no longer declares.
        "unknown outcome `transient` for class value `transient-negative`; the outcomes are: success, Bad, success",
    ] {
        assert!(err.contains(expected), "{expected}\n{err}");
    }
    let lines = err.matches("content/smtp/_family.yaml:").count();
    assert!(lines >= 5, "every problem placed: {err}");
}

#[test]
fn a_wording_family_must_exist() {
    let f = Fixture::new("basic");
    f.write(
        "content/smtp/_family.yaml",
        &(family(&f) + "wording-from: ftp\n"),
    );
    let (ok, err) = check(&f);
    assert!(!ok);
    assert!(
        err.contains("`wording-from` names `ftp`, which is no family of this site"),
        "{err}"
    );
    assert!(err.contains("content/smtp/_family.yaml:"), "{err}");
}

#[test]
fn a_familys_own_outcomes_drive_the_neutral_sentences() {
    let f = Fixture::new("basic");
    let own = family(&f)
        .replace("outcome: transient", "outcome: try-again")
        .replace("outcome: permanent", "outcome: refused")
        .replace(
            "counterpart: { outcomes: [transient, permanent] }",
            "counterpart: { outcomes: [try-again, refused] }",
        )
        + "outcomes:\n  - { key: success }\n  - { key: intermediate, final: false }\n  \
           - { key: try-again, failure: true, retry: true }\n  - { key: refused, failure: true }\n";
    f.write("content/smtp/_family.yaml", &own);
    for lang in ["en", "vi"] {
        f.write(
            &format!("locales/{lang}/own.ftl"),
            "smtp-outcome-try-again = try again\nsmtp-outcome-refused = refused\n\
             smtp-outcome-try-again-meaning = the same request may work later\n\
             smtp-outcome-refused-meaning = the same request will not work\n",
        );
    }
    f.build_ok();
    let page = f.page("smtp/452-vs-552/index.html");
    let differences = section(&page, "differences");
    assert!(
        differences.contains(
            "452 means the same request may work later; 552 means the same request will not work."
        ),
        "{differences}"
    );
    let which = section(&page, "which");
    assert!(
        which.contains(
            "After 452 the same request may succeed later; after 552, change something first."
        ),
        "{which}"
    );
    let code = f.page("smtp/452/index.html");
    assert!(
        code.contains("<td class=\"outcome-try-again\">try again</td>"),
        "{code}"
    );
}
