/*
 * Bijstand uitgelegd: makes embedded charts as tall as their content.
 * Include it once on a page that embeds one or more charts (the embed snippet does):
 *   <script async src="https://<onze site>/insluiten.js"></script>
 * Each embed page sends its height with postMessage; this script only listens to messages from
 * the site it was loaded from, and only resizes the iframe the message came from.
 */
(function () {
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  if (!origin || window.__bijstandUitgelegdInsluiten) return;
  window.__bijstandUitgelegdInsluiten = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'bijstand-uitgelegd:hoogte') return;
    var height = Math.ceil(Number(data.height));
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].setAttribute('height', String(height));
    }
  });
})();
