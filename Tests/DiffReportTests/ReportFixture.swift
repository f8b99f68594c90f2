import ContentReader
import ContractDiff
import DiffReport
import FestivalModel
import Foundation
import TestSupport

/// The review fixture: the sample contract before and after a handful of changes.
enum ReportFixture {
  static let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/diff")
  static let sides = DiffSides(old: "git:main:Content", new: "Content", version: "test")

  static func model(_ text: String) -> ContentModel {
    FestivalModelBuilder.build(
      ContentReader.read(files: ["festivals/active/parcel-PT0001/COMMON_INTERFACES.md": Data(text.utf8)]))
  }

  static func diff() throws -> (ContentDiff, ContractPatch) {
    let base = try String(
      contentsOf: folder.appendingPathComponent("base/COMMON_INTERFACES.md"), encoding: .utf8)
    let patch = try ContractPatch.load(folder.appendingPathComponent("review.patch"))
    return (ContentDiff.compare(old: model(base), new: model(try patch.apply(to: base))), patch)
  }
}
