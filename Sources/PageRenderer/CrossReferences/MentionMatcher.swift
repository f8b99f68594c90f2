/// Finds named things in text: case-insensitive, whole words, the longest name at each place (so
/// "Shipment Service" is the component, not the entity "Shipment" too). Names shorter than three letters
/// and digits are left out: they would match everywhere.
struct MentionMatcher {
  /// First word of a name -> (its words, the thing), longest first.
  private var byFirstWord: [Substring: [([Substring], Int)]] = [:]

  init(_ things: [NamedThing]) {
    for (index, thing) in things.enumerated() {
      for name in [thing.name] + (thing.alias.map { [$0] } ?? []) {
        let words = Self.words(name.lowercased())
        guard let first = words.first, words.reduce(0, { $0 + $1.count }) >= 3 else { continue }
        byFirstWord[first, default: []].append((words, index))
      }
    }
    for key in byFirstWord.keys {
      byFirstWord[key]!.sort { $0.0.count > $1.0.count }
    }
  }

  var isEmpty: Bool { byFirstWord.isEmpty }

  /// The things `text` mentions, by their index in the catalog.
  func mentions(in text: String) -> Set<Int> {
    guard !byFirstWord.isEmpty else { return [] }
    let lowered = text.lowercased()
    let words = Self.words(lowered)
    var found: Set<Int> = []
    var position = 0
    while position < words.count {
      var advance = 1
      if let candidates = byFirstWord[words[position]] {
        for (name, thing) in candidates where position + name.count <= words.count {
          if name.count == 1 || words[position..<(position + name.count)].elementsEqual(name) {
            found.insert(thing)
            // Every thing of the same name and length counts (an operation in two services).
            for (other, otherThing) in candidates where other.count == name.count && otherThing != thing {
              if other == name { found.insert(otherThing) }
            }
            advance = name.count
            break
          }
        }
      }
      position += advance
    }
    return found
  }

  /// Runs of letters and digits.
  static func words(_ text: String) -> [Substring] {
    var result: [Substring] = []
    var start: String.Index?
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character.isLetter || character.isNumber {
        if start == nil { start = index }
      } else if let begin = start {
        result.append(text[begin..<index])
        start = nil
      }
      index = text.index(after: index)
    }
    if let begin = start { result.append(text[begin..<text.endIndex]) }
    return result
  }
}
