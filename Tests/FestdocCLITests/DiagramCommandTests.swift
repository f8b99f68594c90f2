import Foundation
import TestSupport
import Testing

@Suite struct DiagramCommandTests {
  @Test func drawsSVGToStandardOutputOrAFile() throws {
    let result = try FestdocProcess.run(["diagram", "Tests/DiagramsTests/Diagrams/system.mmd"])
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.url.appendingPathComponent("out.svg").path
    let written = try FestdocProcess.run(["diagram", "Tests/DiagramsTests/Diagrams/system.mmd", "-o", file])
    #expect(written.status == 0)
    #expect(written.standardOutput == "")
    #expect(
      FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) }
        == result.standardOutput)
  }

  @Test func printsJSONAndReadsStandardInput() throws {
    let folder = try TemporaryFolder(files: ["d.mmd": "graph LR\nA-->B"])
    defer { folder.remove() }
    let process = Process()
    process.executableURL = FestdocProcess.binary
    process.arguments = ["diagram", "-", "--emit", "json"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data("graph LR\nA-->B".utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(object?["type"] as? String == "flowchart")
    #expect(object?["direction"] as? String == "LR")
  }

  @Test func aDiagramThatDoesNotParseExitsOneWithItsPlace() throws {
    let folder = try TemporaryFolder(files: ["bad.mmd": "graph TD\nA-->B\nC[oops\n"])
    defer { folder.remove() }
    let result = try FestdocProcess.run(["diagram", "bad.mmd"], in: folder.url)
    #expect(result.status == 1)
    #expect(
      result.standardError == "bad.mmd:3:3: error: the node text is not closed on its line [diagram.parse]\n")
    #expect(result.standardOutput == "")
    let folder2 = try TemporaryFolder(files: ["pie.mmd": "pie title Pets\n\"Dogs\" : 3\n"])
    defer { folder2.remove() }
    let unknown = try FestdocProcess.run(["diagram", "pie.mmd"], in: folder2.url)
    #expect(unknown.status == 1)
    #expect(unknown.standardError.contains("[diagram.parse]"))
  }

  @Test func unusableOptionsExitTwo() throws {
    #expect(
      try FestdocProcess.run(["diagram", "Tests/DiagramsTests/Diagrams/system.mmd", "--emit", "png"]).status
        == 2)
    #expect(try FestdocProcess.run(["diagram", "/no/such.mmd"]).status == 2)
    #expect(try FestdocProcess.run(["diagram"]).status == 2)
  }
}
