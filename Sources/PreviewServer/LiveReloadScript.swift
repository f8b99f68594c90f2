/// The script `serve` adds to every HTML page it serves (never to a built site): it listens for the
/// server's events, reloads the page, and shows build errors over it.
enum LiveReloadScript {
  static let path = "/__festdoc/live.js"
  static let events = "/__festdoc/events"
  static let tag = "<script src=\"\(path)\"></script>"

  static let source = """
    (function () {
      "use strict";
      var overlay = null;
      function clear() { if (overlay) { overlay.remove(); overlay = null; } }
      function show(lines) {
        clear();
        overlay = document.createElement("div");
        overlay.id = "festdoc-overlay";
        overlay.setAttribute("role", "alert");
        overlay.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:2147483647;" +
          "background:#2d0f0f;color:#ffe9e9;border:2px solid #ff6b6b;border-radius:8px;padding:1rem;" +
          "font:13px/1.45 ui-monospace,monospace;box-shadow:0 8px 30px rgba(0,0,0,.4)";
        var title = document.createElement("strong");
        title.textContent = "festdoc: the last edit does not build; this is the last good site.";
        overlay.appendChild(title);
        var list = document.createElement("pre");
        list.style.cssText = "white-space:pre-wrap;margin:.5rem 0 0";
        list.textContent = lines.join("\\n");
        overlay.appendChild(list);
        document.body.appendChild(overlay);
      }
      var source = new EventSource("\(events)");
      source.addEventListener("reload", function () { location.reload(); });
      source.addEventListener("diagnostics", function (event) { show(event.data.split("\\n")); });
    })();
    """

  /// The page with the script before `</body>` (or at its end when it has none).
  static func inject(into html: String) -> String {
    guard let end = html.range(of: "</body>", options: .backwards) else { return html + tag }
    return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: tag)
  }
}
