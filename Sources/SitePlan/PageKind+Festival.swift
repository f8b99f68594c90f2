extension PageKind {
  /// The festival the page belongs to; nil for the site's own pages and loose documents.
  public var festival: Int? {
    switch self {
    case .siteIndex, .notFound, .changes: nil
    case .festivalHome(let festival), .interfaces(let festival), .nameIndex(let festival),
      .authorization(let festival), .entities(let festival), .review(let festival),
      .diagnostics(let festival):
      festival
    case .component(let festival, _), .endpoint(let festival, _), .entity(let festival, _),
      .event(let festival, _), .queue(let festival, _), .externalSystem(let festival, _),
      .systemGroup(let festival, _), .role(let festival, _), .resource(let festival, _):
      festival
    case .document(let festival, _): festival
    }
  }

  /// Pages drawn from what every other page says or from the build's findings (the A-Z index, the
  /// diagnostics, the review dashboard's placeholders), so rendered last.
  public var isDrawnFromOtherPages: Bool {
    switch self {
    case .nameIndex, .diagnostics, .review: true
    default: false
    }
  }

  /// What the page is, in a word or two, for search results and "Referenced by".
  public var label: String {
    switch self {
    case .siteIndex: "Site"
    case .notFound: "Page"
    case .changes: "Changes"
    case .festivalHome: "Festival"
    case .interfaces: "Interfaces"
    case .component: "Component"
    case .endpoint: "Endpoint"
    case .entity: "Entity"
    case .event: "Event"
    case .queue: "Queue"
    case .externalSystem: "External system"
    case .systemGroup: "System group"
    case .nameIndex: "Index"
    case .authorization: "Authorization"
    case .entities: "Entities"
    case .role: "Role"
    case .resource: "Resource"
    case .review: "Review"
    case .diagnostics: "Diagnostics"
    case .document: "Document"
    }
  }
}
