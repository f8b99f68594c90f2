import Diagnostics

/// What one source found in one file: interface elements with their locations, and its findings.
public struct ContractFragment: Hashable, Sendable {
  public var contract: InterfaceContract
  public var diagnostics: [Diagnostic]
  /// Read by the template reader: a loose one is a contract of its own too.
  var isTemplate = false
  /// Other files the source followed `$ref`s into: a change to one changes this fragment.
  var referencedFiles: [String] = []

  /// Whether the file defines any interface element at all.
  var isEmpty: Bool {
    let c = contract
    return c.components.isEmpty && c.serviceInterfaces.isEmpty && c.endpoints.isEmpty && c.entities.isEmpty
      && c.events.isEmpty && c.queues.isEmpty && c.errors.isEmpty && c.externalSystems.isEmpty
      && c.authorization == nil
  }
}
