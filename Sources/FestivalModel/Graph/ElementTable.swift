/// Every element of a contract by its `ElementID`, and back: built when the contract is read, so a plan
/// that names elements by identity finds them in the model without relying on their positions.
public struct ElementTable: Hashable, Sendable {
  private var ids: [ElementID.Kind: [ElementID]] = [:]
  private var positions: [ElementID: Int] = [:]

  public init() {}

  public init(_ contract: InterfaceContract) {
    add(.component, contract.components.map(\.name))
    add(
      .endpoint,
      contract.endpoints.map { endpoint in
        let method = endpoint.method?.rawValue ?? endpoint.methodWritten
        let route = "\(method) \(endpoint.urlPattern)"
        return TextFolding.fold(route).isEmpty ? endpoint.name : route
      })
    add(.entity, contract.entities.map(\.name))
    add(.event, contract.events.map(\.name))
    add(.queue, contract.queues.map(\.name))
    add(.externalSystem, contract.externalSystems.map(\.name))
    add(.role, contract.authorization?.roles ?? [])
    add(.resource, contract.authorization?.rows.map(\.resource) ?? [])
  }

  /// The identity of the element at `position` of the contract's table of `kind`.
  public func id(_ kind: ElementID.Kind, at position: Int) -> ElementID? {
    guard let all = ids[kind], all.indices.contains(position) else { return nil }
    return all[position]
  }

  /// Where the element stands in its table, when the contract has it.
  public func position(of id: ElementID) -> Int? { positions[id] }

  /// Every element of `kind`, in table order.
  public func all(_ kind: ElementID.Kind) -> [ElementID] { ids[kind] ?? [] }

  private mutating func add(_ kind: ElementID.Kind, _ names: [String]) {
    var seen: [String: Int] = [:]
    var made: [ElementID] = []
    for (position, name) in names.enumerated() {
      let folded = TextFolding.fold(name)
      let count = seen[folded, default: 0] + 1
      seen[folded] = count
      let id = ElementID(kind, key: count == 1 ? folded : "\(folded)#\(count)")
      made.append(id)
      positions[id] = position
    }
    ids[kind] = made
  }
}
