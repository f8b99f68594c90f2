/// Finds named things in text: case-insensitive, whole words, the longest name at each place (so
/// "Shipment Service" is the component, not the entity "Shipment" too). Names shorter than three letters
/// and digits are left out: they would match everywhere.
struct MentionMatcher {
  /// A name's words joined by one space -> its group in the catalog.
  private var groups: [String: Int] = [:]
  /// First word of a name -> the word counts of the names starting with it, longest first.
  private var lengths: [String: [Int]] = [:]

  init(_ catalog: NameCatalog) {
    for (index, thing) in catalog.things.enumerated() {
      for name in [thing.name] + (thing.alias.map { [$0] } ?? []) {
        let words = Self.words(name)
        guard let first = words.first, words.reduce(0, { $0 + $1.count }) >= 3 else { continue }
        let key = words.joined(separator: " ")
        guard groups[key] == nil else { continue }
        groups[key] = catalog.groupOfThing[index]
        if !(lengths[first]?.contains(words.count) ?? false) {
          lengths[first, default: []].append(words.count)
          lengths[first]!.sort(by: >)
        }
      }
    }
  }

  /// The names `text` mentions, by their group in the catalog.
  func mentions(in text: String) -> Set<Int> {
    groups.isEmpty ? [] : mentions(inWords: Self.words(text))
  }

  /// The names a text split by `words(_:)` mentions.
  func mentions(inWords words: [String]) -> Set<Int> {
    guard !groups.isEmpty else { return [] }
    var found: Set<Int> = []
    var position = 0
    while position < words.count {
      var advance = 1
      if let counts = lengths[words[position]] {
        for count in counts where position + count <= words.count {
          let key = count == 1 ? words[position] : words[position..<(position + count)].joined(separator: " ")
          if let group = groups[key] {
            found.insert(group)
            advance = count
            break
          }
        }
      }
      position += advance
    }
    return found
  }

  /// Runs of letters and digits, lowercased. ASCII is handled byte by byte; other text by its
  /// Unicode properties.
  static func words(_ text: String) -> [String] {
    // Each word gathered as UTF-8 bytes: appending to a scalar view, one scalar at a time, was most of
    // reading the words of a large page.
    var result: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(64)
    func endWord() {
      guard !current.isEmpty else { return }
      result.append(String(decoding: current, as: UTF8.self))
      current.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
          current.append(UInt8(value))
          continue
        }
        if value >= 0x41 && value <= 0x5A {
          current.append(UInt8(value + 0x20))
          continue
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
          UTF8.encode(lower) { current.append($0) }
        }
        continue
      }
      endWord()
    }
    endWord()
    return result
  }

}
