/// A page the site will have: where it goes and what it shows.
public struct PlannedPage: Hashable, Sendable {
  /// Site-relative output path, `/`-separated (`shop/components/api-gateway.html`).
  public var path: String
  public var kind: PageKind
  public var title: String

  public init(path: String, kind: PageKind, title: String) {
    self.path = path
    self.kind = kind
    self.title = title
  }
}
