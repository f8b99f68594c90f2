import ContentReader
import FestivalModel
import Foundation

/// One side of a diff: a content folder, or `git:REV[:PATH]` read from the repository around the
/// current folder.
enum ContentSide: Equatable {
  case folder(String)
  case git(revision: String, path: String)

  init(_ argument: String) {
    guard argument.hasPrefix("git:") else {
      self = .folder(argument)
      return
    }
    let spec = argument.dropFirst(4)
    if let colon = spec.firstIndex(of: ":") {
      self = .git(revision: String(spec[..<colon]), path: String(spec[spec.index(after: colon)...]))
    } else {
      self = .git(revision: String(spec), path: "")
    }
  }

  /// What leads a content-relative path in reports: the folder as given, or the path inside the
  /// repository (SARIF reads paths from the repository's root).
  var pathPrefix: String {
    switch self {
    case .folder(let path): path == "." ? "" : path
    case .git(_, let path): path
    }
  }

  func load() throws -> ContentModel {
    switch self {
    case .folder(let path):
      return try ModelLoading.load(URL(fileURLWithPath: path))
    case .git(let revision, let path):
      guard !revision.isEmpty, !revision.hasPrefix("-") else {
        throw FestdocError("'git:\(revision)' names no revision; write git:REV or git:REV:PATH")
      }
      do {
        let tree = try GitTreeReader.files(
          revision: revision, path: path,
          repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        // The path inside the repository places a festival given as the content folder in its lifecycle.
        let components = path.split(separator: "/").map(String.init)
        return FestivalModelBuilder.build(
          ContentReader.read(files: tree.files, tooLarge: tree.tooLarge, rootComponents: components))
      } catch let error as ContentReadError {
        throw FestdocError(error.description)
      }
    }
  }
}
