// Runs before the page is shown (a classic script in <head>, so the page never flashes in the wrong
// form). It honours two parameters of the URL (see src/url.rs, `Param::Lang` and `Param::Compact`):
// - lang=nl|en: each language is a page of its own; open that page with the rest of the query.
// - compact=1: embedded without the widget's own heading (the host page has one).
(function () {
  var pages = { nl: './', en: 'en.html' }; // src/url.rs, page_for
  var params = new URLSearchParams(location.search);
  var wanted = params.get('lang');
  var current = document.documentElement.lang;
  if (wanted && pages[wanted] && wanted !== current) {
    params.delete('lang');
    var query = params.toString();
    location.replace(pages[wanted] + (query ? '?' + query : '') + location.hash);
    return;
  }
  if (params.get('compact') === '1') document.documentElement.classList.add('compact');
  if (window.self !== window.top) document.documentElement.classList.add('embedded');
})();
