import MarkupSafety

/// Small helpers that build a page's markup from festival text, escaping every string for where it goes.
enum HTML {
  static func text(_ value: String) -> Markup { .text(value) }

  static func attribute(_ value: String) -> String { HTMLEscaping.attribute(value) }

  static func link(_ href: String, _ label: String, className: String? = nil) -> Markup {
    link(href, .text(label), className: className)
  }

  static func link(_ href: String, _ label: Markup, className: String? = nil) -> Markup {
    .link(href, label, attributes: className.map { " class=\"\(attribute($0))\"" } ?? "")
  }

  /// A table; cells are markup already. `headersHTML` are further headers that are markup already.
  static func table(
    _ headers: [String], _ rows: [[Markup]], rowIDs: [String?] = [], caption: String? = nil,
    headersHTML: [Markup] = [], className: String? = nil
  ) -> Markup {
    var html: Markup =
      "<div class=\"table-wrap\"><table\(className.map { " class=\"\(attribute($0))\"" } ?? "")>"
    if let caption { html += "<caption>\(text: caption)</caption>" }
    html += "<thead><tr>"
    for header in headers.map(text) + headersHTML { html += "<th scope=\"col\">\(header)</th>" }
    html += "</tr></thead><tbody>"
    for (index, row) in rows.enumerated() {
      let id = index < rowIDs.count ? rowIDs[index] : nil
      html += id.map { "<tr id=\"\(attribute: $0)\">" } ?? "<tr>"
      for cell in row { html += "<td>\(cell)</td>" }
      html += "</tr>"
    }
    return html + "</tbody></table></div>"
  }

  /// A section whose heading carries the id and a link to itself.
  static func section(_ title: String, id: String, _ body: Markup) -> Markup {
    "<section>\(Markup.heading(level: 2, id: id, title: title, .text(title)))\n\(body)\n</section>\n"
  }

  /// A definition list of label/value pairs, skipping empty values; values are markup.
  static func facts(_ pairs: [(String, Markup)]) -> Markup {
    let filled = pairs.filter { !$0.1.isEmpty }
    guard !filled.isEmpty else { return Markup() }
    return "<dl class=\"facts\">"
      + filled.map { "<div><dt>\(text: $0.0)</dt><dd>\($0.1)</dd></div>" as Markup }.joined() + "</dl>"
  }

  static func badge(_ label: String, kind: String) -> Markup {
    "<span class=\"badge badge-\(attribute: kind)\">\(text: label)</span>"
  }

  static func list(_ items: [Markup]) -> Markup {
    items.isEmpty ? Markup() : "<ul>" + items.map { "<li>\($0)</li>" as Markup }.joined() + "</ul>"
  }

  /// A progress bar that reads without colour too.
  static func progress(checked: Int, total: Int) -> Markup {
    let percent = total == 0 ? 0 : (checked * 100) / total
    return "<span class=\"progress\" role=\"img\" aria-label=\"\(checked) of \(total) done\">"
      + "<span class=\"progress-bar\"><span style=\"width:\(percent)%\"></span></span>"
      + "<span class=\"progress-text\">\(checked)/\(total)</span></span>"
  }
}
