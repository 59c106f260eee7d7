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
})();
