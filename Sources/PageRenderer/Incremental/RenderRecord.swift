import Foundation

/// The record an incremental build keeps in `OUTPUT/.festdoc/record`: per page, its inputs and what
/// the next build needs to skip it.
public struct RenderRecord: Sendable {
  /// Bumped whenever the record's layout or the meaning of a fingerprint changes.
  static let format = "festdoc-record-8"
  /// Where the record lives in the output folder.
  public static let path = ".festdoc/record"

  var pages: [String: PageRecord] = [:]

  public init() {}

  public var pageCount: Int { pages.count }

  /// The format first, so a record of another festdoc is told apart before anything else is read.
  public func encoded() -> Data {
    let paths = pages.keys.sorted()
    let words = paths.map { SearchIndex.wordList(pages[$0]!.facts.words) }
    var shared: Set<String> = []
    for (path, page) in pages {
      shared.insert(path)
      shared.formUnion(page.files)
      for heading in page.facts.headings { shared.formUnion([heading.id, heading.text]) }
      shared.formUnion(page.facts.linkTargets)
    }
    for list in words { shared.formUnion(list) }
    var writer = RecordWriter(shared: shared)
    writer.integer(pages.count)
    for (position, path) in paths.enumerated() {
      let page = pages[path]!
      writer.shared(path)
      writer.fingerprint(page.inputs)
      writer.fingerprint(page.references)
      writer.sharedList(page.files)
      writer.integer(page.facts.headings.count)
      for heading in page.facts.headings {
        writer.integer(heading.level)
        writer.shared(heading.id)
        writer.shared(heading.text)
      }
      writer.ascending(page.facts.mentioned.sorted())
      writer.sharedList(page.facts.linkTargets.sorted())
      writer.sharedList(words[position])
    }
    return Data((Self.format + "\n").utf8) + writer.data
  }

  /// The record read back, or nil when it is missing, damaged or from another festdoc.
  public static func decode(_ data: Data) -> RenderRecord? {
    let magic = Data((format + "\n").utf8)
    guard data.starts(with: magic) else { return nil }
    do {
      var reader = try RecordReader(data.dropFirst(magic.count))
      var record = RenderRecord()
      for _ in 0..<(try reader.count()) {
        let path = try reader.shared()
        let inputs = try reader.fingerprint()
        let references = try reader.fingerprint()
        let files = try reader.sharedList()
        var facts = PageFacts()
        for _ in 0..<(try reader.count()) {
          facts.headings.append(
            Markup.Heading(level: try reader.integer(), id: try reader.shared(), text: try reader.shared()))
        }
        facts.mentioned = Set(try reader.ascending())
        facts.linkTargets = Set(try reader.sharedList())
        facts.words = try reader.sharedList().joined(separator: " ")
        record.pages[path] = PageRecord(
          inputs: inputs, facts: facts, references: references, files: files)
      }
      return reader.isAtEnd ? record : nil
    } catch {
      return nil
    }
  }
}
