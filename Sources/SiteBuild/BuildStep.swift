/// One named step of a build: reads what the steps before it left in the context and adds its own part.
public struct BuildStep: Sendable {
  public let name: String
  let body: @Sendable (inout BuildContext) throws -> Void

  public init(_ name: String, _ body: @escaping @Sendable (inout BuildContext) throws -> Void) {
    self.name = name
    self.body = body
  }
}
