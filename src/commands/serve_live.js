/* codeatlas serve: reload on rebuild, show build errors as an overlay. Injected in serve mode only. */
(function () {
  'use strict';
  var overlay = null;
  function showError(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;' +
        'background:rgba(20,20,20,0.95);color:#ffb4b4;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'codeatlas: the build failed (the page shows the last good build)\n\n' + text;
  }
  var source = new EventSource('/__codeatlas/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('error', function (event) {
    if (event.data) { showError(event.data); }
  });
}());
