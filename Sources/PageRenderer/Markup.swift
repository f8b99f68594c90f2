import MarkupSafety

/// HTML as the renderer writes it, together with what it says: the visible text outside code, the
/// headings with their ids and every link target. Pieces are joined as they are written, so search,
/// mentions, cross-references and "On this page" read the page's structure, never its HTML.
///
/// A string literal is our own markup and says nothing; festival text goes in through `text(_:)` (or
/// `\(text:)`), which escapes it and keeps it as text. A `Markup` cannot be interpolated into a `String`.
struct Markup: Equatable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible,
  CustomDebugStringConvertible
{
  struct Heading: Equatable, Sendable {
    var level: Int
    var id: String
    var text: String
  }

  private(set) var html = ""
  /// Visible text outside `code` and `pre`; pieces parted by our own markup are parted by a space.
  private(set) var text = ""
  private(set) var headings: [Heading] = []
  /// Every link target, as written into `href`.
  private(set) var links: [String] = []
  /// Whether our own markup comes before the first text, so text joined before it is parted from it.
  private var opensWithMarkup = false

  init() {}

  init(stringLiteral value: String) {
    appendRaw(value)
  }

  init(stringInterpolation: StringInterpolation) {
    self = stringInterpolation.result
  }

  /// HTML we wrote ourselves (an SVG drawing, an allow-listed tag) with the text and links it carries.
  static func raw(_ html: String, text: String = "", links: [String] = []) -> Markup {
    var markup = Markup()
    markup.appendRaw(html)
    markup.text += text
    markup.links = links
    return markup
  }

  /// Festival text, escaped and kept as the page's text.
  static func text(_ value: String) -> Markup {
    var markup = Markup()
    markup.html = HTMLEscaping.text(value)
    markup.text = value
    return markup
  }

  /// Text shown as code: escaped, and not part of the page's words.
  static func code(_ value: String) -> Markup {
    .raw("<code>\(HTMLEscaping.text(value))</code>")
  }

  /// Markup shown as code (a linked URL): its links kept, its text not part of the page's words.
  static func code(_ inner: Markup) -> Markup {
    var markup: Markup = "<code>"
    markup.html += inner.html
    markup.links += inner.links
    markup.appendRaw("</code>")
    return markup
  }

  /// A link around `label`; `attributes` are further attributes, already escaped.
  static func link(_ href: String, _ label: Markup, attributes: String = "") -> Markup {
    var markup: Markup = "<a href=\"\(HTMLEscaping.attribute(href))\"\(attributes)>"
    markup.links.append(href)
    markup += label
    markup.appendRaw("</a>")
    return markup
  }

  /// A heading with its id and the link icon to itself; `title` is what "On this page" shows.
  static func heading(level: Int, id: String, title: String, _ content: Markup) -> Markup {
    var markup: Markup = "<h\(level) id=\"\(attribute: id)\">"
    markup.headings.append(Heading(level: level, id: id, text: title))
    markup += content
    markup +=
      "<a class=\"anchor\" href=\"#\(attribute: id)\" aria-label=\"Link to this section\">#</a></h\(level)>"
    markup.links.append("#" + id)
    return markup
  }

  static func + (lhs: Markup, rhs: Markup) -> Markup {
    var result = lhs
    result += rhs
    return result
  }

  static func += (lhs: inout Markup, rhs: Markup) {
    lhs.html += rhs.html
    if rhs.opensWithMarkup { lhs.partWords() }
    lhs.text += rhs.text
    lhs.headings += rhs.headings
    lhs.links += rhs.links
  }

  var isEmpty: Bool { html.isEmpty }

  /// The same HTML without the text, headings and links it says, once those are read: what the
  /// layout needs of a body held until every page is drawn (the text alone is a good part of a page).
  var htmlOnly: Markup { Self.htmlOnly(html) }

  /// Markup that is `html` and its `headings`, with no text or links.
  static func htmlOnly(_ html: String, headings: [Heading] = []) -> Markup {
    var markup = Markup()
    markup.html = html
    markup.headings = headings
    return markup
  }

  /// Only a mistake puts markup into a `String` (what it says would be lost), and Swift's interpolation
  /// takes any value: debug builds, and so every test, stop there.
  var description: String {
    assertionFailure("Markup put into a String: build Markup instead")
    return html
  }

  /// For debuggers and test reports.
  var debugDescription: String { "Markup(" + html.debugDescription + ")" }

  private mutating func appendRaw(_ value: String) {
    guard !value.isEmpty else { return }
    html += value
    partWords()
  }

  /// Our markup parts words as a browser's layout would: `<td>a</td><td>b</td>` reads "a b".
  private mutating func partWords() {
    if text.isEmpty {
      opensWithMarkup = true
    } else if text.last != " " {
      text += " "
    }
  }

  struct StringInterpolation: StringInterpolationProtocol {
    var result = Markup()

    init(literalCapacity: Int, interpolationCount: Int) {
      result.html.reserveCapacity(literalCapacity)
    }

    mutating func appendLiteral(_ literal: String) { result.appendRaw(literal) }

    mutating func appendInterpolation(_ markup: Markup) { result += markup }

    /// Festival text: escaped and kept as text.
    mutating func appendInterpolation(text value: String) { result += .text(value) }

    /// A value for a double-quoted attribute: escaped, not text.
    mutating func appendInterpolation(attribute value: String) {
      result.html += HTMLEscaping.attribute(value)
    }

    mutating func appendInterpolation(_ number: Int) { result.appendRaw(String(number)) }

    /// Markup we wrote as a string (an escaped attribute, a tag): it says nothing.
    mutating func appendInterpolation(_ html: String) { result.appendRaw(html) }
  }
}

extension Sequence where Element == Markup {
  func joined(separator: Markup = Markup()) -> Markup {
    var result = Markup()
    var first = true
    for part in self {
      if !first { result += separator }
      result += part
      first = false
    }
    return result
  }
}

extension DefaultStringInterpolation {
  /// Markup belongs in markup: putting it into a `String` would lose what it says.
  @available(*, unavailable, message: "build Markup, not a String, from Markup")
  mutating func appendInterpolation(_ markup: Markup) {}
}
