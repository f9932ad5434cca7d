/* codeatlas 404 page: reads the missing address, shows the page in its language first and
   suggests what was meant, most likely first, from that locale's lookup index (codes and their
   concrete forms, comparisons, nearest codes, family indexes). Everything it knows of codes and
   families comes from the index; the address is only ever inserted as text. */
(function () {
  'use strict';

  var atlas = window.codeatlas;
  var main = document.querySelector('main[data-not-found]');
  if (!atlas || !main) { return; }
  var fold = atlas.fold;
  /** Code-like words read from a path at most: a long hostile path stays cheap. */
  var MAX_TOKENS = 6;

  /** The missing address below the site's base path, decoded (or as it is when malformed). */
  function missingPath() {
    var path = window.location.pathname;
    var root = main.getAttribute('data-not-found');
    try { path = decodeURIComponent(path); } catch (e) { /* keep it encoded */ }
    if (path.toLowerCase().indexOf(root.toLowerCase()) === 0) { return path.slice(root.length); }
    return path.replace(/^\/+/, '');
  }

  /** The path's segments, trimmed, without `index.html` and with no `.html` ending. */
  function segmentsOf(path) {
    var segments = path.split('/').map(function (s) { return s.trim(); })
      .filter(function (s) { return s !== ''; });
    if (segments.length && /^index\.html?$/i.test(segments[segments.length - 1])) { segments.pop(); }
    if (segments.length) {
      segments[segments.length - 1] = segments[segments.length - 1].replace(/\.html?$/i, '');
    }
    return segments;
  }

  /** The locale section the path speaks (its first segment names the locale), else the first. */
  function pickSection(sections, segments) {
    var first = segments.length ? fold(segments[0]) : '';
    for (var i = 0; i < sections.length; i++) {
      var prefix = fold(sections[i].getAttribute('data-prefix')).replace(/\/$/, '');
      if (first && (first === prefix || first === fold(sections[i].getAttribute('data-lang')))) {
        segments.shift();
        return sections[i];
      }
    }
    return sections[0];
  }

  /** Puts `section` first, with the page's one h1, and makes the page speak its language. */
  function putFirst(section) {
    var first = main.querySelector('section');
    if (first !== section) {
      swapHeading(first, 'h2');
      swapHeading(section, 'h1');
      main.insertBefore(section, first);
    }
    document.documentElement.lang = section.getAttribute('data-lang');
    document.title = section.getAttribute('data-title');
  }

  function swapHeading(section, tag) {
    var old = section.querySelector('h1, h2');
    var heading = document.createElement(tag);
    heading.textContent = old.textContent;
    old.parentNode.replaceChild(heading, old);
  }

  /** Letters and digits only: "5.5.2" and "552" are written the same way. */
  function loose(text) { return fold(text).replace(/[^a-z0-9]/g, ''); }

  /** The family the path names (as its id, in any case, with any separators), if any. */
  function familyOf(index, segment) {
    var key = loose(segment);
    for (var f = 0; f < index.families.length; f++) {
      if (loose(index.families[f].id) === key) { return f; }
    }
    return -1;
  }

  /** The code-like words of the segments (the first few): known codes whole, else split at
      anything but letters, digits and dots, and at "vs"; words without a digit that are no code
      are left out. */
  function tokensOf(index, segments) {
    var tokens = [];
    segments.forEach(function (segment) {
      if (atlas.findCodes(index, segment).length) { tokens.push(segment); return; }
      fold(segment).split(/[^a-z0-9.]+/).forEach(function (word) {
        var parts = atlas.findCodes(index, word).length ? [word] : word.split('vs');
        parts.forEach(function (part) {
          part = part.replace(/^\.+|\.+$/g, '');
          if (part && (/[0-9]/.test(part) || atlas.findCodes(index, part).length)) { tokens.push(part); }
        });
      });
    });
    return tokens.slice(0, MAX_TOKENS);
  }

  /** The codes a word may mean, most likely first: written so in the path's family, written so
      (or as a concrete form) elsewhere, then written alike but for punctuation. */
  function candidates(index, family, token) {
    var exact = atlas.findCodes(index, token);
    var key = loose(token);
    var alike = index.codes.filter(function (c) { return loose(c.code) === key && exact.indexOf(c) === -1; });
    var inFamily = function (c) { return c.f === family ? 0 : 1; };
    var byFamily = function (a, b) { return inFamily(a) - inFamily(b) || a.index - b.index; };
    return exact.sort(byFamily).concat(alike.sort(byFamily));
  }

  /** Whether `token` fits a class label such as "5xx" or "X.1.XXX" (x: a digit, or x). */
  function fitsClass(label, token) {
    var pattern = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/x+/gi, function (xs) { return '[0-9x]{1,' + xs.length + '}'; });
    return new RegExp('^' + pattern + '$', 'i').test(token);
  }

  /** How far two codes are by number, part by part ("x" parts count as equal); words that are
      not numbers are not near anything. */
  function distance(a, b) {
    var pa = fold(a).split('.');
    var pb = fold(b).split('.');
    if (pa.length !== pb.length) { return Infinity; }
    var total = 0;
    for (var i = 0; i < pa.length; i++) {
      if (/^[0-9]+$/.test(pa[i]) && /^[0-9]+$/.test(pb[i])) {
        total = total * 1000 + Math.abs(Number(pa[i]) - Number(pb[i]));
      } else if (pa[i] === 'x' || pb[i] === 'x') {
        total *= 1000;
      } else {
        return Infinity;
      }
      if (!isFinite(total)) { return Infinity; }
    }
    return total;
  }

  /** The nearest codes to an unknown one: in the path's family when its classes fit the word,
      else in each family whose classes do; same class first, then numerically nearest. */
  function nearest(index, family, token) {
    var fits = function (c) { return Boolean(c.class) && fitsClass(c.class.label, token); };
    var families = index.families.map(function (_, f) { return f; }).filter(function (f) {
      return index.codes.some(function (c) { return c.f === f && fits(c); });
    });
    if (families.indexOf(family) !== -1) { families = [family]; }
    else if (!families.length && family !== -1) { families = [family]; }
    return index.codes
      .filter(function (c) { return families.indexOf(c.f) !== -1; })
      .map(function (c) { return { code: c, fits: fits(c) ? 0 : 1, d: distance(token, c.code) }; })
      .filter(function (r) { return r.fits === 0 || isFinite(r.d); })
      .sort(function (a, b) { return a.fits - b.fits || a.d - b.d || a.code.index - b.code.index; })
      .slice(0, 4)
      .map(function (r) { return r.code; });
  }

  /** The suggestions for the path: groups of links, each with an optional note before it. */
  function suggest(index, segments, say) {
    var family = segments.length ? familyOf(index, segments[0]) : -1;
    var tokens = tokensOf(index, family === -1 ? segments : segments.slice(1));
    var found = tokens.map(function (t) { return candidates(index, family, t); });
    var meant = [];
    var groups = [];
    var families = family === -1 ? [] : [family];
    for (var i = 0; i < tokens.length; i++) {
      for (var j = i + 1; j < tokens.length; j++) { comparison(index, found[i], found[j], meant, say); }
    }
    found.forEach(function (codes, t) {
      codes.forEach(function (c) { meant.push(codeLink(index, c)); });
      if (codes.length) { return; }
      var near = nearest(index, family, tokens[t]);
      if (!near.length) { return; }
      var f = near[0].f;
      if (families.indexOf(f) === -1) { families.push(f); }
      groups.push({
        note: say('nearest', { family: index.families[f].title, code: tokens[t] }),
        links: near.map(function (c) { return codeLink(index, c); })
      });
    });
    groups.unshift({ note: null, links: meant });
    groups.push({ note: null, links: families.map(function (f) {
      var fam = index.families[f];
      return { url: fam.url, code: null, text: say('family', { family: fam.title }) };
    }) });
    return groups;
  }

  /** Adds the first comparison page between a code meant by one word and one by another,
      followed by both code pages. */
  function comparison(index, first, second, meant, say) {
    for (var a = 0; a < first.length; a++) {
      for (var b = 0; b < second.length; b++) {
        var url = atlas.compareUrl(index, first[a], second[b]);
        if (!url) { continue; }
        var low = first[a].index < second[b].index ? first[a] : second[b];
        var high = low === first[a] ? second[b] : first[a];
        var family = index.families[low.f].name;
        meant.push({ url: url, code: null, text: say('compare', { family: family, a: low.code, b: high.code }) });
        meant.push(codeLink(index, low), codeLink(index, high));
        return;
      }
    }
  }

  function codeLink(index, c) {
    return { url: c.url, code: index.families[c.f].name + ' ' + c.code, text: c.title };
  }

  /** Fills the section's suggestions: a heading, then each group's note and links, no link twice. */
  function show(section, groups) {
    var box = section.querySelector('[data-suggestions]');
    var seen = Object.create(null);
    var any = false;
    var heading = document.createElement(section.querySelector('h1') ? 'h2' : 'h3');
    heading.textContent = section.getAttribute('data-meant');
    box.appendChild(heading);
    groups.forEach(function (group) {
      var links = group.links.filter(function (l) { return !seen[l.url] && (seen[l.url] = true); });
      if (!links.length) { return; }
      if (group.note) {
        var note = document.createElement('p');
        note.textContent = group.note;
        box.appendChild(note);
      }
      var list = document.createElement('ul');
      list.className = 'not-found-list';
      links.forEach(function (l) { list.appendChild(item(l)); });
      box.appendChild(list);
      any = true;
    });
    box.hidden = !any;
  }

  function item(link) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = link.url;
    if (link.code) {
      var code = document.createElement('span');
      code.className = 'code';
      code.textContent = link.code;
      a.appendChild(code);
      a.appendChild(document.createTextNode(' '));
    }
    a.appendChild(document.createTextNode(link.text));
    li.appendChild(a);
    return li;
  }

  /** A message of the section with its {placeholders} filled in (as text). */
  function sayer(section) {
    return function (name, values) {
      return atlas.fill(section.getAttribute('data-' + name), values);
    };
  }

  var sections = Array.prototype.slice.call(main.querySelectorAll('section[data-index]'));
  if (!sections.length) { return; }
  var path = missingPath();
  var segments = segmentsOf(path);
  var section = pickSection(sections, segments);
  putFirst(section);
  var shown = section.querySelector('[data-path]');
  shown.querySelector('code').textContent = main.getAttribute('data-not-found') + path;
  shown.hidden = false;
  if (/^404\.html$/i.test(path)) { return; }
  atlas.loadIndex(section.getAttribute('data-index'))
    .then(function (index) { show(section, suggest(index, segments, sayer(section))); })
    .catch(function () { /* no index: the page still says not found and links home */ });
}());
