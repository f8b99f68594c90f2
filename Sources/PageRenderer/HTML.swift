import MarkupSafety

/// Small helpers that build HTML from festival text, escaping every string for where it goes.
enum HTML {
  static func text(_ value: String) -> String { HTMLEscaping.text(value) }

  static func attribute(_ value: String) -> String { HTMLEscaping.attribute(value) }

  static func link(_ href: String, _ label: String, className: String? = nil) -> String {
    let classAttribute = className.map { " class=\"\(attribute($0))\"" } ?? ""
    return "<a href=\"\(attribute(href))\"\(classAttribute)>\(text(label))</a>"
  }

  /// A table; cells are HTML already (escape text with `text` before passing it).
  /// `headersHTML` are further headers that are HTML already.
  static func table(
    _ headers: [String], _ rows: [[String]], rowIDs: [String?] = [], caption: String? = nil,
    headersHTML: [String] = [], className: String? = nil
  ) -> String {
    var html = "<div class=\"table-wrap\"><table\(className.map { " class=\"\(attribute($0))\"" } ?? "")>"
    if let caption { html += "<caption>\(text(caption))</caption>" }
    html +=
      "<thead><tr>" + (headers.map(text) + headersHTML).map { "<th scope=\"col\">\($0)</th>" }.joined()
      + "</tr></thead><tbody>"
    for (index, row) in rows.enumerated() {
      let id = index < rowIDs.count ? rowIDs[index] : nil
      html += id.map { "<tr id=\"\(attribute($0))\">" } ?? "<tr>"
      html += row.map { "<td>\($0)</td>" }.joined() + "</tr>"
    }
    return html + "</tbody></table></div>"
  }

  /// A section whose heading carries the id and a link to itself.
  static func section(_ title: String, id: String, _ body: String) -> String {
    "<section><h2 id=\"\(attribute(id))\">\(text(title))\(anchor(id))</h2>\n\(body)\n</section>\n"
  }

  /// The link icon a heading carries to itself.
  static func anchor(_ id: String) -> String {
    "<a class=\"anchor\" href=\"#\(attribute(id))\" aria-label=\"Link to this section\">#</a>"
  }

  /// A definition list of label/value pairs, skipping empty values; values are HTML.
  static func facts(_ pairs: [(String, String)]) -> String {
    let filled = pairs.filter { !$0.1.isEmpty }
    guard !filled.isEmpty else { return "" }
    return "<dl class=\"facts\">"
      + filled.map { "<div><dt>\(text($0.0))</dt><dd>\($0.1)</dd></div>" }.joined() + "</dl>"
  }

  static func badge(_ label: String, kind: String) -> String {
    "<span class=\"badge badge-\(attribute(kind))\">\(text(label))</span>"
  }

  static func list(_ items: [String]) -> String {
    items.isEmpty ? "" : "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
  }

  /// A progress bar that reads without colour too.
  static func progress(checked: Int, total: Int) -> String {
    let percent = total == 0 ? 0 : (checked * 100) / total
    return "<span class=\"progress\" role=\"img\" aria-label=\"\(checked) of \(total) done\">"
      + "<span class=\"progress-bar\"><span style=\"width:\(percent)%\"></span></span>"
      + "<span class=\"progress-text\">\(checked)/\(total)</span></span>"
  }
}
