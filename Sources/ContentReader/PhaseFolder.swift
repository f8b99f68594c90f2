/// A phase folder `NNN_NAME/` (or an old `2_Define_Interfaces/`) with its sequences in number order.
/// Task files straight inside the phase, which some festivals have, are kept in `tasks`.
public struct PhaseFolder: Hashable, Sendable {
  public var number: Int?
  public var name: String
  public var path: String
  public var sequences: [SequenceFolder]
  public var tasks: [TaskFile]
  public var documentPaths: [String]

  public init(
    number: Int?, name: String, path: String, sequences: [SequenceFolder], tasks: [TaskFile],
    documentPaths: [String]
  ) {
    self.number = number
    self.name = name
    self.path = path
    self.sequences = sequences
    self.tasks = tasks
    self.documentPaths = documentPaths
  }
}
