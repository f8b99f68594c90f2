import Foundation
import TestSupport
import Testing

/// A build killed half way through writing leaves the previous site byte for byte, and the next build
/// clears what the killed one left behind.
@Suite struct KilledBuildTests {
  /// Every file of a folder, by relative path.
  static func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
    for case let relative as String in walker {
      let path = base + "/" + relative
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files[relative] = FileManager.default.contents(atPath: path)
      }
    }
    return files
  }

  @Test func aKilledBuildLeavesThePreviousSiteAsItWas() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    // A festival big enough that writing it takes a while: 400 documents of 24 KB.
    try folder.write("# Festival Overview: Big\n", to: "content/big/FESTIVAL_OVERVIEW.md")
    let paragraph = String(repeating: "Words of a long task document. ", count: 800)
    for index in 0..<400 {
      try folder.write("# Note \(index)\n\n\(paragraph)\n", to: "content/big/notes/note-\(index).md")
    }
    let site = folder.url.appendingPathComponent("site")
    let first = try FestdocProcess.run(["build", "Tests/Fixtures/sample", "-o", site.path, "-q"])
    #expect(first.status == 0)
    let before = Self.snapshot(site)
    #expect(before.count > 50)

    let process = Process()
    process.executableURL = FestdocProcess.binary
    process.arguments = ["build", folder.path("content"), "-o", site.path, "-q", "--jobs", "1"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Kill it as soon as its staging folder appears, that is while it writes.
    var killedWhileWriting = false
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
      if entries.contains(where: { $0.hasPrefix(".site.festdoc-new-") }) {
        kill(process.processIdentifier, SIGKILL)
        killedWhileWriting = true
        break
      }
      usleep(200)
    }
    process.waitUntilExit()
    #expect(killedWhileWriting)
    #expect(process.terminationReason == .uncaughtSignal)
    #expect(Self.snapshot(site) == before)

    // The next build replaces the site and removes the killed build's staging folder.
    let again = try FestdocProcess.run(["build", folder.path("content"), "-o", site.path, "-q"])
    #expect(again.status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter {
      $0.hasPrefix(".site.")
    }
    #expect(leftovers.isEmpty)
    #expect(FileManager.default.fileExists(atPath: site.path + "/big/docs/notes/note-399.html"))
  }
}
