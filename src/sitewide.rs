//! Site-wide files besides the pages: static assets, `sitemap.xml` (with hreflang alternates,
//! split past 10,000 URLs), `robots.txt`, the bilingual `404.html`, `.nojekyll` and `CNAME`.

use std::fmt::Write as _;

use rayon::prelude::*;
use tera::Context;

use crate::error::Diagnostic;
use crate::fingerprint::Fingerprints;
use crate::output::Output;
use crate::render::Renderer;
use crate::site::{Page, PageKind, Site};
use crate::snapshot::Snapshot;

/// URLs per sitemap file before it is split (the protocol allows 50,000).
pub const SITEMAP_CHUNK: usize = 10_000;

/// Writes every site-wide file; returns the problems found.
pub fn write_all(
    renderer: &Renderer,
    fingerprints: &Fingerprints,
    output: &Output,
    snapshot: &Snapshot,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    // The search indexes and sitemaps are large: like pages, they are made again only when
    // what they are made of changed.
    search_indexes(renderer, fingerprints, output, &mut problems);
    let sitemap_fp = fingerprints.sitemap();
    let current: Option<Vec<_>> = (sitemap_names(renderer).into_iter())
        .map(|rel| output.current(rel, sitemap_fp).ok())
        .collect();
    if let Some(current) = current {
        output.keep_all(current);
    } else {
        for (rel, text) in sitemaps(renderer) {
            if let Err(e) = output.write_page(&rel, text.as_bytes(), sitemap_fp) {
                problems.push(Diagnostic::error(
                    rel.as_str(),
                    format!("cannot write: {e}"),
                ));
            }
        }
    }
    let mut write = |rel: &str, bytes: &[u8]| {
        if let Err(e) = output.write(rel, bytes) {
            problems.push(Diagnostic::error(rel, format!("cannot write: {e}")));
        }
    };
    let (statics, static_problems) = snapshot.layered("static");
    for file in &statics {
        write(&file.rel, &file.bytes);
    }
    let sitemap_url = renderer.config.base_url.absolute("sitemap.xml");
    write(
        "robots.txt",
        format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n").as_bytes(),
    );
    write(".nojekyll", b"");
    if let Some(cname) = &renderer.config.cname {
        write("CNAME", format!("{cname}\n").as_bytes());
    }
    let not_found = not_found_page(renderer);
    match not_found {
        Ok(html) => write("404.html", &html),
        Err(d) => problems.push(d),
    }
    problems.extend(static_problems);
    problems
}

/// Writes the lookup index of every locale whose inputs changed (the locales side by side) and
/// keeps the others.
fn search_indexes(
    renderer: &Renderer,
    fingerprints: &Fingerprints,
    output: &Output,
    problems: &mut Vec<Diagnostic>,
) {
    let indexes: Vec<(String, u64)> = (0..renderer.site.locales.len())
        .map(|l| {
            let rel = crate::render::search_index_path(renderer.site, l);
            (rel, fingerprints.search_index(l))
        })
        .collect();
    // Each index is kept, or made again (path, text).
    let made: Vec<_> = (indexes.into_par_iter().enumerate())
        .map(|(l, (rel, fp))| {
            let made = output.current(rel, fp);
            (
                made.map_err(|rel| (rel, crate::lookup::index(renderer, l))),
                fp,
            )
        })
        .collect();
    for (made, fingerprint) in made {
        match made {
            Ok(current) => output.keep_all(vec![current]),
            Err((rel, text)) => {
                if let Err(e) = output.write_page(&rel, text.as_bytes(), fingerprint) {
                    problems.push(Diagnostic::error(rel, format!("cannot write: {e}")));
                }
            }
        }
    }
}

/// The one `404.html` of the whole site, in every locale: each locale's section knows its home
/// page, its path prefix and its lookup index, so that `notfound.js` can pick the language from
/// the missing path and suggest the pages that were meant.
fn not_found_page(renderer: &Renderer) -> Result<Vec<u8>, Diagnostic> {
    let mut ctx = Context::new();
    let locales: Vec<_> = renderer
        .site
        .locales
        .iter()
        .enumerate()
        .map(|(i, lang)| {
            let base = &renderer.config.base_url;
            serde_json::json!({
                "lang": lang,
                "prefix": renderer.site.locale_prefix(i),
                "home_url": base.root_relative(renderer.site.locale_prefix(i)),
                "decode_url": base.root_relative(&renderer.site.path(Page { locale: i, kind: PageKind::Decode })),
                "search_index": base.root_relative(&crate::render::search_index_path(renderer.site, i)),
            })
        })
        .collect();
    ctx.insert("lang", renderer.locales.default_locale());
    ctx.insert("locales", &locales);
    renderer.templates.render(0, "404.html", ctx)
}

/// The names of the sitemap files `sitemaps` writes.
fn sitemap_names(renderer: &Renderer) -> Vec<String> {
    let listed = renderer.site.listed_page_count();
    let chunks = listed.div_ceil(SITEMAP_CHUNK);
    if chunks <= 1 {
        vec!["sitemap.xml".into()]
    } else {
        let mut names: Vec<String> = (1..=chunks).map(|i| format!("sitemap-{i}.xml")).collect();
        names.push("sitemap.xml".into());
        names
    }
}

/// The sitemap files: one `sitemap.xml`, or an index of `sitemap-N.xml` files for big sites.
fn sitemaps(renderer: &Renderer) -> Vec<(String, String)> {
    let site = renderer.site;
    let base = &renderer.config.base_url;
    let listed: Vec<Page> = site
        .pages()
        .into_iter()
        .filter(|&p| Site::is_listed(p))
        .collect();
    let chunks: Vec<String> = listed
        .chunks(SITEMAP_CHUNK)
        .map(|chunk| {
            let mut xml = String::from(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
            );
            for &page in chunk {
                let _ = write!(xml, "<url><loc>{}</loc>", xml_escape(&base.absolute(&site.path(page))));
                for (i, lang) in site.locales.iter().enumerate() {
                    let href = base.absolute(&site.path(Site::in_locale(page, i)));
                    let _ = write!(xml, "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>", xml_escape(lang), xml_escape(&href));
                }
                let default = base.absolute(&site.path(Site::in_locale(page, 0)));
                let _ = writeln!(xml, "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/></url>", xml_escape(&default));
            }
            xml.push_str("</urlset>\n");
            xml
        })
        .collect();
    if chunks.len() <= 1 {
        return vec![("sitemap.xml".into(), chunks.into_iter().next().unwrap_or_else(|| {
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"></urlset>\n".into()
        }))];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (i, chunk) in chunks.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        let _ = writeln!(
            index,
            "<sitemap><loc>{}</loc></sitemap>",
            xml_escape(&base.absolute(&name))
        );
        files.push((name, chunk));
    }
    index.push_str("</sitemapindex>\n");
    files.push(("sitemap.xml".into(), index));
    files
}

/// Escapes text for XML content and double-quoted attributes.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}
