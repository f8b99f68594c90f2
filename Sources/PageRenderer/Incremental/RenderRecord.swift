import Foundation

/// The record an incremental build keeps in `OUTPUT/.festdoc/record`: per page, its inputs and what
/// the next build needs to skip it.
public struct RenderRecord: Sendable {
  /// Bumped whenever the record's layout or the meaning of a fingerprint changes.
  static let format = "festdoc-record-5"
  /// Where the record lives in the output folder.
  public static let path = ".festdoc/record"

  var pages: [String: PageRecord] = [:]

  public init() {}

  public var pageCount: Int { pages.count }

  public func encoded() -> Data {
    var writer = RecordWriter()
    writer.string(Self.format)
    writer.integer(pages.count)
    for path in pages.keys.sorted() {
      let page = pages[path]!
      writer.string(path)
      writer.string(page.inputs)
      writer.string(page.references)
      writer.strings(page.files)
      writer.integer(page.facts.headings.count)
      for heading in page.facts.headings {
        writer.integer(heading.level)
        writer.string(heading.id)
        writer.string(heading.text)
      }
      writer.strings(page.facts.mentioned.sorted().map(String.init))
      writer.strings(page.facts.linkTargets.sorted())
      writer.string(page.facts.words)
    }
    return writer.data
  }

  /// The record read back, or nil when it is missing, damaged or from another festdoc.
  public static func decode(_ data: Data) -> RenderRecord? {
    var reader = RecordReader(data)
    do {
      guard try reader.string() == format else { return nil }
      var record = RenderRecord()
      for _ in 0..<(try reader.count()) {
        let path = try reader.string()
        let inputs = try reader.string()
        let references = try reader.string()
        let files = try reader.strings()
        var facts = PageFacts()
        for _ in 0..<(try reader.count()) {
          facts.headings.append(
            Markup.Heading(level: try reader.integer(), id: try reader.string(), text: try reader.string()))
        }
        facts.mentioned = Set(try reader.strings().compactMap { Int($0) })
        facts.linkTargets = Set(try reader.strings())
        facts.words = try reader.string()
        record.pages[path] = PageRecord(
          inputs: inputs, facts: facts, references: references, files: files)
      }
      return reader.isAtEnd ? record : nil
    } catch {
      return nil
    }
  }
}
