extension RenderRecord {
  /// The record's bytes after its format line, made from `source`'s: a page `source` holds as it is
  /// (the same `PageRecord`) is copied, its strings' numbers moved when the table changed, and only
  /// the other pages are encoded. The same bytes as encoding the record whole; nil when `source` does
  /// not read, and the record is encoded whole. At 10,000 components the whole encoding took 1.7 s of
  /// CPU after a one-task edit.
  func reencoded(from source: RecordEncoding, paths: [String]) -> [UInt8]? {
    var uses = source.uses
    for (path, old) in source.pages where pages[path] !== old.record {
      guard let numbers = source.sharedNumbers(ofPageAt: old.range) else { return nil }
      for number in numbers { uses[number] -= 1 }
    }
    guard !uses.contains(where: { $0 < 0 }) else { return nil }
    let changed = paths.filter { pages[$0] !== source.pages[$0]?.record }
    let words = changed.map { SearchIndex.wordList(pages[$0]!.facts.words) }
    var found: [String: Int] = [:]
    var fresh: [String: Int] = [:]  // a string the table lacks, and where it would go
    for (offset, path) in changed.enumerated() {
      for string in sharedStrings(of: path, words: words[offset]) {
        if let number = found[string] {
          uses[number] += 1
          continue
        }
        guard fresh[string] == nil else { continue }
        let (index, isThere) = source.place(of: string)
        // Equal as strings but not as bytes (another Unicode normalization): left to the whole encoding.
        guard !isThere || source.table[index].utf8.elementsEqual(string.utf8) else { return nil }
        if isThere {
          found[string] = index
          uses[index] += 1
        } else {
          fresh[string] = index
        }
      }
    }
    let table = Renumbering(source: source, uses: uses, fresh: fresh)
    var numbers = table.freshNumbers
    for (string, number) in found { numbers[string] = table.number(number) }
    let wordsByPath = Dictionary(uniqueKeysWithValues: zip(changed, words))
    return assemble(paths, from: source, table: table, numbers: numbers, words: wordsByPath)
  }

  /// The table, then the pages in order: kept ones copied from `source`, the rest written anew.
  private func assemble(
    _ paths: [String], from source: RecordEncoding, table: Renumbering, numbers: [String: Int],
    words: [String: [String]]
  ) -> [UInt8]? {
    var bytes = table.head
    bytes.reserveCapacity(source.bytes.count + source.bytes.count / 16)
    RecordWriter.append(paths.count, to: &bytes)
    for path in paths {
      if let words = words[path] {
        var writer = RecordWriter(numbers: numbers)
        write(path, words: words, to: &writer)
        bytes += writer.body
        continue
      }
      let range = source.pages[path]!.range
      guard range.upperBound <= source.bytes.count else { return nil }
      guard table.isIdentity else {
        var reader = RecordReader(bytes: source.bytes, table: source.table, at: range.lowerBound)
        guard (try? reader.copyPage(into: &bytes, number: table.number)) != nil else { return nil }
        continue
      }
      bytes += source.bytes[range]
    }
    return bytes
  }

  /// Every shared string the page's record names, as often as `write` names it.
  private func sharedStrings(of path: String, words: [String]) -> [String] {
    let page = pages[path]!
    var strings = [path] + page.files
    for heading in page.facts.headings { strings += [heading.id, heading.text] }
    return strings + page.facts.linkTargets + words
  }
}
