import FestivalModel

/// The elements whose details an element's page shows besides the frame every page shares: its own, and
/// for a component the endpoints (method and path), entities (purpose), queues (owner) and events it
/// lists, for an entity those its data model draws (fields, forms) up to two relationships away. The
/// list is in a stable order, so it can be fingerprinted as it is.
enum PageSubjects {
  /// A contract and its festival's index held by reference, never changed, so shared by threads: the
  /// subjects of thousands of pages are found on every core, and reading either value out of an array
  /// for each page copied every one of its arrays.
  final class Source: @unchecked Sendable {
    let contract: InterfaceContract
    let lookup: FestivalIndex
    init(_ contract: InterfaceContract, lookup: FestivalIndex) {
      (self.contract, self.lookup) = (contract, lookup)
    }
  }

  static func of(_ id: ElementID, in source: Source) -> [ElementID] {
    guard let position = source.contract.elements.position(of: id) else { return [id] }
    switch id.kind {
    case .component:
      let lookup = source.lookup
      let key = lookup.componentKeys.indices.contains(position) ? lookup.componentKeys[position] : ""
      let owned: [(ElementID.Kind, [Int]?)] = [
        (.endpoint, lookup.endpointsByOwner[key]), (.entity, lookup.entitiesByOwner[key]),
        (.queue, lookup.queuesByOwner[key]), (.event, lookup.eventsByPublisher[key]),
        (.event, lookup.eventsBySubscriber[key]),
      ]
      return [id]
        + owned.flatMap { kind, positions in
          (positions ?? []).compactMap { source.contract.elements.id(kind, at: $0) }
        }
    case .entity:
      return [id]
        + related(entity: position, source.contract).compactMap {
          source.contract.elements.id(.entity, at: $0)
        }
    case .endpoint, .event, .queue, .externalSystem, .role, .resource:
      return [id]
    }
  }

  /// Entities up to two relationship edges from the one at `position`, in table order.
  private static func related(entity position: Int, _ contract: InterfaceContract) -> [Int] {
    var reached: Set<Int> = [position]
    var frontier = [position]
    for _ in 0..<2 {
      var next: [Int] = []
      for index in frontier {
        for edge in contract.relationships.edges(touching: ContractGraph.Node(kind: .entity, index: index)) {
          for node in [edge.from, edge.to] where node.kind == .entity && reached.insert(node.index).inserted {
            next.append(node.index)
          }
        }
      }
      frontier = next
    }
    reached.remove(position)
    return reached.sorted()
  }
}
