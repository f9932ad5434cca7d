//! The comparison grid of a family index: codes by class and category, marked by outcome with a
//! sign and a name, each carrying what static/grid.js needs to open a comparison.

use crate::harness::Fixture;

/// The grid form of a built family index.
fn grid_of(page: &str) -> &str {
    let start = page.find("<form class=\"grid\"").expect("a grid");
    let end = page[start..].find("</form>").expect("the grid's end");
    &page[start..start + end]
}

#[test]
fn codes_are_laid_out_by_class_and_category_and_marked_by_outcome() {
    let f = Fixture::new("basic");
    f.build_ok();
    let page = f.page("smtp/index.html");
    let grid = grid_of(&page);
    assert!(grid.contains("data-base=\"/atlas/smtp/\""), "{grid}");
    assert!(grid.contains("data-pairs=\"all\""), "{grid}");
    // One column (x5z: every fixture code is in category 5) and a row per class present.
    assert_eq!(grid.matches("<th scope=\"col\">").count(), 1, "{grid}");
    for row in ["2xx", "4xx", "5xx"] {
        assert!(
            grid.contains(&format!("<span class=\"label\">{row}</span>")),
            "{row}: {grid}"
        );
    }
    assert!(
        !grid.contains("3xx"),
        "no row for a class without codes: {grid}"
    );
    // Every outcome in the legend has a sign of its own, and each code carries its sign and
    // its outcome's name as text, not only a colour.
    let legend: Vec<&str> = grid.split("<li class=\"tone-").skip(1).collect();
    assert_eq!(legend.len(), 3, "{grid}");
    let signs: Vec<&str> = legend
        .iter()
        .map(|l| {
            l.split("aria-hidden=\"true\">")
                .nth(1)
                .and_then(|s| s.split('<').next())
                .unwrap_or("")
        })
        .collect();
    assert!(signs.iter().all(|s| !s.is_empty()), "{signs:?}");
    assert!(
        signs[0] != signs[1] && signs[1] != signs[2] && signs[0] != signs[2],
        "{signs:?}"
    );
    assert!(
        grid.contains("value=\"552\" data-order=\"2\" data-id=\"552\">"),
        "{grid}"
    );
    assert!(grid.contains("(permanent failure)</span>"), "{grid}");
    assert!(grid.contains("(temporary failure)</span>"), "{grid}");
    let vi = f.page("vi/smtp/index.html");
    let vi_grid = grid_of(&vi);
    assert!(vi_grid.contains("So sánh nhanh"), "{vi_grid}");
    assert!(
        vi_grid.contains("data-base=\"/atlas/vi/smtp/\""),
        "{vi_grid}"
    );
    assert!(vi_grid.contains("(lỗi vĩnh viễn)</span>"), "{vi_grid}");
    assert!(page.contains("grid.js"), "the page loads the grid's script");
}

#[test]
fn a_family_that_compares_related_codes_only_says_which() {
    let f = Fixture::new("basic");
    let family =
        std::fs::read_to_string(f.root().join("content/smtp/_family.yaml")).expect("family file");
    f.write(
        "content/smtp/_family.yaml",
        &family.replace("compare: all", "compare: related"),
    );
    f.build_ok();
    let page = f.page("smtp/index.html");
    let grid = grid_of(&page);
    assert!(grid.contains("data-pairs=\"related\""), "{grid}");
    // Each code lists the places (`data-order`) of the codes it has a comparison page with, and
    // those pages exist.
    let attr = |chip: &str, name: &str| -> String {
        (chip.split(&format!("{name}=\"")).nth(1))
            .and_then(|s| s.split('"').next())
            .unwrap_or("")
            .to_string()
    };
    let chips: Vec<&str> = grid.split("<input type=\"checkbox\"").skip(1).collect();
    let slug_at = |order: &str| -> String {
        (chips.iter().find(|c| attr(c, "data-order") == order))
            .map(|c| attr(c, "value"))
            .unwrap_or_default()
    };
    let mut listed = 0;
    for chip in &chips {
        let value = attr(chip, "value");
        for other in attr(chip, "data-with").split_whitespace().map(slug_at) {
            assert!(!other.is_empty(), "a listed place names no code: {chip}");
            let (lo, hi) = if value < other {
                (value.clone(), other)
            } else {
                (other, value.clone())
            };
            listed += 1;
            assert!(
                f.out()
                    .join(format!("smtp/{lo}-vs-{hi}/index.html"))
                    .exists(),
                "{lo} vs {hi}"
            );
        }
    }
    // 252 names 552 as related and 452/552 are counterparts: two pairs, each listed twice.
    assert_eq!(listed, 4, "{grid}");
}

#[test]
fn codes_without_class_or_category_are_listed_without_a_table() {
    let f = Fixture::new("dns");
    f.build_ok();
    let page = f.page("dns/index.html");
    let grid = grid_of(&page);
    assert!(!grid.contains("<table"), "{grid}");
    assert_eq!(
        grid.matches("<input type=\"checkbox\"").count(),
        6,
        "{grid}"
    );
    assert!(
        !grid.contains("grid-legend"),
        "no legend without outcomes: {grid}"
    );
}
