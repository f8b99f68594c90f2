import Diagnostics
import FestivalModel

/// Compares two versions of one interface contract element by element. Each area of the contract has
/// its own extension; all of them record into `changes` through `record`.
struct ContractComparison {
  let old: InterfaceContract?
  let new: InterfaceContract?
  let oldGraph: DependencyGraph
  let newGraph: DependencyGraph
  private(set) var changes: [ContractChange] = []
  /// Old folded component name -> new name, once components are compared: the other sections read old
  /// names through it, so a renamed component does not look like a removed and an added one elsewhere.
  var renames: [String: String] = [:]

  init(old: InterfaceContract?, new: InterfaceContract?) {
    self.old = old
    self.new = new
    self.oldGraph = DependencyGraph(old)
    self.newGraph = DependencyGraph(new)
  }

  /// Every change, in the contract's order of sections.
  static func changes(old: InterfaceContract?, new: InterfaceContract?) -> [ContractChange] {
    var comparison = ContractComparison(old: old, new: new)
    comparison.compareDocument()
    comparison.compareComponents()
    comparison.compareExternalSystems()
    comparison.compareProtocols()
    comparison.compareEntities()
    comparison.compareInterfaces()
    comparison.compareEndpoints()
    comparison.compareEvents()
    comparison.compareQueues()
    comparison.compareAuthorization()
    comparison.comparePerformance()
    comparison.compareScalability()
    comparison.compareErrors()
    comparison.compareSignOffs()
    return comparison.changes
  }

  /// Records a change. `components` are where the changed element lives; who it reaches is looked up
  /// on the side the element exists on, by the element's kind (`scope(of:)`). `direct` are dependents
  /// known from the element itself (an event's subscribers).
  mutating func record(
    _ rule: DiffRule, _ action: ChangeAction, _ subject: [String], _ summary: String, before: String? = nil,
    after: String? = nil, old oldLocation: SourceLocation? = nil, new newLocation: SourceLocation? = nil,
    components: [String] = [], direct: [ImpactStep] = []
  ) {
    var change = ContractChange(
      rule: rule, action: action, subject: subject, summary: summary, before: before, after: after,
      oldLocation: oldLocation, newLocation: newLocation, components: Self.unique(components))
    let graph =
      action == .removed || (!components.isEmpty && !components.contains(where: newGraph.contains))
      ? oldGraph : newGraph
    let scope = Self.scope(of: change, direct: direct)
    // A protocol pair's ends are what changed, and both have to look.
    let excluded = change.kind == .protocolPair ? [] : change.components
    (change.impact, change.mayBeAffected) = graph.reach(scope, excluding: excluded)
    changes.append(change)
  }

  static func fold(_ text: String) -> String { TextFolding.fold(text) }

  /// An old side's component name as the new side calls it.
  func current(_ oldName: String) -> String { renames[Self.fold(oldName)] ?? oldName }

  /// A new side's name, read the same way where it still says a renamed component's old name (a
  /// reference the author did not update): the rename is reported once, not again in every table.
  func currentNew(_ newName: String) -> String { newGraph.contains(newName) ? newName : current(newName) }

  /// Equal once case, spacing and punctuation are set aside: rewrapping a cell is not a change.
  static func same(_ lhs: String?, _ rhs: String?) -> Bool {
    normalize(lhs) == normalize(rhs)
  }

  static func normalize(_ text: String?) -> String {
    (text ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  static func unique(_ names: [String]) -> [String] {
    var seen = Set<String>()
    return names.filter { !$0.isEmpty && seen.insert(fold($0)).inserted }
  }

  /// "a" or "(none)" for a cell that says nothing.
  static func shown(_ text: String?) -> String {
    let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
    return trimmed.isEmpty ? "(none)" : trimmed
  }
}
