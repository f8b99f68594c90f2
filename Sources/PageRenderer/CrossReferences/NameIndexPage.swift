import FestivalModel

/// Every name of a festival, A to Z: what carries it and where each is defined, and every page that
/// mentions it (in text, a table cell or a diagram label, or by a link). Things sharing a name (a field
/// `id` in many services) are one entry.
enum NameIndexPage {
  /// Beyond this many definitions of one name the entry lists the first ones and counts the rest.
  static let definitionsShown = 40
  /// Beyond this many mentioning pages the entry lists the first ones and counts the rest: at 10,000
  /// components a role's name is on most pages, and a full list would make this page unreadable.
  static let mentionsShown = 200

  static func render(
    _ context: PageContext, festival index: Int, catalog: NameCatalog, mentions: [[Int]],
    mentionsShown: Int = mentionsShown
  ) -> PageBody {
    let keys = catalog.groups.map { catalog.things[$0[0]].name.lowercased() }
    let order = catalog.groups.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    var html: Markup = "<h1>A–Z index</h1>\n"
    let crumbs = context.crumbs(festival: index, [PageBody.Crumb(title: "A–Z index")])
    guard !order.isEmpty else {
      html += "<p class=\"muted\">This festival's interface document names nothing yet.</p>\n"
      return PageBody(html: html, breadcrumbs: crumbs, festival: index)
    }
    var letters: [(String, [Int])] = []
    for group in order {
      let first = keys[group].first.map { $0.isLetter ? String($0).uppercased() : "#" } ?? "#"
      if letters.last?.0 == first {
        letters[letters.count - 1].1.append(group)
      } else {
        letters.append((first, [group]))
      }
    }
    html +=
      "<p>\(order.count) names. A page mentions a name when it appears in its text, a table or a "
      + "diagram (whole words, any case, not in code) or when the page links to it.</p>\n"
    html +=
      "<nav class=\"letters\" aria-label=\"Letters\">"
      + letters.map { HTML.link("#" + anchor($0.0), $0.0) }.joined(separator: " ") + "</nav>\n"
    // The page is laid out from its HTML and headings alone, so its text and links are not gathered: at
    // 10,000 components they would triple the memory of a 40 MB page.
    var page = html.html
    var headings = html.headings
    for (letter, groups) in letters {
      let heading = Markup.heading(level: 2, id: anchor(letter), title: letter, .text(letter))
      headings += heading.headings
      page += "<section>" + heading.html + "\n<dl class=\"name-index\">"
      for group in groups {
        page +=
          entry(
            group, catalog: catalog, mentions: mentions[group], context: context, shown: mentionsShown
          ).html
      }
      page += "</dl>\n</section>\n"
    }
    return PageBody(html: .htmlOnly(page, headings: headings), breadcrumbs: crumbs, festival: index)
  }

  private static func entry(
    _ group: Int, catalog: NameCatalog, mentions: [Int], context: PageContext, shown: Int
  ) -> Markup {
    let things = catalog.groups[group].map { catalog.things[$0] }
    let definitions = things.prefix(definitionsShown).map { thing -> Markup in
      var label = thing.kind.rawValue
      if let owner = thing.context { label += " · " + owner }
      return HTML.link(context.href(thing.definition), label)
    }
    var html: Markup = "<dt>\(HTML.text(things[0].name)) <span class=\"muted\">"
    html += definitions.joined(separator: ", ")
    if things.count > definitionsShown { html += ", and \(things.count - definitionsShown) more" }
    html += "</span></dt><dd>"
    let ownPages = Set(things.map(\.definitionPage).filter { !$0.isEmpty })
    let mentioning = mentions.filter { !ownPages.contains(context.plan.pages[$0].path) }
    let pages = mentioning.prefix(shown).map { index in
      HTML.link(context.href(context.plan.pages[index].path), context.plan.pages[index].title)
    }
    html +=
      pages.isEmpty ? "<span class=\"muted\">mentioned nowhere else</span>" : pages.joined(separator: ", ")
    if mentioning.count > shown {
      html += " <span class=\"muted\">and \(mentioning.count - shown) more pages</span>"
    }
    return html + "</dd>"
  }

  private static func anchor(_ letter: String) -> String {
    letter == "#" ? "other" : "letter-" + letter.lowercased()
  }
}
