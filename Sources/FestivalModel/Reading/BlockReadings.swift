import Diagnostics
import Foundation
import Markdown

/// What the interface reader made of a large document's tables and field paragraphs, kept between a
/// preview session's builds of that document.
///
/// The markdown part cache hands back the very blocks an edit did not touch, sharing their storage, so
/// a block is recognized by its storage and where it starts, without comparing its text. Every kept
/// block is held here, so its storage cannot be freed and given to another block while it is a key.
/// Blocks a build did not ask for are let go when it finishes.
final class BlockReadings: @unchecked Sendable {
  struct Key: Hashable {
    let storage: UnsafeRawPointer
    /// A table's rows, which a copy could change without its header.
    var rows: UnsafeRawPointer?
    let line: Int
    let column: Int
  }

  private let lock = NSLock()
  private var tables = KeptInOrder<(table: Table, view: TableView, cut: Diagnostic?)>()
  private var paragraphs = KeptInOrder<(paragraph: Paragraph, fields: [FieldLine])>()
  /// Tables and paragraphs taken from an earlier build, for tests.
  var reused: Int { lock.withLock { tables.reused + paragraphs.reused } }

  /// `TableView(table, file:).limited()`, from the build before when the table is the same block.
  /// The file is the document's own: one instance serves one path.
  func view(of table: Table, file: String) -> (TableView, Diagnostic?) {
    let make = { TableView(table, file: file).limited() }
    guard var key = Self.key(table.header.cells, at: table.range) else { return make() }
    key.rows = table.rows.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    return lock.withLock {
      let kept = tables.take(key) {
        let (view, cut) = make()
        return (table, view, cut)
      }
      return (kept.view, kept.cut)
    }
  }

  /// `FieldLine.lines(in:)`, from the build before when the paragraph is the same block.
  func fields(of paragraph: Paragraph) -> [FieldLine] {
    guard let key = Self.key(paragraph.content, at: paragraph.range) else {
      return FieldLine.lines(in: paragraph)
    }
    return lock.withLock { paragraphs.take(key) { (paragraph, FieldLine.lines(in: paragraph)) }.fields }
  }

  /// Ends a build: what it used is kept for the next one, the rest let go.
  func finish() {
    lock.withLock {
      tables.finish()
      paragraphs.finish()
    }
  }

  /// Every empty array shares one storage, so a block with nothing in it is read every time.
  private static func key<Element>(_ array: [Element], at range: TextRange) -> Key? {
    guard !array.isEmpty, let base = array.withUnsafeBufferPointer({ $0.baseAddress }) else { return nil }
    return Key(storage: UnsafeRawPointer(base), rows: nil, line: range.start.line, column: range.start.column)
  }

  /// One kind of block in the order a build asks for them. A build asks in document order, as the one
  /// before did, so the next kept entry is nearly always the one asked for: it is tried first, then the
  /// few after it (past blocks an edit replaced), and only then an index of all of them.
  struct KeptInOrder<Value> {
    /// Held by reference: a table's reading is many arrays, each retained on every copy.
    final class Entry {
      let key: Key
      let value: Value
      init(_ key: Key, _ value: Value) {
        self.key = key
        self.value = value
      }
    }

    private var previous: [Entry] = []
    private var current: [Entry] = []
    private var index: [Key: Int]?
    private var cursor = 0
    private(set) var reused = 0
    private static var lookAhead: Int { 8 }

    mutating func take(_ key: Key, make: () -> Value) -> Value {
      guard let found = position(of: key) else {
        let entry = Entry(key, make())
        current.append(entry)
        return entry.value
      }
      cursor = found + 1
      reused += 1
      current.append(previous[found])
      return previous[found].value
    }

    private mutating func position(of key: Key) -> Int? {
      for place in cursor..<min(previous.count, cursor + Self.lookAhead) where previous[place].key == key {
        return place
      }
      guard !previous.isEmpty else { return nil }
      if index == nil {
        index = Dictionary(
          previous.indices.map { (previous[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
      }
      return index?[key]
    }

    mutating func finish() {
      previous = current
      current = []
      index = nil
      cursor = 0
    }
  }
}
