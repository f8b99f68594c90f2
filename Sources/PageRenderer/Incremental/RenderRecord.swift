import Foundation
import Parallelism

/// The record an incremental build keeps in `OUTPUT/.festdoc/record`: per page, its inputs and what
/// the next build needs to skip it.
public struct RenderRecord: Sendable {
  /// Bumped whenever the record's layout or the meaning of a fingerprint changes.
  static let format = "festdoc-record-10"
  /// Where the record lives in the output folder.
  public static let path = ".festdoc/record"

  var pages: [String: PageRecord] = [:]
  /// The bytes of the record the build before read, which the encoding copies kept pages from.
  var source: RecordEncoding?

  public init() {}

  public var pageCount: Int { pages.count }

  /// The format first, so a record of another festdoc is told apart before anything else is read. With
  /// `jobs`, the pages are gathered and written in parts side by side (at 10,000 components encoding took
  /// 1.5 s on one thread); the bytes are those of one part.
  public func encoded(jobs: Int = 1) -> Data {
    let paths = StringOrder.sorted(pages.keys).map(\.string)
    if let source, let bytes = reencoded(from: source, paths: paths) {
      return Data(Array((Self.format + "\n").utf8) + bytes)
    }
    let parts = Self.parts(paths.count, jobs: jobs)
    let gathered = Slots<(words: [[String]], shared: Set<String>)>(count: parts.count)
    Concurrently.forEach(jobs: jobs, count: parts.count) { part in
      gathered.set(part, gather(paths[parts[part]]))
    }
    let pieces = parts.indices.map { gathered.take($0)! }
    var shared = pieces[0].shared
    for piece in pieces.dropFirst() { shared.formUnion(piece.shared) }
    let table = RecordWriter.Table(shared: shared)
    let bodies = Slots<[UInt8]>(count: parts.count)
    Concurrently.forEach(jobs: jobs, count: parts.count) { part in
      var writer = RecordWriter(table: table)
      for (offset, path) in paths[parts[part]].enumerated() {
        write(path, words: pieces[part].words[offset], to: &writer)
      }
      bodies.set(part, writer.body)
    }
    var bytes = Array((Self.format + "\n").utf8) + table.head
    RecordWriter.append(pages.count, to: &bytes)
    for part in parts.indices { bytes += bodies.take(part)! }
    return Data(bytes)
  }

  /// `count` pages in `jobs` runs of about equal length (one when `jobs` is 1).
  static func parts(_ count: Int, jobs: Int) -> [Range<Int>] {
    let runs = max(1, min(jobs, count / 256))
    return (0..<runs).map { count * $0 / runs..<count * ($0 + 1) / runs }
  }

  /// The search words of each of `paths`' pages, and every string they will write as shared.
  private func gather(_ paths: ArraySlice<String>) -> (words: [[String]], shared: Set<String>) {
    let words = paths.map { SearchIndex.wordList(pages[$0]!.facts.words) }
    var shared: Set<String> = []
    for path in paths {
      let page = pages[path]!
      shared.insert(path)
      shared.formUnion(page.files)
      for heading in page.facts.headings { shared.formUnion([heading.id, heading.text]) }
      shared.formUnion(page.facts.linkTargets)
    }
    for list in words { shared.formUnion(list) }
    return (words, shared)
  }

  func write(_ path: String, words: [String], to writer: inout RecordWriter) {
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
    writer.sharedList(words)
  }

  /// The record read back, or nil when it is missing, damaged or from another festdoc.
  public static func decode(_ data: Data) -> RenderRecord? {
    let magic = Data((format + "\n").utf8)
    guard data.starts(with: magic) else { return nil }
    do {
      var reader = try RecordReader(data.dropFirst(magic.count), countingUses: true)
      var record = RenderRecord()
      var ranges: [String: RecordEncoding.Page] = [:]
      for _ in 0..<(try reader.count()) {
        let start = reader.offset
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
        let page = PageRecord(inputs: inputs, facts: facts, references: references, files: files)
        record.pages[path] = page
        ranges[path] = RecordEncoding.Page(record: page, range: start..<reader.offset)
      }
      guard reader.isAtEnd else { return nil }
      record.source = RecordEncoding(
        bytes: reader.bytes, table: reader.table, tableEnd: reader.tableEnd, uses: reader.uses, pages: ranges)
      return record
    } catch {
      return nil
    }
  }
}
