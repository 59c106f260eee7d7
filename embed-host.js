// Sizes the iframes that show the NAP1325-IV widget to fit their content. Include it once on the
// host page, after the iframe(s):
//   <script src="https://…/embed-host.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
// The widget posts { type: "nap1325:height", height: <px> } when its content height changes; this
// accepts such a message only from an iframe marked data-nap1325 and only from that iframe's own
// origin, and only a sane height. Without this script the iframe keeps its height attribute and the
// widget scrolls inside it. It also gives each such iframe the width of its column (the HTML
// `width` attribute takes whole pixels only; without this script, give the iframe a width in the
// host page's stylesheet).
(function () {
  'use strict';
  var MESSAGE = 'nap1325:height';
  var MIN = 200;
  var MAX = 20000;
  var all = document.querySelectorAll('iframe[data-nap1325]');
  for (var j = 0; j < all.length; j++) all[j].style.width = '100%';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== MESSAGE || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-nap1325]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (new URL(frame.src, location.href).origin !== event.origin) return;
      frame.style.height = Math.min(MAX, Math.max(MIN, Math.round(data.height))) + 'px';
      return;
    }
  });
})();
