// Playground keyboard shortcuts: Space = play/pause, → = one step, R = reset.
// Plain static script served as /gdp/keys.js (no Node build). Ignored while typing in a field.
(function () {
  if (window.__gdpKeys) {
    return;
  }
  window.__gdpKeys = true;
  var typing = /^(input|textarea|select|vaadin-text-field|vaadin-select|vaadin-select-item|vaadin-combo-box|vaadin-grid)$/;
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) {
      return;
    }
    var path = e.composedPath ? e.composedPath() : [e.target];
    for (var i = 0; i < path.length; i++) {
      var el = path[i];
      if (!el || !el.tagName) {
        continue;
      }
      var tag = el.tagName.toLowerCase();
      if (typing.test(tag) || el.isContentEditable) {
        return;
      }
      if (e.key === ' ' && (tag === 'button' || tag === 'vaadin-button')) {
        return; // the focused button handles Space itself
      }
    }
    var id = e.key === ' ' ? 'play' : e.key === 'ArrowRight' ? 'step' : (e.key === 'r' || e.key === 'R') ? 'reset' : null;
    if (!id) {
      return;
    }
    var button = document.getElementById(id);
    if (!button || button.hasAttribute('disabled')) {
      return;
    }
    e.preventDefault();
    button.click();
  });
})();
