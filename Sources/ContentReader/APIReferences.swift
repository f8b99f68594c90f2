import Foundation

/// The other files an API document's `$ref`s name (`common.yaml#/components/schemas/Error`,
/// `./schemas/Pet.yaml`), found in its text before it is parsed, so the reader can keep them and the
/// model can follow them. Remote references (`https://…`) are never fetched.
public enum APIReferences {
  /// The content paths `text`, the file at `path`, refers to, each once, in the order written.
  public static func files(in text: String, at path: String) -> [String] {
    guard text.contains("$ref") else { return [] }
    let folder = ContentPath.folder(of: path)
    var result: [String] = []
    for match in text.matches(of: reference) {
      let written = String(match.output.1)
      guard let file = written.split(separator: "#", omittingEmptySubsequences: false).first,
        !file.isEmpty, !isRemote(String(file)),
        let target = ContentPath.join(folder: folder, decoded(String(file))),
        target != path, !result.contains(target)
      else { continue }
      result.append(target)
    }
    return result
  }

  /// Every file reached from the document at `path` through `$ref`s, in the order met, the document
  /// itself left out; `text(of:)` gives a file's text, or nil when the content folder has none.
  public static func reached(from path: String, text: String, text of: (String) -> String?) -> [String] {
    var reached: [String] = []
    var pending = files(in: text, at: path)
    while !pending.isEmpty {
      let next = pending.removeFirst()
      guard next != path, !reached.contains(next) else { continue }
      reached.append(next)
      if let found = of(next) { pending += files(in: found, at: next) }
    }
    return reached
  }

  /// `$ref: x`, `"$ref": "x"`, `$ref: 'x'`: the value up to its closing quote, or to a space or comma.
  nonisolated(unsafe) static let reference = #/"?\$ref"?[ \t]*:[ \t]*["']?([^"'\s,}\]]+)/#

  public static func isRemote(_ file: String) -> Bool {
    let lower = file.lowercased()
    return lower.hasPrefix("http:") || lower.hasPrefix("https:") || lower.hasPrefix("urn:")
      || lower.hasPrefix("file:")
  }

  /// `%20` read as a space; text that is not percent-encoding stays as written.
  public static func decoded(_ file: String) -> String {
    file.contains("%") ? (file.removingPercentEncoding ?? file) : file
  }
}
