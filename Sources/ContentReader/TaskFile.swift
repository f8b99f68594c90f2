/// A task file `NN_name.md`; older festivals have unnumbered ones (`number` nil).
public struct TaskFile: Hashable, Sendable {
  public var number: Int?
  public var name: String
  public var path: String

  public init(number: Int?, name: String, path: String) {
    self.number = number
    self.name = name
    self.path = path
  }
}
