// Live updates of a portal page: on each message of GET /api/live (server-sent events) the page fetches itself
// and replaces its main content and the status line, without a reload. The stream holds one of the browser's
// few HTTP/1.1 connections to the portal, so it is closed when the page is left (pagehide) and opened again when
// the page comes back from the back-forward cache (pageshow with persisted), then with one refresh for the
// changes missed in between.
(function () {
  'use strict';
  if (!window.EventSource) { return; }
  var source = null;

  function refresh() {
    fetch(window.location.href, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var main = fresh.getElementById('inhalt');
        var live = fresh.getElementById('live');
        if (main && live) {
          document.getElementById('inhalt').innerHTML = main.innerHTML;
          document.getElementById('live').textContent = live.textContent;
        }
      });
  }

  function open() {
    if (source === null) {
      source = new EventSource('/api/live');
      source.onmessage = refresh;
    }
  }

  function close() {
    if (source !== null) {
      source.close();
      source = null;
    }
  }

  window.addEventListener('pagehide', close);
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      open();
      refresh();
    }
  });
  open();
})();
