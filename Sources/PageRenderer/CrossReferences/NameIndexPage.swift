import FestivalModel

/// Every named thing of a festival, A to Z: what it is, where it is defined, and every page that mentions
/// it (in text, a table cell or a diagram label, or by a link).
enum NameIndexPage {
  static func render(_ context: PageContext, festival index: Int, catalog: NameCatalog, mentions: [[Int]])
    -> PageBody
  {
    let order = catalog.things.indices.sorted { left, right in
      let a = catalog.things[left]
      let b = catalog.things[right]
      let keyA = a.name.lowercased()
      let keyB = b.name.lowercased()
      return keyA != keyB ? keyA < keyB : left < right
    }
    var html = "<h1>A–Z index</h1>\n"
    guard !order.isEmpty else {
      html += "<p class=\"muted\">This festival's interface document names nothing yet.</p>\n"
      return PageBody(
        html: html, breadcrumbs: context.crumbs(festival: index, [PageBody.Crumb(title: "A–Z index")]),
        festival: index)
    }
    var letters: [(String, [Int])] = []
    for thing in order {
      let first = catalog.things[thing].name.first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
      if letters.last?.0 == first {
        letters[letters.count - 1].1.append(thing)
      } else {
        letters.append((first, [thing]))
      }
    }
    html +=
      "<p>\(catalog.things.count) names. A page mentions a name when it appears in its text, a table or a "
      + "diagram (whole words, any case, not in code) or when the page links to it.</p>\n"
    html +=
      "<nav class=\"letters\" aria-label=\"Letters\">"
      + letters.map { HTML.link("#" + anchor($0.0), $0.0) }.joined(separator: " ") + "</nav>\n"
    for (letter, things) in letters {
      var entries = ""
      for thing in things {
        let named = catalog.things[thing]
        var label = HTML.link(context.href(named.definition), named.name)
        label += " <span class=\"muted\">\(HTML.text(named.kind.rawValue))"
        if let context = named.context { label += " · \(HTML.text(context))" }
        label += "</span>"
        let pages = mentions[thing].filter { context.plan.pages[$0].path != named.definitionPage }.map {
          page in
          HTML.link(context.href(context.plan.pages[page].path), context.plan.pages[page].title)
        }
        entries +=
          "<dt>\(label)</dt><dd>"
          + (pages.isEmpty
            ? "<span class=\"muted\">mentioned nowhere else</span>" : pages.joined(separator: ", "))
          + "</dd>"
      }
      html += HTML.section(letter, id: anchor(letter), "<dl class=\"name-index\">\(entries)</dl>")
    }
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: index, [PageBody.Crumb(title: "A–Z index")]),
      festival: index)
  }

  private static func anchor(_ letter: String) -> String {
    letter == "#" ? "other" : "letter-" + letter.lowercased()
  }
}
