import FestivalModel

/// Where every page of one festival goes, and the anchor of every addressable row.
public struct FestivalPlan: Hashable, Sendable {
  public var slug: String
  public var home: String
  public var interfaces: String?
  /// The page of every contract element that has one, by the element's identity: the plan never names
  /// an element by where it stands in the contract's tables.
  public var elementPages: [ElementID: String] = [:]
  /// Content path of each document -> its page.
  public var documents: [String: String]
  /// Content path, then source line, of each place an element is defined -> its stable anchor
  /// (`op-...`, `field-...`, `endpoint-...`).
  public var rowAnchors: [String: [Int: String]]
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
  /// The entities overview, when the contract has entities or data contracts.
  public var entities: String?

  public init(slug: String) {
    self.slug = slug
    self.home = slug + "/index.html"
    self.nameIndex = slug + "/az.html"
    self.review = slug + "/review.html"
    self.diagnostics = slug + "/diagnostics.html"
    self.navigationScript = slug + "/nav.js"
    self.documents = [:]
    self.rowAnchors = [:]
  }

  /// The page of the element, when it has one.
  public func page(of element: ElementID?) -> String? {
    element.flatMap { elementPages[$0] }
  }

  /// The pages of every element of `kind` in `table`, in the contract's order; nil where one has none.
  public func pages(_ kind: ElementID.Kind, in table: ElementTable) -> [String?] {
    table.all(kind).map { elementPages[$0] }
  }
}

extension FestivalPlan {
  /// The anchor of the element defined at `line` of `path`, if any.
  public func anchor(_ path: String, _ line: Int) -> String? { rowAnchors[path]?[line] }
}
