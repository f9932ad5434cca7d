/* codeatlas: search as you type (codes in any shape: "452 vs 552", "552 5.2.2", "HTTP/1.1 503")
   and the comparison picker. No dependencies; the pages work
   without this script (the widgets stay hidden and every code page lists its comparisons).
   It also offers `window.codeatlas`, which the decode page, the 404 page and the comparison grid
   use: `fold`, `loadIndex` and the lookups over a locale's index (src/lookup.rs gives its shape),
   `parseQuery` and `search` (what a query names, and its results). */
(function () {
  'use strict';

  /** Lower case without diacritics, so "ma phan hoi" finds "mã phản hồi". */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/\u0111/g, 'd').replace(/\u0110/g, 'd').toLowerCase();
  }

  var indexes = {};

  /** The lookup index at `url` (fetched once per page), with `byCode`: folded code or concrete
      form → the indexes of the codes written so, in any family. */
  function loadIndex(url) {
    if (!indexes[url]) {
      indexes[url] = fetch(url)
        .then(function (response) {
          if (!response.ok) { throw new Error(response.status + ' ' + url); }
          return response.json();
        })
        .then(function (index) {
          index.byCode = Object.create(null);
          index.codes.forEach(function (code, i) {
            code.index = i;
            [code.code].concat(code.aliases.map(function (a) { return a.id; })).forEach(function (id) {
              var key = fold(id);
              (index.byCode[key] = index.byCode[key] || []).push(i);
            });
          });
          return index;
        });
    }
    return indexes[url];
  }

  /** The codes written `token` (a code such as "552", "x.2.2", or a concrete form "5.2.2"). */
  function findCodes(index, token) {
    return (index.byCode[fold(token)] || []).map(function (i) { return index.codes[i]; });
  }

  /** The URL of the comparison of two codes of one family, or null when there is none. */
  function compareUrl(index, a, b) {
    if (a.f !== b.f || a.index === b.index) { return null; }
    var family = index.families[a.f];
    if (family.pairs !== 'all' && (a.with || []).indexOf(b.index) === -1) { return null; }
    var low = a.index < b.index ? a : b;
    var high = a.index < b.index ? b : a;
    return family.url + low.slug + '-vs-' + high.slug + '/';
  }

  /** The families named `word` (folded): by name ("smtp" names both SMTP families) or by id. */
  function familiesNamed(index, word) {
    if (!index.byFamily) {
      index.byFamily = Object.create(null);
      index.families.forEach(function (family, f) {
        [family.name, family.id].map(fold).forEach(function (key) {
          var list = index.byFamily[key] = index.byFamily[key] || [];
          if (list.indexOf(f) === -1) { list.push(f); }
        });
      });
    }
    return index.byFamily[word] || [];
  }

  /** Letters and digits at both ends only: "5.1.1:" → "5.1.1", "<552>" → "552". */
  function trimToken(text) {
    return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  }

  /** The tokens of a query, folded: it is split at spaces, and a piece that is neither a code nor
      a family name as a whole is split again at anything but letters, digits and dots, so
      "452/552", "452-vs-552", "550-5.1.1" and "HTTP/1.1" yield their codes and names. */
  function tokenize(index, query) {
    var tokens = [];
    fold(query).split(/\s+/).forEach(function (chunk) {
      var whole = trimToken(chunk);
      if (!whole) { return; }
      if (index.byCode[whole] || familiesNamed(index, whole).length) { tokens.push(whole); return; }
      whole.split(/[^\p{L}\p{N}.]+/u).map(trimToken).forEach(function (part) {
        if (part) { tokens.push(part); }
      });
    });
    return tokens;
  }

  /** What a query names: the codes it writes (each once, in the order written, with whether it
      was written as a concrete form such as "5.2.2"), the families it names, and its other words. */
  function parseQuery(index, query) {
    var parsed = { codes: [], hints: [], words: [] };
    var seen = Object.create(null);
    tokenize(index, query).forEach(function (token) {
      var codes = findCodes(index, token);
      var families = familiesNamed(index, token);
      if (codes.length) {
        codes.forEach(function (code) {
          if (seen[code.index]) { return; }
          seen[code.index] = true;
          parsed.codes.push({ code: code, concrete: fold(code.code) !== token });
        });
      } else if (families.length) {
        families.forEach(function (f) { if (parsed.hints.indexOf(f) === -1) { parsed.hints.push(f); } });
      } else {
        parsed.words.push(token);
      }
    });
    return parsed;
  }

  /** The folded text words are looked for in: family name, title and summary of each code. */
  function searchText(index) {
    if (!index.searchText) {
      index.searchText = index.codes.map(function (code) {
        return fold(index.families[code.f].name + ' ' + code.title + ' ' + code.summary);
      });
    }
    return index.searchText;
  }

  /** How many of `words` the code's text holds. */
  function wordHits(index, code, words) {
    var text = searchText(index)[code.index];
    return words.filter(function (w) { return text.indexOf(w) !== -1; }).length;
  }

  /** `list` sorted by the keys `key` gives (arrays of numbers, compared in order). */
  function sortBy(list, key) {
    return list.map(function (item) { return { item: item, key: key(item) }; })
      .sort(function (a, b) {
        for (var i = 0; i < a.key.length; i += 1) {
          if (a.key[i] !== b.key[i]) { return a.key[i] - b.key[i]; }
        }
        return 0;
      })
      .map(function (x) { return x.item; });
  }

  /** Results for a query that writes codes: the comparisons of every two codes of one family
      written, then the code pages; those of a family the query names before all others. Then a code
      written as a concrete form ("5.2.2", which says more than a code written with it); then
      those whose text holds more of the other words (the rest are connectors: "vs", "và"). */
  function codeResults(index, parsed) {
    var hinted = function (f) { return parsed.hints.indexOf(f) === -1 ? 1 : 0; };
    var pairs = [];
    parsed.codes.forEach(function (a, i) {
      parsed.codes.slice(i + 1).forEach(function (b) {
        var url = compareUrl(index, a.code, b.code);
        if (!url) { return; }
        var low = a.code.index < b.code.index ? a.code : b.code;
        var high = low === a.code ? b.code : a.code;
        pairs.push({ kind: 'compare', f: low.f, codes: [low, high], url: url, order: pairs.length });
      });
    });
    pairs = sortBy(pairs, function (p) {
      var hits = wordHits(index, p.codes[0], parsed.words) + wordHits(index, p.codes[1], parsed.words);
      return [hinted(p.f), -hits, p.order];
    }).map(function (p) { return { kind: p.kind, f: p.f, codes: p.codes, url: p.url }; });
    var codes = sortBy(parsed.codes.map(function (c, i) { return { c: c, order: i }; }), function (x) {
      return [hinted(x.c.code.f), x.c.concrete ? 0 : 1, -wordHits(index, x.c.code, parsed.words), x.order];
    }).map(function (x) { return { kind: 'code', f: x.c.code.f, codes: [x.c.code], url: x.c.code.url }; });
    var all = pairs.concat(codes);
    return sortBy(all, function (result) { return [hinted(result.f), all.indexOf(result)]; });
  }

  /** Results for a query without a whole code: codes starting with its one word ("55", "x.2"),
      then codes whose title holds every word (diacritics aside), then those whose title and
      summary do; named families first. A query of family names only lists their codes. */
  function wordResults(index, parsed) {
    var words = parsed.words;
    if (!words.length) {
      words = parsed.hints.map(function (f) { return fold(index.families[f].name); });
    }
    if (!words.length) { return []; }
    var scored = [];
    index.codes.forEach(function (code) {
      var score = 99;
      if (words.length === 1) {
        [code.code].concat(code.aliases.map(function (a) { return a.id; })).forEach(function (id) {
          if (fold(id).indexOf(words[0]) === 0) { score = 1; }
        });
      }
      if (score === 99 && wordHits(index, code, words) === words.length) {
        var title = fold(code.title);
        score = words.every(function (w) { return title.indexOf(w) !== -1; }) ? 2 : 3;
      }
      if (score < 99) { scored.push({ code: code, score: score }); }
    });
    var hinted = function (f) { return parsed.hints.length && parsed.hints.indexOf(f) === -1 ? 1 : 0; };
    return sortBy(scored, function (s) { return [hinted(s.code.f), s.score, s.code.index]; })
      .map(function (s) { return { kind: 'code', f: s.code.f, codes: [s.code], url: s.code.url }; });
  }

  /** What `query` finds in `index`, best first, at most `limit` (20 by default): each result is
      `{kind: 'compare' | 'code', f, codes, url}` (a comparison has its two codes, low first).
      Codes are recognized as the index writes them; words naming a family put it first. */
  function search(index, query, limit) {
    var parsed = parseQuery(index, query);
    var results = parsed.codes.length ? codeResults(index, parsed) : wordResults(index, parsed);
    return results.slice(0, limit || 20);
  }

  window.codeatlas = {
    fold: fold, fill: fill, loadIndex: loadIndex, findCodes: findCodes, compareUrl: compareUrl,
    parseQuery: parseQuery, search: search
  };

  /** `template` with each {name} replaced by values[name], in one pass (a value is never read
      again as a template). */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : all;
    });
  }

  /** The option of one result: what it is, its family, its code(s) and title(s), as text. */
  function resultOption(form, index, result, id) {
    var family = index.families[result.f];
    var compare = result.kind === 'compare';
    var label = form.getAttribute('data-compare-label');
    var a = document.createElement('a');
    a.href = result.url;
    a.id = id;
    a.tabIndex = -1;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    var parts = [
      ['search-kind', form.getAttribute(compare ? 'data-kind-compare' : 'data-kind-code')],
      ['search-family', family.title],
      ['code', compare
        ? fill(label, { a: result.codes[0].code, b: result.codes[1].code }) : result.codes[0].code],
      ['search-title', compare
        ? fill(label, { a: result.codes[0].title, b: result.codes[1].title }) : result.codes[0].title]
    ];
    parts.forEach(function (part, i) {
      if (i) { a.appendChild(document.createTextNode(' ')); }
      var span = document.createElement('span');
      span.className = part[0];
      span.textContent = part[1];
      a.appendChild(span);
    });
    var li = document.createElement('li');
    li.setAttribute('role', 'none');
    li.appendChild(a);
    return li;
  }

  /** The search box as a combobox: results as a listbox under it, arrow keys move the
      highlighted option, Enter opens it (or the first), Escape closes the list, then clears. */
  function setupSearch(form) {
    var input = form.querySelector('input[role="combobox"]');
    var list = form.querySelector('[data-results]');
    var status = form.querySelector('[data-status]');
    var index = null;
    var loading = null;
    var results = [];
    var active = -1;
    var shown = null;
    form.hidden = false;

    function load() {
      if (!loading) {
        loading = loadIndex(form.getAttribute('data-search-index'))
          .then(function (data) { index = data; })
          .catch(function () { index = null; });
      }
      return loading;
    }

    function highlight(i) {
      var options = list.querySelectorAll('[role="option"]');
      if (active >= 0 && options[active]) { options[active].setAttribute('aria-selected', 'false'); }
      active = i;
      if (i < 0 || !options[i]) { input.removeAttribute('aria-activedescendant'); return; }
      options[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    }

    function setOpen(open) {
      list.hidden = !open;
      input.setAttribute('aria-expanded', open ? 'true' : 'false');
      if (!open) { highlight(-1); }
    }

    function render() {
      var query = input.value.trim();
      shown = input.value;
      results = index && query ? search(index, query, 20) : [];
      active = -1;
      list.textContent = '';
      results.forEach(function (result, i) {
        list.appendChild(resultOption(form, index, result, list.id + '-option-' + i));
      });
      setOpen(results.length > 0);
      var n = results.length;
      var message = n === 1 ? 'data-found-one' : n ? 'data-found' : 'data-none';
      status.textContent = query ? fill(form.getAttribute(message), { n: String(n) }) : '';
    }

    function move(event) {
      var n = results.length;
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && n) {
        event.preventDefault();
        if (list.hidden) { setOpen(true); }
        var down = event.key === 'ArrowDown';
        highlight(down ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (!list.hidden) { setOpen(false); } else if (input.value) { input.value = ''; render(); }
      }
    }

    input.addEventListener('focus', function () {
      load();
      if (results.length && input.value === shown) { setOpen(true); }
    });
    input.addEventListener('input', function () { load().then(render); });
    input.addEventListener('keydown', move);
    form.addEventListener('focusout', function (event) {
      if (!form.contains(event.relatedTarget)) { setOpen(false); }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      load().then(function () {
        if (input.value !== shown) { render(); }
        var result = results[active >= 0 ? active : 0];
        if (result) { window.location.href = result.url; }
      });
    });
  }

  function setupPicker(form) {
    var message = form.querySelector('[data-status]');
    form.hidden = false;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var a = form.querySelector('select[name="a"]');
      var b = form.querySelector('select[name="b"]');
      if (a.selectedIndex === b.selectedIndex) {
        message.textContent = form.getAttribute('data-same');
        return;
      }
      var first = a.selectedIndex < b.selectedIndex ? a.value : b.value;
      var second = a.selectedIndex < b.selectedIndex ? b.value : a.value;
      window.location.href = form.getAttribute('data-compare') + first + '-vs-' + second + '/';
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-search-index]'), setupSearch);
  Array.prototype.forEach.call(document.querySelectorAll('form[data-compare]'), setupPicker);
}());
