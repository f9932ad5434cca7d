//! The comparison grid of a family index: its codes laid out by class (rows) and category
//! (columns), each marked by its outcome with a sign and a name as well as a colour, for the
//! reader to choose two and open their comparison (static/grid.js).

use serde::Serialize;

use super::PageRenderer;
use crate::content::family::CompareMode;
use crate::content::outcome::Outcome;
use crate::render_cache::{CodeView, NamedView};
use crate::site::Page;

/// Signs that tell outcomes apart without colour, given in the order of the family's outcomes.
const MARKS: [&str; 8] = ["●", "◆", "▲", "■", "✚", "○", "◇", "△"];

/// A row or column heading: a class or category label and its name.
#[derive(Debug, Serialize, PartialEq)]
struct Heading {
    label: String,
    name: String,
}

/// One code in the grid.
#[derive(Debug, Serialize)]
struct Chip {
    id: String,
    slug: String,
    title: String,
    /// Its place in the family (the lower one comes first in comparison URLs).
    order: usize,
    outcome: Option<OutcomeMark>,
    /// For families that compare only related codes: the places (`order`) of the codes it has a
    /// comparison with.
    with: Option<String>,
}

/// An outcome as the grid shows it.
#[derive(Debug, Serialize, Clone)]
struct OutcomeMark {
    key: String,
    name: String,
    mark: &'static str,
    /// Its colour, from what the outcome means: `ok`, `mid` (not final), `warn` (a failure that
    /// may pass) or `bad` (a failure that stays).
    tone: &'static str,
}

#[derive(Debug, Serialize)]
struct Row {
    heading: Heading,
    /// One list of codes per column (a single one when the family has no columns).
    cells: Vec<Vec<Chip>>,
}

/// The template data of a family's grid.
#[derive(Debug, Serialize)]
pub(super) struct Grid {
    /// Whether the codes have rows to lay out (a class or a category); if not, they are listed.
    table: bool,
    columns: Vec<Heading>,
    rows: Vec<Row>,
    /// The outcomes its codes have, in the family's order, for the legend.
    legend: Vec<OutcomeMark>,
    /// The family index URL, to which `<low>-vs-<high>/` is added.
    base: String,
    /// Whether every pair has a comparison, or only related codes.
    pairs: CompareMode,
}

/// The colour of an outcome, from its meaning rather than its name.
fn tone(outcome: &Outcome) -> &'static str {
    match (outcome.done, outcome.failure, outcome.retry) {
        (false, _, _) => "mid",
        (true, false, _) => "ok",
        (true, true, true) => "warn",
        (true, true, false) => "bad",
    }
}

fn heading(n: &NamedView) -> Heading {
    Heading {
        label: n.label.clone(),
        name: n.name.clone(),
    }
}

impl PageRenderer<'_, '_> {
    /// The grid of family `f`: rows by class (or category when it has no class), columns by
    /// category when it has both.
    pub(super) fn grid(&self, page: Page, f: usize, base: String) -> Grid {
        let fc = &self.site.content.families[f];
        let views: Vec<&CodeView> = (0..fc.codes.len())
            .map(|c| &self.cache.get(page.locale, f, c).view)
            .collect();
        let two_way = views
            .iter()
            .any(|v| v.class.is_some() && v.category.is_some());
        let row_of = |v: &CodeView| v.class.as_ref().or(v.category.as_ref()).map(heading);
        let column_of =
            |v: &CodeView| (two_way.then_some(v.category.as_ref()).flatten()).map(heading);
        let mut columns: Vec<Heading> = Vec::new();
        for v in &views {
            if let Some(col) = column_of(v).filter(|c| !columns.contains(c)) {
                columns.push(col);
            }
        }
        columns.sort_by(|a, b| a.label.cmp(&b.label));
        let legend = self.legend(f, &views);
        let with = (fc.family.compare == CompareMode::Related).then(|| self.site.partners(f));
        let mut rows: Vec<Row> = Vec::new();
        for (c, v) in views.iter().enumerate() {
            let row_heading = row_of(v).unwrap_or(Heading {
                label: String::new(),
                name: String::new(),
            });
            if rows.last().is_none_or(|r| r.heading != row_heading) {
                let cells = (0..columns.len().max(1)).map(|_| Vec::new()).collect();
                rows.push(Row {
                    heading: row_heading,
                    cells,
                });
            }
            let column = column_of(v)
                .and_then(|h| columns.iter().position(|c| *c == h))
                .unwrap_or(0);
            let outcome = v
                .outcome
                .as_ref()
                .and_then(|o| legend.iter().find(|m| m.key == o.key).cloned());
            if let Some(row) = rows.last_mut() {
                row.cells[column].push(Chip {
                    id: v.id.clone(),
                    slug: v.slug.clone(),
                    title: v.title.clone(),
                    order: c,
                    outcome,
                    with: with.as_ref().map(|w| {
                        let places: Vec<String> = w[c].iter().map(usize::to_string).collect();
                        places.join(" ")
                    }),
                });
            }
        }
        Grid {
            table: rows.iter().any(|r| !r.heading.name.is_empty()),
            columns,
            rows,
            legend,
            base,
            pairs: fc.family.compare,
        }
    }

    /// The outcomes the family's codes have, each with its sign, in the family's order.
    fn legend(&self, f: usize, views: &[&CodeView]) -> Vec<OutcomeMark> {
        let family = &self.site.content.families[f].family;
        let mut legend = Vec::new();
        for outcome in &family.outcomes {
            let named = views
                .iter()
                .filter_map(|v| v.outcome.as_ref())
                .find(|o| o.key == outcome.key);
            if let Some(named) = named {
                legend.push(OutcomeMark {
                    key: named.key.clone(),
                    name: named.name.clone(),
                    mark: MARKS[legend.len() % MARKS.len()],
                    tone: tone(outcome),
                });
            }
        }
        legend
    }
}
