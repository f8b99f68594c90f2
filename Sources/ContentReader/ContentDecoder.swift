import Diagnostics
import Foundation

/// What festdoc keeps of a file's bytes, wherever they came from (a folder or a git revision): text
/// files as clean UTF-8, `static/` files as they are, and a diagnostic for what it cannot read.
struct ContentDecoder {
  static let maximumFileSize = 16 * 1024 * 1024
  /// The root folder whose files are copied into the site unchanged.
  static let staticFolder = "static"

  private(set) var files: [ContentFile] = []
  private(set) var staticFiles: [StaticFile] = []
  /// YAML and JSON files that describe no API: kept only while an API document's `$ref` may name them.
  private(set) var dataFiles: [ContentFile] = []
  private(set) var diagnostics: [Diagnostic] = []

  /// Whether a file at `path` (relative, `/`-separated) is one festdoc reads at all.
  static func wants(path: String) -> Bool {
    // Split without making strings: a preview asks this of every file on every save.
    let parts = path.split(separator: "/")
    guard let name = parts.last, !parts.contains(where: isSkipped(name:)) else { return false }
    if let state = parts.firstIndex(where: { $0 == festStateFolder }) {
      return state == parts.count - 2 && festStateFiles.contains(String(name))
    }
    return path.hasPrefix(staticFolder + "/") || isReadable(name: String(name), atRoot: parts.count == 1)
  }

  /// The `fest` CLI's state folder inside a festival: the one hidden folder read, for its two state files.
  static let festStateFolder = ".fest"
  static let festStateFiles: Set<String> = ["progress_events.jsonl", "status_history.json"]

  mutating func accept(path: String, data: Data) {
    guard data.count <= Self.maximumFileSize else {
      refuseTooLarge(path: path)
      return
    }
    if path.hasPrefix(Self.staticFolder + "/") {
      staticFiles.append(StaticFile(path: path, data: data))
      return
    }
    func has(_ byte: UInt8) -> Bool {
      data.withUnsafeBytes { bytes in
        bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
      }
    }
    let hasNUL = has(0)
    let maybeAPI = APIDocumentFile.isCandidate(path: path)
    guard !hasNUL, let text = String(validating: data, as: UTF8.self) else {
      if !maybeAPI { warn(.contentNotText, "file is not UTF-8 text and is not read", at: path) }
      return
    }
    // A byte-order mark would hide front matter; CRLF would put `\r` into every value.
    var cleaned = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // Searched with `memchr`: Foundation's `contains`, and then the UTF-8 view's, were most of reading
    // a large festival.
    if has(UInt8(ascii: "\r")) {
      cleaned = cleaned.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
        of: "\r", with: "\n")
    }
    // A YAML or JSON file is content only when it describes an API, or when one refers to it.
    if maybeAPI && !APIDocumentFile.declaresAPI(cleaned) {
      dataFiles.append(ContentFile(path: path, text: cleaned))
      return
    }
    files.append(ContentFile(path: path, text: cleaned))
  }

  /// The data files some API document's `$ref`s reach, directly or through another data file.
  func referencedDataFiles() -> [ContentFile] {
    guard !dataFiles.isEmpty else { return [] }
    let byPath = Dictionary(dataFiles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var reached = Set<String>()
    for file in files where APIDocumentFile.isCandidate(path: file.path) {
      reached.formUnion(
        APIReferences.reached(from: file.path, text: file.text) { byPath[$0]?.text })
    }
    return dataFiles.filter { reached.contains($0.path) }
  }

  /// Called instead of `accept` when the size alone rules a file out, so it is never loaded.
  mutating func refuseTooLarge(path: String) {
    let limit = "\(Self.maximumFileSize / 1024 / 1024) MiB"
    if path.hasPrefix(Self.staticFolder + "/") {
      warn(
        .contentTooLarge, "static file is larger than \(limit) or unreadable and is not copied", at: path)
    } else {
      warn(.contentTooLarge, "file is larger than \(limit) and is not read", at: path)
    }
  }

  mutating func warn(_ rule: RuleID, _ message: String, at path: String) {
    diagnostics.append(
      Diagnostic(.warning, rule: rule, message: message, at: SourceLocation(file: path, line: 1, column: 1)))
  }

  mutating func note(_ rule: RuleID, _ message: String, at path: String) {
    diagnostics.append(
      Diagnostic(.note, rule: rule, message: message, at: SourceLocation(file: path, line: 1, column: 1)))
  }

  /// Hidden folders (`.festival/`, `.git/`) and editor droppings are never content; `.fest/` is walked
  /// for fest's state files only (`wants`).
  static func isSkipped<Name: StringProtocol>(name: Name) -> Bool {
    (name.hasPrefix(".") && name != festStateFolder) || name.hasSuffix("~") || name.hasPrefix("#")
      || name.hasSuffix(".swp")
      || name.hasSuffix(".swo") || name.hasSuffix(".swx")
  }

  static func isReadable(name: String, atRoot: Bool) -> Bool {
    let lower = name.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".proto") { return true }
    if lower == "fest.yaml" || lower == "fest.yml" { return true }
    // Only API descriptions among them are kept (`accept`).
    if APIDocumentFile.isCandidate(path: name) { return true }
    return atRoot && (lower == "festdoc.yml" || lower == "festdoc.yaml")
  }
}
