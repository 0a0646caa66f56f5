// The sovereignty questionnaire: what the forms' script does, and the result of the answers so far shown while
// answering. The inventory service computes score, SEAL level and SDS label (through the portal, with the person's
// sign-in); nothing is stored until the form is sent. Without this script the result shows after saving.
(function () {
  'use strict';
  var common = document.createElement('script');
  common.src = '/forms.js';
  document.body.appendChild(common);
  var form = document.querySelector('form[method="post"]');
  if (!form || !window.fetch) { return; }
  var actions = form.querySelector('.form-actions');
  var result = document.createElement('p');
  result.className = 'preview';
  result.id = 'vorschau';
  result.setAttribute('role', 'status');
  actions.parentNode.insertBefore(result, actions);
  var lang = document.documentElement.getAttribute('lang') || 'de';
  var asked = 0;
  function update() {
    var query = new URLSearchParams({ lang: lang });
    Array.prototype.forEach.call(form.querySelectorAll('input[type="radio"][name^="scores."]:checked'),
      function (radio) { query.append(radio.name.substring(7), radio.value); });
    var mine = ++asked;
    fetch('/dependencies/register/preview?' + query.toString(), { credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) { if (answer && mine === asked) { result.textContent = answer.text; } })
      .catch(function () { /* the result then shows after saving */ });
  }
  form.addEventListener('change', function (event) {
    if (event.target.name && event.target.name.indexOf('scores.') === 0) { update(); }
  });
  update();
})();
