import Diagnostics

/// Everything read from a content folder: the festivals, the loose documents, and what could not be read.
public struct ContentInventory: Hashable, Sendable {
  public var festivals: [FestivalTree]
  /// Markdown files outside any festival.
  public var looseDocuments: [ContentFile]
  /// `festdoc.yml` at the content root, when present.
  public var siteConfig: ContentFile?
  public var diagnostics: [Diagnostic]
  /// Files of `static/`, copied into the site as they are.
  public var staticFiles: [StaticFile] = []
  /// YAML and JSON files that describe no API themselves but that an API document's `$ref`s reach.
  public var referencedFiles: [ContentFile] = []
  /// What the content folder is called, for a site title when nothing else names the site.
  public var rootName: String?

  public init(
    festivals: [FestivalTree], looseDocuments: [ContentFile], siteConfig: ContentFile?,
    diagnostics: [Diagnostic]
  ) {
    self.festivals = festivals
    self.looseDocuments = looseDocuments
    self.siteConfig = siteConfig
    self.diagnostics = diagnostics
  }

  /// The content folder's name; for a folder called `festivals` (fest's workspace folder), its parent's,
  /// which names the project.
  static func siteName(of components: [String]) -> String? {
    guard let last = components.last else { return nil }
    if last.lowercased() == "festivals", components.count >= 2 { return components[components.count - 2] }
    return last
  }
}
