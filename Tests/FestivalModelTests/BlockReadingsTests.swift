import Diagnostics
import Foundation
import Markdown
import TestSupport
import Testing

@testable import FestivalModel

/// A preview session keeps the interface reader's readings of a large contract's tables and field
/// paragraphs: after an edit, the blocks the edit left alone are taken as they were, and the contract
/// read is the one a fresh read gives.
@Suite struct BlockReadingsTests {
  static let contract = SharedFolder.projectRoot.appendingPathComponent(
    "Tests/Fixtures/sample/festivals/active/parcel-tracking-PT0001/COMMON_INTERFACES.md")

  /// The sample's contract with 300 more services, each with a field paragraph and an operations table.
  static func largeContract() throws -> String {
    var text = try String(contentsOf: contract, encoding: .utf8)
    for index in 0..<300 {
      text += """

        #### Extra Service \(index) Interface

        **Communication Method**: REST

        | Operation | Input | Output | Errors |
        |---|---|---|---|
        | GetThing\(index) | ThingRequest | Thing | NotFound |

        """
    }
    return text
  }

  static func read(_ text: String, parts: MarkdownPartCache?, readings: BlockReadings?)
    -> (InterfaceContract, [Diagnostic])
  {
    let body = parts?.parse(text) ?? MarkdownParser.parse(text)
    return InterfaceContractReader.read(
      path: "COMMON_INTERFACES.md", title: "Contract", body: body, text: text, readings: readings)
  }

  @Test func unchangedBlocksAreTakenAndTheReadEqualsAFreshOne() throws {
    let parts = MarkdownPartCache()
    let readings = BlockReadings()
    var text = try Self.largeContract()
    let first = Self.read(text, parts: parts, readings: readings)
    #expect(first == Self.read(text, parts: nil, readings: nil))
    #expect(readings.reused == 0)
    #expect(first.0.serviceInterfaces.contains { $0.name.contains("Extra Service 299") })

    let edits: [(String) -> String] = [
      { $0.replacingOccurrences(of: "| GetThing150 |", with: "| FetchThing150 |") },
      {
        $0.replacingOccurrences(
          of:
            "**Communication Method**: REST\n\n| Operation | Input | Output | Errors |\n|---|---|---|---|\n| GetThing7 |",
          with:
            "**Communication Method**: gRPC\n\n| Operation | Input | Output | Errors |\n|---|---|---|---|\n| GetThing7 |"
        )
      },
      { "Added first.\n\n" + $0 },
    ]
    for (step, edit) in edits.enumerated() {
      text = edit(text)
      let before = readings.reused
      let remembered = Self.read(text, parts: parts, readings: readings)
      #expect(remembered == Self.read(text, parts: nil, readings: nil), "edit \(step)")
      // The third edit moves every block down a line: none is the block it was.
      #expect((readings.reused - before > 500) == (step < 2), "edit \(step)")
    }
  }

  @Test func aBlockWithoutStorageOfItsOwnIsReadEveryTime() {
    let readings = BlockReadings()
    let empty = Paragraph(
      content: [],
      range: TextRange(start: TextPosition(line: 1, column: 1), end: TextPosition(line: 1, column: 1)))
    #expect(readings.fields(of: empty).isEmpty)
    #expect(readings.fields(of: empty).isEmpty)
    #expect(readings.reused == 0)
  }
}
