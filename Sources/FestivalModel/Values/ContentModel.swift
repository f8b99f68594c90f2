import ContentReader
import Diagnostics

/// The whole model of a content folder: the third stage's output.
public struct ContentModel: Hashable, Sendable, Encodable {
  public static let schemaVersion = 1

  public var festivals: [Festival]
  public var looseDocuments: [Document]
  /// Loose documents shaped like an interface contract, keyed by path.
  public var looseContracts: [InterfaceContract]
  public var diagnostics: [Diagnostic]
  /// `festdoc.yml`, or the defaults.
  public var configuration = SiteConfiguration()
  /// Files of the content's `static/` folder, for the site to copy.
  public var staticFiles: [StaticFile] = []
  /// The content folder's name (its parent's when it is fest's `festivals/`).
  public var rootName: String?

  /// What the site is called: festdoc.yml's title, else the only festival's name, else the content
  /// folder's name.
  public var siteTitle: String {
    if let title = configuration.title { return title }
    if festivals.count == 1 { return festivals[0].name }
    return rootName ?? "Festivals"
  }

  public init(
    festivals: [Festival], looseDocuments: [Document], looseContracts: [InterfaceContract],
    diagnostics: [Diagnostic]
  ) {
    self.festivals = festivals
    self.looseDocuments = looseDocuments
    self.looseContracts = looseContracts
    self.diagnostics = diagnostics
  }

  private enum CodingKeys: String, CodingKey {
    case schemaVersion, festivals, looseDocuments, looseContracts
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.schemaVersion, forKey: .schemaVersion)
    try container.encode(festivals, forKey: .festivals)
    try container.encode(looseDocuments, forKey: .looseDocuments)
    try container.encode(looseContracts, forKey: .looseContracts)
  }
}
