// Forms: the error summary gets the focus, so that a screen reader announces it first; a form is sent once (a
// second click while the first is under way does nothing; the form's idempotency key covers a resubmit anyway).
(function () {
  'use strict';
  var summary = document.getElementById('fehler');
  if (summary) { summary.focus(); }
  var forms = document.querySelectorAll('form[method="post"]');
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('submit', function (event) {
      if (form.getAttribute('data-sent') === 'true') { event.preventDefault(); return; }
      form.setAttribute('data-sent', 'true');
    });
  });
})();
