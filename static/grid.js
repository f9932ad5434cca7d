/* codeatlas: the comparison grid of a family index. Choosing a second code opens the comparison
   of the two (the page says so above the grid); the first choice is announced. Needs
   codeatlas.js (loaded before it) for the comparison URL and the messages. */
(function () {
  'use strict';

  function setupGrid(form) {
    var status = form.querySelector('[data-status]');
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"]'));
    form.hidden = false;

    function chosen() {
      return boxes.filter(function (box) { return box.checked; });
    }

    /** The comparison URL of two chosen codes (null when the family has no page for the pair),
        made by the lookup's own rule from what the grid says of the family and of each code. */
    var family = { families: [{ url: form.getAttribute('data-base'), pairs: form.getAttribute('data-pairs') }] };
    function code(box) {
      var order = Number(box.getAttribute('data-order'));
      var partners = (box.getAttribute('data-with') || '').split(' ').filter(Boolean).map(Number);
      return { f: 0, index: order, slug: box.value, with: partners };
    }
    function compareUrl(a, b) {
      return window.codeatlas.compareUrl(family, code(a), code(b));
    }

    function changed(event) {
      var picked = chosen();
      if (picked.length === 2) {
        var url = compareUrl(picked[0], picked[1]);
        if (url) {
          window.location.href = url;
          return;
        }
        status.textContent = form.getAttribute('data-none');
        event.target.checked = false;
        return;
      }
      if (picked.length > 2) { event.target.checked = false; return; }
      status.textContent = picked.length === 1
        ? window.codeatlas.fill(form.getAttribute('data-chosen'), { code: picked[0].getAttribute('data-id') })
        : '';
    }

    boxes.forEach(function (box) { box.addEventListener('change', changed); });
    // Coming back from a comparison shows the grid with nothing chosen.
    window.addEventListener('pageshow', function () {
      boxes.forEach(function (box) { box.checked = false; });
      status.textContent = '';
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form.grid'), setupGrid);
}());
