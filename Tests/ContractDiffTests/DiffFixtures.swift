import ContentReader
import ContractDiff
import FestivalModel
import Foundation
import TestSupport

/// The diff fixtures: a base contract (the sample's) and, per rule, a patch that makes the new side.
enum DiffFixtures {
  static let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/diff")

  static var base: String {
    get throws {
      try String(contentsOf: folder.appendingPathComponent("base/COMMON_INTERFACES.md"), encoding: .utf8)
    }
  }

  static func patch(_ rule: String) throws -> ContractPatch {
    try ContractPatch.load(folder.appendingPathComponent("rules/\(rule).patch"))
  }

  /// A content model holding one festival whose contract is `text`.
  static func model(_ text: String, path: String = "COMMON_INTERFACES.md") -> ContentModel {
    FestivalModelBuilder.build(ContentReader.read(files: [path: Data(text.utf8)]))
  }

  static func diff(old: String, new: String) -> ContentDiff {
    ContentDiff.compare(old: model(old), new: model(new))
  }
}
