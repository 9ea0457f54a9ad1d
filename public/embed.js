/*
 * New Coordinates — host-page script for responsive embeds.
 * <iframe src="https://…/?embed=map&id=nc-map" data-nc-embed …></iframe>
 * <script src="https://…/embed.js" async></script>
 * Each embedded view posts {type: "new-coordinates:height", id, view, height} when its content
 * height changes; this sets the matching iframe's height. The sender is matched by
 * event.source === iframe.contentWindow and the message origin must be the iframe's own.
 */
(function () {
  if (window.__newCoordinatesEmbed) return;
  window.__newCoordinatesEmbed = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'new-coordinates:height' || typeof data.height !== 'number' || !(data.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-nc-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        return;
      }
      if (origin !== event.origin) return;
      frame.style.height = Math.min(Math.ceil(data.height), 10000) + 'px';
      return;
    }
  });
})();
