// Runs before the page is shown (a classic script in <head>, so the page never flashes in the wrong
// form). It honours two parameters of the URL (see core/src/url.rs, `Param::Lang` and
// `Param::Compact`):
// - lang=nl|en: each language is a page of its own, which the page names in its
//   <link rel="alternate" hreflang> (written by the build): open it with the rest of the query.
// - compact=1: embedded without the widget's own heading (the host page has one).
(function () {
  var params = new URLSearchParams(location.search);
  var wanted = params.get('lang');
  var current = document.documentElement.lang;
  var page = wanted && /^[a-z]{2}$/.test(wanted) && document.querySelector('link[rel="alternate"][hreflang="' + wanted + '"]');
  if (page && wanted !== current) {
    params.delete('lang');
    var query = params.toString();
    location.replace(page.getAttribute('href') + (query ? '?' + query : '') + location.hash);
    return;
  }
  if (params.get('compact') === '1') document.documentElement.classList.add('compact');
  if (window.self !== window.top) document.documentElement.classList.add('embedded');

  // What a visitor does in the report before the widget is ready is kept, in order, and the
  // widget applies it once it has started (core/src/hooks.rs, `early`; widget/src/early.rs): a
  // press of a button, an in-page link or a place (its own work held back until then), a facet
  // option, the search.
  var early = (window.nap1325Early = []);
  function keep(event) {
    var target = event.target;
    var report = target instanceof Element && target.closest('[data-report]');
    if (!report || report.hasAttribute('data-ready')) return;
    if (event.type === 'click') {
      var pressed = target.closest('button, a[href^="#"], [data-place]');
      if (!pressed) return;
      event.preventDefault();
      early.push({ type: 'click', target: pressed });
    } else if (event.type === 'change' && target.matches('input[data-option]')) {
      early.push({ type: 'change', target: target });
    } else if (event.type === 'input' && target.matches('input[data-search-input]')) {
      early.push({ type: 'input', target: target, value: target.value });
    }
  }
  document.addEventListener('click', keep, true);
  document.addEventListener('change', keep, true);
  document.addEventListener('input', keep, true);
})();
