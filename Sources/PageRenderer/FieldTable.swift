import FestivalModel

/// A list of typed fields as a table: a message's, an rpc's request or response, an endpoint's response.
/// A type that names a message or enum of the contract links to its page.
enum FieldTable {
  static func render(_ fields: [DataField], _ festival: FestivalContext, caption: String) -> Markup {
    let numbered = fields.contains { $0.extra["Number"] != nil }
    var headers = ["Field", "Type", "Required", "Description"]
    if numbered { headers.insert("#", at: 1) }
    let rows = fields.map { field -> [Markup] in
      var row: [Markup] = [
        festival.rowLink(field.location, label: field.name), typeLink(field.type, festival),
        HTML.text(field.required.map { $0 ? "yes" : "no" } ?? field.requiredWritten),
        HTML.text(field.description),
      ]
      if numbered { row.insert(HTML.text(field.extra["Number"] ?? ""), at: 1) }
      return row
    }
    return HTML.table(headers, rows, caption: caption)
  }

  /// `repeated Order.Line`, `map<string, Money>`: the message names in it linked to their pages.
  static func typeLink(_ type: String, _ festival: FestivalContext) -> Markup {
    guard !type.isEmpty else { return "" }
    var html = Markup()
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      if let entity = messageIndex(word, festival) {
        html += festival.pageLink(.entity, entity, word)
      } else {
        html += HTML.text(word)
      }
      word = ""
    }
    for character in type {
      if character.isLetter || character.isNumber || character == "_" || character == "." {
        word.append(character)
      } else {
        flush()
        html += HTML.text(String(character))
      }
    }
    flush()
    return html
  }

  /// The message or enum a type names, by its full or last dotted name; scalars name none.
  static func messageIndex(_ name: String, _ festival: FestivalContext) -> Int? {
    guard let first = name.first, first.isUppercase || name.contains(".") else { return nil }
    let last = name.split(separator: ".").last.map(String.init) ?? name
    return festival.lookup.entitiesByStem[Fold.stem(name)] ?? festival.lookup.entitiesByStem[Fold.stem(last)]
  }
}
