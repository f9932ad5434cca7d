/* codeatlas decode page: finds every code in a pasted bounce message, report or log and explains
   it, entirely in the browser: the only request is the locale's lookup index, and the paste is
   only ever read as text (what is shown of it is set with textContent, never as HTML).
   How codes are recognised is each family's data (`decode` in the index, from its _family.yaml):
   this script runs those patterns, groups what belongs together and shows it.
   - A finding is a run of lines that one match or one group of report fields spans (a multi-line
     reply, a delivery report's fields about one recipient); the codes found on it go together.
   - Findings with the same codes (and the same report fields) are shown once, with a count.
   Every step is linear in the size of the paste, and what is shown is capped. */
(function () {
  'use strict';

  var form = document.querySelector('form[data-decode-index]');
  var atlas = window.codeatlas;
  if (!form || !atlas) { return; }

  var MAX_FINDINGS = 100; // distinct findings shown
  var MAX_MATCHES = 100000; // matches read per pattern
  var MAX_CODES = 12; // codes per finding
  var MAX_LINES = 8; // lines of the paste shown per finding
  var MAX_LINE_CHARS = 300; // characters shown per line
  var MAX_PAIRS = 8; // comparison links per finding
  var MAX_CONTINUATION = 20; // continuation lines read for one field

  var words = JSON.parse(form.getAttribute('data-words'));
  var input = form.querySelector('textarea');
  var status = document.querySelector('.decode-status');
  var results = document.querySelector('.decode-results');
  var list = results.querySelector('[data-findings]');
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var index = null;
  var loading = null;
  var timer = null;

  var fill = atlas.fill;

  /** The form of `forms` (per plural category) for the count `n`, filled with `values`. */
  function counted(forms, n, values) {
    var category = plurals ? plurals.select(n) : 'other';
    values.n = n;
    return fill(forms[category] || forms.other, values);
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  /** The patterns' flags: with `d` (where the browser has it) a match tells where its code is. */
  var FLAGS = (function () {
    try { return new RegExp('', 'd') && 'dgimu'; } catch (e) { return 'gimu'; }
  }());

  /** The patterns and report fields of every family, compiled once per index. */
  function decoders(data) {
    if (data.decoders) { return data.decoders; }
    var patterns = [];
    var fields = Object.create(null);
    data.families.forEach(function (family, f) {
      if (!family.decode) { return; }
      family.decode.patterns.forEach(function (source) {
        try {
          patterns.push({ f: f, re: new RegExp(source, FLAGS) });
        } catch (e) {
          // Checked when the site was built; a browser that cannot read one skips it.
        }
      });
      family.decode.fields.forEach(function (field) {
        fields[field.name.toLowerCase()] = { f: f, field: field };
      });
    });
    var names = Object.keys(fields);
    data.decoders = {
      patterns: patterns,
      fields: fields,
      // Field names are letters, digits and "-" (checked at build time).
      fieldLine: names.length ? new RegExp('^(' + names.join('|') + ')[ \\t]*:[ \\t]*(.*)$', 'gimu') : null
    };
    return data.decoders;
  }

  /** Where each line starts. */
  function lineStarts(text) {
    var starts = [0];
    var at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    return starts;
  }

  /** The 0-based line of a character. */
  function lineOf(starts, offset) {
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) { low = mid; } else { high = mid - 1; }
    }
    return low;
  }

  function lineText(text, starts, line) {
    var end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
    return text.slice(starts[line], end);
  }

  /** Every code the families' patterns find: family, code as written, offset, lines spanned. */
  function findHits(text, starts, decode) {
    var hits = [];
    decode.patterns.forEach(function (pattern) {
      var re = pattern.re;
      var match;
      var count = 0;
      re.lastIndex = 0;
      while ((match = re.exec(text)) !== null && count < MAX_MATCHES) {
        count += 1;
        if (match[0].length === 0) { re.lastIndex += 1; continue; }
        var code = match.groups && match.groups.code;
        if (!code) { continue; }
        // Context before the code may be the line break ending the line above.
        var start = match.index + (text.charCodeAt(match.index) === 10 ? 1 : 0);
        hits.push({
          f: pattern.f,
          code: code,
          at: match.indices ? match.indices.groups.code[0] : match.index + match[0].indexOf(code),
          first: lineOf(starts, start),
          last: lineOf(starts, match.index + match[0].length - 1)
        });
      }
    });
    return hits;
  }

  function isBlank(text, starts, line) {
    return /^[ \t]*$/.test(lineText(text, starts, line));
  }

  /** Groups of report fields (`Name: value` lines with no blank line between them). */
  function findBlocks(text, starts, decode) {
    var blocks = [];
    var re = decode.fieldLine;
    if (!re) { return blocks; }
    var block = null;
    var match;
    var count = 0;
    re.lastIndex = 0;
    while ((match = re.exec(text)) !== null && count < MAX_MATCHES) {
      count += 1;
      var line = lineOf(starts, match.index);
      var value = match[2].trim();
      var last = line;
      while (last + 1 < starts.length && last - line < MAX_CONTINUATION &&
             /^[ \t]+\S/.test(lineText(text, starts, last + 1))) {
        last += 1;
        value += ' ' + lineText(text, starts, last).trim();
      }
      var joined = block !== null;
      for (var l = block ? block.last + 1 : line; joined && l < line; l += 1) {
        if (isBlank(text, starts, l)) { joined = false; }
      }
      if (!joined) {
        block = { first: line, last: last, fields: [] };
        blocks.push(block);
      }
      block.last = Math.max(block.last, last);
      block.fields.push({ entry: decode.fields[match[1].toLowerCase()], value: value });
    }
    return blocks;
  }

  /** Runs of lines that a match or a block spans, each with its hits and blocks. */
  function groupSpans(hits, blocks) {
    var spans = hits.map(function (h) { return { first: h.first, last: h.last, hit: h }; })
      .concat(blocks.map(function (b) { return { first: b.first, last: b.last, block: b }; }));
    spans.sort(function (a, b) { return a.first - b.first || b.last - a.last; });
    var groups = [];
    var current = null;
    spans.forEach(function (span) {
      if (!current || span.first > current.last) {
        current = { first: span.first, last: span.last, hits: [], blocks: [] };
        groups.push(current);
      }
      current.last = Math.max(current.last, span.last);
      if (span.hit) { current.hits.push(span.hit); } else { current.blocks.push(span.block); }
    });
    return groups;
  }

  /** A hit as a code of the index (with the concrete form it was written as), or null. */
  function resolve(data, hit) {
    var memo = data.resolved || (data.resolved = Object.create(null));
    var id = hit.f + ':' + hit.code;
    if (!(id in memo)) { memo[id] = lookup(data, hit); }
    return memo[id];
  }

  function lookup(data, hit) {
    var entry = atlas.findCodes(data, hit.code).filter(function (e) { return e.f === hit.f; })[0];
    if (!entry) { return null; }
    var folded = atlas.fold(hit.code);
    var alias = entry.aliases.filter(function (a) { return atlas.fold(a.id) === folded; })[0] || null;
    return { written: hit.code, entry: entry, alias: alias, key: hit.f + ':' + folded };
  }

  /** The findings of a paste: distinct groups of codes, at most MAX_FINDINGS, and how many more. */
  function decodeText(data, raw) {
    var text = raw.replace(/\r\n?/g, '\n');
    var starts = lineStarts(text);
    var decode = decoders(data);
    var groups = groupSpans(findHits(text, starts, decode), findBlocks(text, starts, decode));
    var findings = [];
    var seen = Object.create(null);
    var more = 0;
    groups.forEach(function (group) {
      // Codes of one family after another (a reply before its enhanced code), each in order.
      group.hits.sort(function (a, b) { return a.f - b.f || a.at - b.at; });
      var codes = [];
      var keys = Object.create(null);
      group.hits.forEach(function (hit) {
        var code = codes.length < MAX_CODES ? resolve(data, hit) : null;
        if (code && !keys[code.key]) {
          keys[code.key] = true;
          codes.push(code);
        }
      });
      if (!codes.length) { return; }
      var fields = [];
      group.blocks.forEach(function (block) { fields = fields.concat(block.fields); });
      var key = codes.map(function (c) { return c.key; }).join(' ') + '|' +
        fields.map(function (d) { return d.entry.field.name + '=' + d.value; }).join('|');
      if (seen[key]) {
        seen[key].count += 1;
      } else if (findings.length < MAX_FINDINGS) {
        seen[key] = { codes: codes, fields: fields, count: 1, first: group.first, last: group.last,
                      lines: [] };
        for (var l = group.first; l <= Math.min(group.last, group.first + MAX_LINES - 1); l += 1) {
          seen[key].lines.push(lineText(text, starts, l));
        }
        findings.push(seen[key]);
      } else {
        seen[key] = { count: 1 };
        more += 1;
      }
    });
    return { findings: findings, more: more };
  }

  /** The comparisons of each code of `finding` with the other codes found. */
  function pairs(data, finding, found) {
    var links = [];
    var urls = Object.create(null);
    finding.codes.forEach(function (code) {
      found.forEach(function (other) {
        var url = atlas.compareUrl(data, code.entry, other);
        if (!url || urls[url] || links.length >= MAX_PAIRS) { return; }
        urls[url] = true;
        var low = code.entry.index < other.index ? code.entry : other;
        var high = low === other ? code.entry : other;
        links.push({ url: url, text: fill(words.pair, { family: data.families[low.f].name, a: low.code, b: high.code }) });
      });
    });
    return links;
  }

  function addFact(dl, label, value) {
    if (!value) { return; }
    dl.appendChild(element('dt', '', label));
    dl.appendChild(element('dd', '', value));
  }

  function named(view) {
    return view ? view.label + ': ' + view.name : '';
  }

  /** One code of a finding: its page, family, class, outcome, retry advice and actors. */
  function renderCode(data, code) {
    var e = code.entry;
    var family = data.families[e.f];
    var part = element('div', 'finding-code');
    var heading = element('h4');
    var link = element('a', '', fill(words.page, { family: family.name, code: e.code, title: e.title }));
    link.href = e.url;
    heading.appendChild(link);
    part.appendChild(heading);
    var dl = element('dl');
    addFact(dl, words.family, family.title);
    var alias = code.alias;
    addFact(dl, words['class'], alias ? alias.label + ': ' + alias.name : named(e['class']));
    if (e.category && (alias || named(e.category) !== named(e['class']))) {
      addFact(dl, words.category, named(e.category));
    }
    var outcome = alias ? { name: alias.name, meaning: alias.meaning } : e.outcome;
    if (outcome) {
      addFact(dl, words.outcome, outcome.meaning ? outcome.name + ': ' + outcome.meaning : outcome.name);
    }
    addFact(dl, words.retry, e.retry || (alias && alias.retry));
    addFact(dl, words.actors, e.actors.join(words.separator));
    part.appendChild(dl);
    return part;
  }

  /** The report fields of a finding, each with what it (or its value) means. */
  function renderFields(data, fields) {
    var part = element('div', 'finding-fields');
    var family = data.families[fields[0].entry.f];
    part.appendChild(element('h4', '', family.decode.report || ''));
    var dl = element('dl');
    fields.forEach(function (d) {
      var field = d.entry.field;
      var value = field.values.filter(function (v) { return v.value === d.value.toLowerCase(); })[0];
      dl.appendChild(element('dt', '', field.name + ' (' + field.label + ')'));
      var dd = element('dd');
      dd.appendChild(element('code', '', d.value.slice(0, MAX_LINE_CHARS)));
      dd.appendChild(document.createTextNode(': ' + (value ? value.meaning : field.meaning)));
      dl.appendChild(dd);
    });
    part.appendChild(dl);
    return part;
  }

  function renderFinding(data, finding, found) {
    var item = element('li', 'finding');
    item.appendChild(element('h3', '', finding.codes.map(function (c) { return c.written; }).join(' ')));
    var where = finding.first === finding.last
      ? fill(words.line, { line: finding.first + 1 })
      : fill(words.lines, { first: finding.first + 1, last: finding.last + 1 });
    if (finding.count > 1) { where += ' · ' + counted(words.repeated, finding.count, {}); }
    item.appendChild(element('p', 'finding-where', where));
    var shown = finding.lines.map(function (line) {
      return line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) + '…' : line;
    });
    if (finding.last - finding.first + 1 > shown.length) { shown.push('…'); }
    var pre = element('pre');
    pre.appendChild(element('code', '', shown.join('\n')));
    item.appendChild(pre);
    if (finding.fields.length) { item.appendChild(renderFields(data, finding.fields)); }
    finding.codes.forEach(function (code) { item.appendChild(renderCode(data, code)); });
    var links = pairs(data, finding, found);
    if (links.length) {
      var p = element('p', 'finding-compare', words.compare + ': ');
      links.forEach(function (link, i) {
        if (i) { p.appendChild(document.createTextNode(words.separator)); }
        var a = element('a', '', link.text);
        a.href = link.url;
        p.appendChild(a);
      });
      item.appendChild(p);
    }
    return item;
  }

  /** Decodes the text box and shows the findings; `focus` moves focus to them. */
  function show(focus) {
    var text = input.value;
    list.textContent = '';
    if (!text.trim()) {
      results.hidden = true;
      status.textContent = '';
      return;
    }
    var decoded = decodeText(index, text);
    var findings = decoded.findings;
    if (!findings.length) {
      results.hidden = true;
      status.textContent = words.none;
      return;
    }
    var found = [];
    var listed = Object.create(null);
    findings.forEach(function (finding) {
      finding.codes.forEach(function (code) {
        if (!listed[code.entry.index]) {
          listed[code.entry.index] = true;
          found.push(code.entry);
        }
      });
    });
    var fragment = document.createDocumentFragment();
    findings.forEach(function (finding) { fragment.appendChild(renderFinding(index, finding, found)); });
    list.appendChild(fragment);
    results.hidden = false;
    var names = findings.slice(0, 10).map(function (f) {
      return f.codes.map(function (c) { return c.written; }).join(' ');
    }).join(words.separator) + (findings.length > 10 ? '…' : '');
    var message = counted(words.found, findings.length + decoded.more, { codes: names });
    if (decoded.more) { message += ' ' + counted(words.more, decoded.more, {}); }
    status.textContent = message;
    if (focus) { results.querySelector('h2').focus(); }
  }

  /** Loads the index (once), then decodes. */
  function decodeNow(focus) {
    if (index) { show(focus); return; }
    if (!loading) {
      status.textContent = words.loading;
      loading = atlas.loadIndex(form.getAttribute('data-decode-index'))
        .then(function (data) { index = data; })
        .catch(function () { loading = null; });
    }
    loading.then(function () {
      if (index) { show(focus); } else { status.textContent = words.failed; }
    });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { decodeNow(false); }, input.value.length > 100000 ? 400 : 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    decodeNow(true);
  });
  if (input.value) { decodeNow(false); }
}());
