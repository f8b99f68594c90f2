/// Component names split into words once, so guessing owners stays linear in the size of the contract.
struct ComponentNameIndex {
  /// Folded word sequence of each name -> the names that spell it.
  private var namesByPhrase: [[String]: [String]] = [:]
  /// Word -> the names containing it.
  private var namesByWord: [String: [String]] = [:]
  private var longestPhrase = 0

  init(_ names: [String]) {
    for name in names {
      let words = TextFolding.words(name)
      guard !words.isEmpty else { continue }
      namesByPhrase[words, default: []].append(name)
      longestPhrase = max(longestPhrase, words.count)
      for word in Set(words) { namesByWord[word, default: []].append(name) }
    }
  }

  /// The one component whose full name appears in `text` as whole words.
  func uniqueMention(in text: String) -> String? {
    let words = TextFolding.words(text)
    var found: Set<String> = []
    for start in words.indices {
      for length in 1...max(1, min(longestPhrase, words.count - start)) {
        if let names = namesByPhrase[Array(words[start..<(start + length)])] { found.formUnion(names) }
      }
      if found.count > 1 { return nil }
    }
    return found.count == 1 ? found.first : nil
  }

  /// The one component with a word equal to `word` (singular and plural folded: `users` -> `User Service`).
  func uniqueWordMatch(_ word: String) -> String? {
    let folded = TextFolding.fold(word)
    let stems = Set([folded, folded.hasSuffix("s") ? String(folded.dropLast()) : folded + "s"])
    let generic: Set<String> = ["service", "services", "api", "app", "gateway", "system", "web"]
    var found: Set<String> = []
    for stem in stems where !generic.contains(stem) { found.formUnion(namesByWord[stem] ?? []) }
    return found.count == 1 ? found.first : nil
  }
}
