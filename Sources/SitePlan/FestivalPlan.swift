/// Where every page of one festival goes, and the anchor of every addressable row.
public struct FestivalPlan: Hashable, Sendable {
  public var slug: String
  public var home: String
  public var interfaces: String?
  public var components: [String]
  public var endpoints: [String]
  public var entities: [String]
  public var events: [String]
  public var queues: [String]
  public var externalSystems: [String]
  /// Content path of each document -> its page.
  public var documents: [String: String]
  /// Source line of a table row in the interface document -> its stable anchor (`op-...`, `field-...`).
  public var rowAnchors: [Int: String]
  /// Pages of the system graph, per group, when the festival has more than `SystemGrouping.threshold`
  /// components; empty otherwise.
  public var systemGroups: [SystemGroup] = []
  /// The A-Z index of every named thing.
  public var nameIndex: String
  public var review: String
  public var diagnostics: String
  /// The shared navigation script every page of the festival loads.
  public var navigationScript: String
  /// The authorization grid, when the contract has a matrix; a page per role and per resource.
  public var authorization: String?
  public var roles: [String] = []
  public var resources: [String] = []

  public init(slug: String) {
    self.slug = slug
    self.home = slug + "/index.html"
    self.nameIndex = slug + "/az.html"
    self.review = slug + "/review.html"
    self.diagnostics = slug + "/diagnostics.html"
    self.navigationScript = slug + "/nav.js"
    self.components = []
    self.endpoints = []
    self.entities = []
    self.events = []
    self.queues = []
    self.externalSystems = []
    self.documents = [:]
    self.rowAnchors = [:]
  }
}
