/// Placing the headings that may name rpcs: on the rpc of that name when a source defines one; on the
/// component the document names when the heading carries fields or errors; otherwise they name nothing.
extension ContractMerger {
  mutating func placeCandidates() {
    for var candidate in candidates {
      let owner = candidate.extra.removeValue(forKey: Self.candidateOwnerKey)
      if let (s, o) = operation(named: candidate.name) {
        let known = contract.serviceInterfaces[s].operations[o]
        contract.serviceInterfaces[s].operations[o] = merged(
          known, candidate, service: contract.serviceInterfaces[s].name)
        for error in candidate.errorCases
        where !contract.serviceInterfaces[s].operations[o].errorCases.contains(error) {
          contract.serviceInterfaces[s].operations[o].errorCases.append(error)
        }
        continue
      }
      let carries =
        !candidate.requestFields.isEmpty || !candidate.responseFields.isEmpty || !candidate.errorCases.isEmpty
        || !candidate.input.isEmpty || !candidate.output.isEmpty
      guard carries, let owner else { continue }
      add(
        ServiceInterface(
          name: owner,
          component: NameReference(
            written: owner, target: nil, match: .unresolved, location: candidate.location),
          purpose: nil, communicationMethod: nil, operations: [candidate], dataContract: [],
          location: candidate.location))
    }
  }

  private func operation(named name: String) -> (Int, Int)? {
    let key = Self.key(name)
    for (s, service) in contract.serviceInterfaces.enumerated() {
      if let o = service.operations.firstIndex(where: { Self.key($0.name) == key }) { return (s, o) }
    }
    return nil
  }
}
