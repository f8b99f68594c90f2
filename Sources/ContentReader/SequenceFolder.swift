/// A sequence folder `NN_name/` with its tasks in number order and its other documents.
public struct SequenceFolder: Hashable, Sendable {
  public var number: Int?
  public var name: String
  public var path: String
  public var tasks: [TaskFile]
  public var documentPaths: [String]

  public init(number: Int?, name: String, path: String, tasks: [TaskFile], documentPaths: [String]) {
    self.number = number
    self.name = name
    self.path = path
    self.tasks = tasks
    self.documentPaths = documentPaths
  }
}
