import ContentReader
import FestivalModel
import Foundation

/// The content model of a folder as it was at a git revision, read from git into memory.
public enum RevisionModel {
  /// `path` is the folder relative to the repository's root ("" for the root); `repository` any folder
  /// inside the repository. The path places a festival given as the content folder in its lifecycle.
  public static func load(revision: String, path: String, repository: URL) throws -> ContentModel {
    let tree = try GitTreeReader.files(revision: revision, path: path, repository: repository)
    let components = path.split(separator: "/").map(String.init)
    return FestivalModelBuilder.build(
      ContentReader.read(files: tree.files, tooLarge: tree.tooLarge, rootComponents: components))
  }
}
