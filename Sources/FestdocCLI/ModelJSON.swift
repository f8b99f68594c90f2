import FestivalModel
import Foundation

/// The model as JSON with sorted keys, so two runs give the same bytes.
public enum ModelJSON {
  public static func encode(_ model: ContentModel) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(model), as: UTF8.self)
  }
}
