import FestivalModel

extension ContractFingerprints {
  /// What an element's page shows besides its own value: fingerprints to add to its element's, by
  /// position in the contract's tables (roles and resources by column and row of the matrix).
  struct Attached {
    var components: [Int: [String]] = [:]
    var endpoints: [Int: [String]] = [:]
    var entities: [Int: [String]] = [:]
    var roles: [Int: [String]] = [:]
    var resources: [Int: [String]] = [:]
  }

  /// The performance and scalability rows. Only the pages of the components and endpoints they are about
  /// list them (`ComponentPage.performanceRows`, `EndpointPage.performanceRows`, the festival index's
  /// scalability rows by component), and the interface document, which takes the contract's files. So each
  /// row's fingerprint goes with the elements whose pages list it, and a row no such page lists stays in
  /// the frame. Fingerprints are kept from `previous` while a row compares equal at its place.
  static func addFigures(
    _ contract: InterfaceContract, lookup: FestivalIndex, previous: Kept?, to frame: inout Fingerprint,
    attached: inout Attached, jobs: Int
  ) -> [String: [String]] {
    func rowDigests<Row: Codable & Equatable & Sendable>(
      _ name: String, _ values: [Row], _ old: [Row]
    ) -> [String] {
      let known = previous?.value.rows[name] ?? []
      let kept = values.indices.map { position in
        position < old.count && position < known.count && old[position] == values[position]
          ? known[position] : nil
      }
      return Self.digests(values, kept: kept, jobs: jobs)
    }
    let performance = rowDigests(
      "performance", contract.performance, previous?.contract.performance ?? [])
    let scalability = rowDigests(
      "scalability", contract.scalability, previous?.contract.scalability ?? [])
    var listed = Set<Int>()
    var scaled = Set<Int>()
    for (position, key) in lookup.componentKeys.enumerated() {
      let rows = ComponentPage.performanceRows(of: key, contract, lookup)
      let scaling = lookup.scalabilityByComponent[key] ?? []
      listed.formUnion(rows)
      scaled.formUnion(scaling)
      let digests = rows.map { "p" + performance[$0] } + scaling.map { "s" + scalability[$0] }
      if !digests.isEmpty { attached.components[position, default: []] += digests }
    }
    for (position, endpoint) in contract.endpoints.enumerated() {
      let rows = EndpointPage.performanceRows(of: endpoint, contract, lookup)
      listed.formUnion(rows)
      if !rows.isEmpty { attached.endpoints[position, default: []] += rows.map { "p" + performance[$0] } }
    }
    let unlisted =
      performance.indices.filter { !listed.contains($0) }.map { "p\($0)\t" + performance[$0] }
      + scalability.indices.filter { !scaled.contains($0) }.map { "s\($0)\t" + scalability[$0] }
    frame.add("figures\t" + unlisted.joined(separator: " "))
    return ["performance": performance, "scalability": scalability]
  }
}
