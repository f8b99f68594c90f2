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

  public init(
    festivals: [FestivalTree], looseDocuments: [ContentFile], siteConfig: ContentFile?,
    diagnostics: [Diagnostic]
  ) {
    self.festivals = festivals
    self.looseDocuments = looseDocuments
    self.siteConfig = siteConfig
    self.diagnostics = diagnostics
  }
}
