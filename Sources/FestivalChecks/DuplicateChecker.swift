import Diagnostics
import FestivalModel

/// Two components, entities, events or queues with one name, or two endpoints with one method and URL:
/// links and pages cannot tell them apart.
struct DuplicateChecker: ContractChecker {
  func check(_ contract: InterfaceContract) -> [Diagnostic] {
    guard !contract.isUnfilledTemplate else { return [] }
    var found: [Diagnostic] = []
    func duplicates(_ kind: String, _ items: [(String, SourceLocation)]) {
      var seen: [String: SourceLocation] = [:]
      for (name, location) in items {
        let key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
        guard !key.isEmpty else { continue }
        if let first = seen[key] {
          found.append(
            Diagnostic(
              .error, rule: .duplicatesName,
              message: "\(kind) '\(name)' is defined twice (first at line \(first.line))", at: location,
              fix: "merge the two rows or rename one"))
        } else {
          seen[key] = location
        }
      }
    }
    duplicates("component", contract.components.map { ($0.name, $0.location) })
    duplicates("entity", contract.entities.map { ($0.name, $0.location) })
    duplicates("event", contract.events.map { ($0.name, $0.location) })
    duplicates("queue", contract.queues.map { ($0.name, $0.location) })
    duplicates(
      "endpoint",
      contract.endpoints.filter { !$0.urlPattern.isEmpty }.map {
        ("\($0.method?.rawValue ?? $0.methodWritten) \($0.urlPattern)", $0.location)
      })
    return found
  }
}
