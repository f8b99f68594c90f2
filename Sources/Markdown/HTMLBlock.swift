/// Raw HTML at block level, kept exactly as written; the renderer decides what may pass.
public struct HTMLBlock: Hashable, Sendable {
  public var html: String
  public var range: TextRange

  public init(html: String, range: TextRange) {
    self.html = html
    self.range = range
  }
}
