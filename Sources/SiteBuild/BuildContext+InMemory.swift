import ContentReader
import Foundation
import PageRenderer

extension BuildContext {
  /// The site of a content folder built in memory, as the tests want it: every step but writing, no
  /// record kept. `configure` changes the settings first (a base URL, a theme).
  public static func site(
    at root: URL, version: String = "test", jobs: Int = 1, configure: (inout BuildSettings) -> Void = { _ in }
  ) throws -> BuildContext {
    var settings = BuildSettings(content: root, jobs: jobs, version: version)
    settings.keepsRecord = false
    configure(&settings)
    var context = BuildContext(settings: settings)
    try SiteBuild.run(SiteBuild.site, &context)
    return context
  }

  /// The site of content already in memory (the fuzzers, tests): every step after reading. `source` is
  /// the content folder's name the footer shows; with `previous` (and `keepsRecord`) the build is
  /// incremental on that record.
  public static func site(
    of inventory: ContentInventory, source: String = "content", version: String = "test", jobs: Int = 1,
    previous: RenderRecord? = nil, configure: (inout BuildSettings) -> Void = { _ in }
  ) throws -> BuildContext {
    var settings = BuildSettings(content: URL(fileURLWithPath: "/" + source), jobs: jobs, version: version)
    settings.keepsRecord = false
    configure(&settings)
    var context = BuildContext(settings: settings, inventory: inventory)
    context.previous = previous
    try SiteBuild.run(SiteBuild.fromInventory, &context)
    return context
  }

  /// The rendered files' text by site path (binary files decoded as UTF-8 too).
  public var pages: [String: String] {
    Dictionary(
      (rendered?.files ?? []).map { ($0.path, String(decoding: $0.data, as: UTF8.self)) },
      uniquingKeysWith: { first, _ in first })
  }
}
