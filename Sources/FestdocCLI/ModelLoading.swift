import ContentReader
import FestivalModel
import Foundation

/// Reads a content folder and builds its model, turning an unreadable folder into exit code 2.
enum ModelLoading {
  static func load(_ options: ContentOptions) throws -> ContentModel {
    try load(options.contentURL)
  }

  static func load(_ folder: URL) throws -> ContentModel {
    do {
      let inventory = try ContentReader.read(root: folder)
      return FestivalModelBuilder.build(inventory)
    } catch let error as ContentReadError {
      throw FestdocError(error.description)
    }
  }
}
