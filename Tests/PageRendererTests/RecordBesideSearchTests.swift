import BenchSupport
import Foundation
import TestSupport
import Testing

@testable import PageRenderer
@testable import SiteBuild

/// A build that writes its record at once has it encoded during the render, beside the search index,
/// and the contract's fingerprints made on every core: the record must be what one thread makes.
@Suite struct RecordBesideSearchTests {
  /// The render input of a generated festival of 120 components: enough elements of each kind that
  /// their fingerprints are shared between threads.
  func input(_ folder: TemporaryFolder, jobs: Int) throws -> RenderInput {
    var context = BuildContext(settings: BuildSettings(content: folder.url, jobs: jobs, version: "test"))
    try SiteBuild.run(SiteBuild.checking, &context)
    return try SiteBuild.renderInput(context)
  }

  @Test func theRecordIsTheSameOnOneThreadOrTwoAndEncodedAsItEncodes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FestivalGenerator(components: 120, seed: 3).write(to: folder.url)
    var results: [SiteRenderer.Result] = []
    for jobs in [1, 2] {
      var input = try input(folder, jobs: jobs)
      input.encodesRecord = true
      results.append(SiteRenderer.render(input))
    }
    #expect(results[0].record.pages.count > 400)
    let encoded = results.map { $0.record.encoded() }
    #expect(encoded[0] == encoded[1])
    #expect(results.map(\.encodedRecord) == encoded)
  }

  @Test func aRenderNotAskedLeavesTheEncodingToItsCaller() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FestivalGenerator(components: 5, seed: 1).write(to: folder.url)
    let result = SiteRenderer.render(try input(folder, jobs: 2))
    #expect(result.encodedRecord == nil)
    #expect(!result.record.pages.isEmpty)
  }
}
