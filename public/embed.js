/* Cổng số liệu CCHC — responsive embeds. Resizes <iframe data-cchc-embed> to the height its page reports. */
(function () {
  if (window.cchcEmbed) return;
  window.cchcEmbed = 1;
  function frames() {
    return document.querySelectorAll('iframe[data-cchc-embed]');
  }
  function origin(f) {
    try {
      return new URL(f.src, location.href).origin;
    } catch (x) {
      return '';
    }
  }
  addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.type !== 'cchc-embed:height') return;
    var h = Math.ceil(+d.height);
    if (!(h > 0 && h < 20000)) return;
    var f = frames();
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source && origin(f[i]) === e.origin) {
        f[i].style.height = h + 'px';
        f[i].setAttribute('height', h);
        f[i].setAttribute('scrolling', 'no');
      }
    }
  });
  function ping() {
    var f = frames();
    for (var i = 0; i < f.length; i++) {
      try {
        f[i].contentWindow.postMessage({ type: 'cchc-embed:ping' }, origin(f[i]) || '*');
      } catch (x) {}
    }
  }
  ping();
  addEventListener('load', ping);
})();
