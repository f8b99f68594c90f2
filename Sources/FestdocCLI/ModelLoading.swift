import ContentReader
import FestivalModel

/// Reads a content folder and builds its model, turning an unreadable folder into exit code 2.
enum ModelLoading {
  static func load(_ options: ContentOptions) throws -> ContentModel {
    do {
      let inventory = try ContentReader.read(root: options.contentURL)
      return FestivalModelBuilder.build(inventory)
    } catch let error as ContentReadError {
      throw FestdocError(error.description)
    }
  }
}
