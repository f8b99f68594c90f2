import ChangeHistory
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
        return try RevisionModel.load(
          revision: revision, path: path,
          repository: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
      } catch let error as ContentReadError {
        throw FestdocError(error.description)
      }
    }
  }
}
