import ContentReader
import FestivalModel
import Foundation
import TestSupport
import Testing

/// Every input the model fuzzer (`make fuzz`) crashed on, read as each kind of festival file: the model
/// is built and every diagnostic points at a real line.
@Suite struct ModelFuzzRegressionTests {
  @Test func everyInputReadsWithLocatedDiagnostics() throws {
    let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/fuzz/model")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for role in [
        "f/COMMON_INTERFACES.md", "f/FESTIVAL_OVERVIEW.md", "f/001_PLAN/01_work/01_task.md", "f/fest.yaml",
      ] {
        var files = [ContentFile(path: "f/FESTIVAL_OVERVIEW.md", text: "# Festival Overview: F\n")]
        files.removeAll { $0.path == role }
        files.append(ContentFile(path: role, text: text))
        let (festivals, loose) = ContentLayout.organize(files)
        let model = FestivalModelBuilder.build(
          ContentInventory(festivals: festivals, looseDocuments: loose, siteConfig: nil, diagnostics: []))
        for diagnostic in model.diagnostics {
          #expect((diagnostic.location?.line ?? 1) >= 1, "\(name) as \(role): \(diagnostic.message)")
          #expect((diagnostic.location?.column ?? 1) >= 1, "\(name) as \(role): \(diagnostic.message)")
        }
      }
    }
  }
}

/// Every input the protobuf fuzzer crashed on: read with every finding inside the file.
@Suite struct ProtobufFuzzRegressionTests {
  @Test func everyInputReadsWithFindingsInsideTheFile() throws {
    let folder = SharedFolder.projectRoot.appendingPathComponent("Tests/Fixtures/fuzz/protobuf")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      let text = String(decoding: data, as: UTF8.self)
      let (_, found) = ProtobufReading.read(text, path: "fuzz.proto")
      let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
      for finding in found {
        #expect((1...max(lines, 1)).contains(finding.location?.line ?? 0), "\(name): \(finding.message)")
      }
    }
  }
}
