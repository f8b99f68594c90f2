import BenchSupport
import Foundation
import TestSupport
import Testing

@testable import PageRenderer
@testable import SiteBuild

/// A build that writes its record at once has it encoded during the render, beside the search index,
/// and the contract's fingerprints made on every core: the record must be what one thread makes.
@Suite struct RecordBesideSearchTests {
  /// The render input of a generated festival of 150 components: enough elements of each kind that
  /// their fingerprints, and pages that the record's parts, are shared between threads.
  func input(_ folder: TemporaryFolder, jobs: Int) throws -> RenderInput {
    var context = BuildContext(settings: BuildSettings(content: folder.url, jobs: jobs, version: "test"))
    try SiteBuild.run(SiteBuild.checking, &context)
    return try SiteBuild.renderInput(context)
  }

  @Test func theRecordIsTheSameOnOneThreadOrTwoAndEncodedAsItEncodes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FestivalGenerator(components: 150, seed: 3).write(to: folder.url)
    var results: [SiteRenderer.Result] = []
    for jobs in [1, 2] {
      var input = try input(folder, jobs: jobs)
      input.encodesRecord = true
      results.append(SiteRenderer.render(input))
    }
    let pages = results[0].record.pageCount
    #expect(RenderRecord.parts(pages, jobs: 2).count == 2)
    let encoded = results.map { $0.record.encoded() }
    #expect(encoded[0] == encoded[1])
    #expect(results.map(\.encodedRecord) == encoded)
    // Written in two parts side by side, the bytes of one.
    #expect(results[0].record.encoded(jobs: 2) == encoded[0])
    #expect(RenderRecord.decode(encoded[0])?.pageCount == pages)
  }

  @Test func partsCoverEveryPageOnceInOrder() {
    for (count, jobs) in [(0, 2), (1, 2), (511, 2), (512, 2), (40_370, 2), (1000, 3), (5000, 1)] {
      let parts = RenderRecord.parts(count, jobs: jobs)
      #expect(parts.flatMap { Array($0) } == Array(0..<count))
      #expect(parts.count == max(1, min(jobs, count / 256)))
    }
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
