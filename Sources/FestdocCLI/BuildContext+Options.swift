import Foundation
import PageRenderer
import SiteBuild

extension BuildContext {
  /// A build of the content folder the command line names, weighed as its rule options say.
  init(
    content: ContentOptions, rules: RuleOptions, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
    caches: BuildCaches? = nil, previous: RenderRecord? = nil
  ) {
    var settings = BuildSettings(content: content.contentURL, jobs: jobs, version: FestdocVersion.current)
    settings.disabledRules = rules.disabledRules
    settings.warningsAsErrors = rules.warningsAsErrors
    self.init(settings: settings, caches: caches, previous: previous)
  }

  /// Runs `steps`; a content folder or theme that cannot be used ends the command with exit status 2.
  mutating func run(_ steps: [BuildStep]) throws {
    do {
      try SiteBuild.run(steps, &self)
    } catch let failure as BuildFailure {
      throw FestdocError(failure.description)
    }
  }
}
