/* codeatlas: search as you type and the comparison picker. No dependencies; the pages work
   without this script (the widgets stay hidden and every code page lists its comparisons).
   It also offers `window.codeatlas`, which the decode page, the 404 page and the comparison grid
   use: `fold`, `loadIndex` and the lookups over a locale's index (src/lookup.rs gives its shape). */
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

  window.codeatlas = { fold: fold, loadIndex: loadIndex, findCodes: findCodes, compareUrl: compareUrl };

  function setupSearch(form) {
    var input = form.querySelector('input[type="search"]');
    var list = form.querySelector('[data-results]');
    var status = form.querySelector('[data-status]');
    var entries = null;
    var loading = null;
    form.hidden = false;

    function load() {
      if (!loading) {
        loading = loadIndex(form.getAttribute('data-search-index'))
          .then(function (data) {
            entries = data.codes.map(function (e) {
              var family = data.families[e.f].name;
              return {
                entry: e,
                family: family,
                codes: [e.code].concat(e.aliases.map(function (a) { return a.id; })).map(fold),
                text: fold(family + ' ' + e.title + ' ' + e.summary)
              };
            });
          })
          .catch(function () { entries = []; });
      }
      return loading;
    }

    function score(item, query, words) {
      var best = 99;
      item.codes.forEach(function (code) {
        if (code === query) { best = Math.min(best, 0); }
        else if (code.indexOf(query) === 0) { best = Math.min(best, 1); }
      });
      if (best < 99) { return best; }
      var all = words.every(function (w) { return item.text.indexOf(w) !== -1; });
      return all ? 2 : 99;
    }

    function render() {
      var query = fold(input.value.trim());
      list.textContent = '';
      if (!query || !entries) { status.textContent = ''; return; }
      var words = query.split(/\s+/);
      var found = entries
        .map(function (item, i) { return { item: item, s: score(item, query, words), i: i }; })
        .filter(function (r) { return r.s < 99; })
        .sort(function (a, b) { return a.s - b.s || a.i - b.i; })
        .slice(0, 20);
      found.forEach(function (r) {
        var e = r.item.entry;
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = e.url;
        var code = document.createElement('span');
        code.className = 'code';
        code.textContent = r.item.family + ' ' + e.code;
        a.appendChild(code);
        a.appendChild(document.createTextNode(' ' + e.title));
        li.appendChild(a);
        list.appendChild(li);
      });
      var template = found.length ? form.getAttribute('data-found') : form.getAttribute('data-none');
      status.textContent = template.replace('{n}', String(found.length));
    }

    input.addEventListener('focus', load);
    input.addEventListener('input', function () { load().then(render); });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      load().then(function () {
        render();
        var first = list.querySelector('a');
        if (first) { window.location.href = first.href; }
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
