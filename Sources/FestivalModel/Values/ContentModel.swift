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
