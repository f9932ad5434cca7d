/* codeatlas: the comparison grid of a family index. Choosing a second code opens the comparison
   of the two (the page says so above the grid); the first choice is announced. */
(function () {
  'use strict';

  function setupGrid(form) {
    var status = form.querySelector('[data-status]');
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"]'));
    form.hidden = false;

    function chosen() {
      return boxes.filter(function (box) { return box.checked; });
    }

    /** The comparison URL of two codes, or null when the family has no page for the pair. */
    function compareUrl(a, b) {
      if (form.getAttribute('data-pairs') !== 'all') {
        var partners = (a.getAttribute('data-with') || '').split(' ');
        if (partners.indexOf(b.value) === -1) { return null; }
      }
      var ordered = Number(a.getAttribute('data-order')) < Number(b.getAttribute('data-order')) ? [a, b] : [b, a];
      return form.getAttribute('data-base') + ordered[0].value + '-vs-' + ordered[1].value + '/';
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
        ? form.getAttribute('data-chosen').replace('{code}', picked[0].getAttribute('data-id'))
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
