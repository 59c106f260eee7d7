// The snippet builder of embed.html: the options become the iframe's address and attributes, shown
// in a live preview and as the HTML to copy. The titles, the page of each language and the host
// script's integrity hash come from the page (data- attributes written by the build); its parts
// are found by their hooks (core/src/hooks.rs, the Guide… hooks), and the height's bounds are the
// height field's own min and max.
(function () {
  'use strict';
  /** The element that carries the hook `name`. */
  function byHook(name) {
    return document.querySelector('[' + name + ']');
  }
  var form = byHook('data-guide-form');
  var output = byHook('data-guide-snippet');
  var preview = byHook('data-guide-preview');
  var copy = byHook('data-guide-copy');
  var status = byHook('data-guide-status');
  var base = new URL('./', location.href);
  // The attribute embed-host.js finds the widget's iframes by (core/src/hooks.rs, embed::FRAME).
  var FRAME = 'data-nap1325';

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  }

  /** The height asked for, within the bounds of its field (the host script's own bounds). */
  function heightOf(field) {
    var asked = parseInt(field.value, 10) || parseInt(field.defaultValue, 10);
    return Math.max(Number(field.min), Math.min(Number(field.max), asked));
  }

  var pendingPreview = null;

  function build(event) {
    var lang = form.elements.lang.value;
    var page = form.getAttribute(lang === 'en' ? 'data-guide-page-en' : 'data-guide-page-nl');
    var query = new URLSearchParams(form.elements.preset.value.replace(/^\?/, ''));
    query.delete('lang');
    if (form.elements.compact.checked) query.set('compact', '1'); else query.delete('compact');
    var search = query.toString();
    var src = new URL(page + (search ? '?' + search : ''), base).href;
    var height = heightOf(form.elements.height);
    var title = form.getAttribute(lang === 'en' ? 'data-guide-title-en' : 'data-guide-title-nl');
    var snippet = '<iframe ' + FRAME + ' title="' + escape(title) + '" src="' + escape(src) + '" height="' + height +
      '" allow="fullscreen" loading="lazy" referrerpolicy="no-referrer"></iframe>';
    if (form.elements.autoheight.checked) {
      snippet += '\n<script src="' + escape(new URL('embed-host.js', base).href) + '" integrity="' +
        escape(form.getAttribute('data-guide-host-integrity')) + '" crossorigin="anonymous" defer></' + 'script>';
    }
    output.value = snippet;
    // The preview loads the widget anew for each address: while the editor types, once they pause.
    clearTimeout(pendingPreview);
    var load = function () {
      if (preview.getAttribute('src') !== src) preview.setAttribute('src', src);
    };
    if (event) pendingPreview = setTimeout(load, 400); else load();
    preview.setAttribute('title', title);
    preview.setAttribute('height', String(height));
  }

  form.addEventListener('input', build);
  form.addEventListener('change', build);
  copy.addEventListener('click', function () {
    output.select();
    var done = function () { status.textContent = 'Gekopieerd.'; };
    if (navigator.clipboard) navigator.clipboard.writeText(output.value).then(done, function () { status.textContent = 'Kopiëren lukte niet: selecteer de tekst en kopieer zelf.'; });
  });
  build();
})();
