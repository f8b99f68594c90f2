import Diagnostics
import Foundation

/// Lists the text files festdoc reads under a content root, in a stable order, without following
/// anything out of the root and without reading what is not ours (hidden folders, swap files, binaries).
struct FolderScanner {
  static let maximumFileSize = 16 * 1024 * 1024

  let root: URL
  private(set) var files: [ContentFile] = []
  /// Files under `static/` at the root, read as bytes.
  private(set) var staticFiles: [StaticFile] = []
  private(set) var diagnostics: [Diagnostic] = []
  private let resolvedRoot: String

  init(root: URL) {
    self.root = root
    self.resolvedRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
  }

  mutating func scan() {
    visit(folder: "")
  }

  private mutating func visit(folder relative: String) {
    let absolute = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
      diagnostics.append(
        Diagnostic(
          .warning, rule: "content.unreadable", message: "folder could not be read", at: at(relative)))
      return
    }
    for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
      if Self.isSkipped(name: name) { continue }
      let path = relative.isEmpty ? name : relative + "/" + name
      let full = root.appendingPathComponent(path).path
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: full) else { continue }
      let type = attributes[.type] as? FileAttributeType
      if type == .typeDirectory {
        visit(folder: path)
      } else if type == .typeRegular {
        if path.hasPrefix(Self.staticFolder + "/") {
          readStatic(path: path, full: full)
        } else if Self.isReadable(name: name, atRoot: relative.isEmpty) {
          read(path: path, full: full)
        }
      } else if type == .typeSymbolicLink {
        followLink(path: path, full: full, name: name)
      }
    }
  }

  /// A link is read only when it points at a regular file inside the content root; linked folders are
  /// not walked, which also rules out cycles.
  private mutating func followLink(path: String, full: String, name: String) {
    let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().standardizedFileURL.path
    var isFolder: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: target, isDirectory: &isFolder)
    if !target.hasPrefix(resolvedRoot + "/") || !exists {
      diagnostics.append(
        Diagnostic(
          .warning, rule: "content.link-outside",
          message: "'\(name)' links outside the content folder and is not read", at: at(path)))
      return
    }
    if isFolder.boolValue {
      diagnostics.append(
        Diagnostic(
          .note, rule: "content.linked-folder", message: "linked folder '\(name)' is not walked", at: at(path)
        ))
    } else if Self.isReadable(name: name, atRoot: !path.contains("/")) {
      read(path: path, full: target)
    }
  }

  /// The root folder whose files are copied into the site unchanged.
  static let staticFolder = "static"

  private mutating func readStatic(path: String, full: String) {
    let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
    guard size <= Self.maximumFileSize, let data = FileManager.default.contents(atPath: full) else {
      diagnostics.append(
        Diagnostic(
          .warning, rule: "content.too-large",
          message:
            "static file is larger than \(Self.maximumFileSize / 1024 / 1024) MiB or unreadable and is not copied",
          at: at(path)))
      return
    }
    staticFiles.append(StaticFile(path: path, data: data))
  }

  private mutating func read(path: String, full: String) {
    let size = (try? FileManager.default.attributesOfItem(atPath: full)[.size] as? Int) ?? 0
    if size > Self.maximumFileSize {
      diagnostics.append(
        Diagnostic(
          .warning, rule: "content.too-large",
          message: "file is larger than \(Self.maximumFileSize / 1024 / 1024) MiB and is not read",
          at: at(path)))
      return
    }
    guard let data = FileManager.default.contents(atPath: full) else {
      diagnostics.append(
        Diagnostic(.warning, rule: "content.unreadable", message: "file could not be read", at: at(path)))
      return
    }
    guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
      diagnostics.append(
        Diagnostic(
          .warning, rule: "content.not-text", message: "file is not UTF-8 text and is not read", at: at(path))
      )
      return
    }
    // A byte-order mark would hide front matter; CRLF would put `\r` into every value.
    var cleaned = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    if cleaned.contains("\r") {
      cleaned = cleaned.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(
        of: "\r", with: "\n")
    }
    files.append(ContentFile(path: path, text: cleaned))
  }

  private func at(_ path: String) -> SourceLocation {
    SourceLocation(file: path, line: 1, column: 1)
  }

  /// Hidden folders (`.fest/`, `.festival/`, `.git/`) and editor droppings are never content.
  static func isSkipped(name: String) -> Bool {
    name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") || name.hasSuffix(".swp")
      || name.hasSuffix(".swo") || name.hasSuffix(".swx")
  }

  static func isReadable(name: String, atRoot: Bool) -> Bool {
    let lower = name.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return true }
    if lower == "fest.yaml" || lower == "fest.yml" { return true }
    return atRoot && (lower == "festdoc.yml" || lower == "festdoc.yaml")
  }
}
