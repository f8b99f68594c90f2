import Diagnostics

/// After merging: every name resolved against the components all sources define, the components that
/// event tables and owners name created (marked when only named), endpoints owned by their path.
extension ContractMerger {
  mutating func resolveNames() {
    var resolver = NameResolver(contract: contract)
    func owner(_ ownership: Ownership?, at location: SourceLocation, namedOnly: Bool) -> Ownership? {
      guard var ownership else { return nil }
      ownership.component = ensure(
        ownership.component, at: location, namedOnly: namedOnly, resolver: &resolver)
      return ownership
    }
    for index in contract.serviceInterfaces.indices {
      let service = contract.serviceInterfaces[index]
      guard service.component?.target == nil else { continue }
      let name = ensure(
        service.component?.written ?? service.name, at: service.location, namedOnly: false,
        resolver: &resolver)
      contract.serviceInterfaces[index].component = NameReference(
        written: service.component?.written ?? service.name,
        target: ReferenceTarget(kind: .component, name: name),
        match: .exact, location: service.location)
    }
    // An owner taken from a document's title waits: the endpoint's path may name a better one.
    for index in contract.endpoints.indices where contract.endpoints[index].owner?.basis != Self.titleBasis {
      let endpoint = contract.endpoints[index]
      contract.endpoints[index].owner = owner(endpoint.owner, at: endpoint.location, namedOnly: false)
    }
    for index in contract.events.indices {
      var event = contract.events[index]
      event.publisher = event.publisher.map { resolved($0, namedOnly: true, resolver: &resolver) }
      event.subscribers = event.subscribers.map { resolved($0, namedOnly: true, resolver: &resolver) }
      event.owner =
        event.owner?.inferred == false ? owner(event.owner, at: event.location, namedOnly: true) : event.owner
      contract.events[index] = event
    }
    for index in contract.queues.indices where contract.queues[index].owner?.inferred == false {
      contract.queues[index].owner = owner(
        contract.queues[index].owner, at: contract.queues[index].location, namedOnly: true)
    }
    for index in contract.components.indices {
      contract.components[index].dependencies = contract.components[index].dependencies.map { reference in
        reference.target != nil
          ? reference : resolver.resolve(reference.written, at: reference.location, context: "").0
      }
    }
    for index in contract.entities.indices {
      contract.entities[index].usedBy = contract.entities[index].usedBy.map { reference in
        reference.target != nil
          ? reference : resolver.resolve(reference.written, at: reference.location, context: "").0
      }
    }
  }

  private mutating func resolved(_ reference: NameReference, namedOnly: Bool, resolver: inout NameResolver)
    -> NameReference
  {
    guard reference.target == nil else { return reference }
    let (found, _) = resolver.resolve(reference.written, at: reference.location, context: "")
    if found.target != nil { return found }
    guard Self.isPlausibleName(reference.written) else { return reference }
    let name = ensure(reference.written, at: reference.location, namedOnly: namedOnly, resolver: &resolver)
    return NameReference(
      written: reference.written, target: ReferenceTarget(kind: .component, name: name), match: .exact,
      location: reference.location)
  }

  /// The component `written` names, created when no source defines it.
  mutating func ensure(
    _ written: String, at location: SourceLocation, namedOnly: Bool, resolver: inout NameResolver
  ) -> String {
    let (found, _) = resolver.resolve(written, at: location, kinds: [.component], context: "")
    if let target = found.target, found.match == .exact { return target.name }
    if let index = componentIndex[Self.key(written)] { return contract.components[index].name }
    // Not a name (a sentence, "all"): a component it partly names, else as written.
    guard Self.isPlausibleName(written) else { return found.target?.name ?? written }
    var component = Component(
      name: written, responsibility: "", technology: [], dependencies: [], owner: nil, extra: [:],
      location: location)
    component.namedOnly = namedOnly
    componentIndex[Self.key(written)] = contract.components.count
    contract.components.append(component)
    resolver.add(written, as: .component)
    return written
  }

  /// A cell that names something rather than saying something: short, few words, no sentence.
  static func isPlausibleName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return !words.isEmpty && words.count <= 6 && text.count <= 60
      && !text.contains(where: { ".!?()[]{}<>=\"".contains($0) })
      && !["all", "any", "everyone", "none", "internal", "external", "clients", "all services"].contains(
        text.lowercased())
  }

  /// The title owners the paths did not replace: their components made when missing.
  mutating func resolveTitleOwners() {
    var resolver = NameResolver(contract: contract)
    for index in contract.endpoints.indices {
      guard var owner = contract.endpoints[index].owner, owner.basis == Self.titleBasis else { continue }
      owner.component = ensure(
        owner.component, at: contract.endpoints[index].location, namedOnly: false, resolver: &resolver)
      contract.endpoints[index].owner = owner
    }
  }

  /// An endpoint nobody owns goes to the component its path names (`/api/v1/shipments/{id}` ->
  /// Shipment Service), when exactly one does.
  mutating func inferEndpointOwners() {
    let names = contract.components.filter { !$0.namedOnly }.map(\.name)
    for index in contract.endpoints.indices
    where contract.endpoints[index].owner.map({ $0.basis == Self.titleBasis }) ?? true {
      let segments = contract.endpoints[index].urlPattern.split(separator: "/").map { $0.lowercased() }
      guard
        let resource = segments.first(where: { segment in
          segment != "api" && !(segment.hasPrefix("v") && segment.dropFirst().allSatisfy(\.isNumber))
            && !segment.hasPrefix("{") && !segment.hasPrefix(":")
        })
      else { continue }
      let stem = Self.stem(resource)
      let matches = names.filter { name in
        TextFolding.words(name).contains { Self.stem($0) == stem }
      }
      guard matches.count == 1 else { continue }
      contract.endpoints[index].owner = Ownership(
        component: matches[0], inferred: true, basis: "its path /\(resource)")
    }
  }

  static func stem(_ word: String) -> String {
    var stem = word.lowercased()
    if stem.hasSuffix("ies") {
      stem = String(stem.dropLast(3)) + "y"
    } else if stem.hasSuffix("s") && !stem.hasSuffix("ss") {
      stem.removeLast()
    }
    return stem
  }
}
