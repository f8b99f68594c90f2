import FestivalModel

extension ContractComparison {
  mutating func compareComponents() {
    let pairing = Pairing(
      old: old?.components ?? [], new: new?.components ?? [], key: { Self.fold($0.name) },
      likeness: { component in
        [
          Self.normalize(component.responsibility),
          Self.normalize(component.technology.joined(separator: ",")),
          component.dependencies.map { Self.fold(DependencyGraph.name(of: $0)) }.joined(separator: ","),
          Self.normalize(component.owner),
        ].joined(separator: "\u{1F}")
      })
    for component in pairing.removed {
      record(
        .componentRemoved, .removed, [component.name], "\(component.name) is no longer part of the system.",
        old: component.location, components: [component.name])
    }
    for (before, after) in pairing.renamed {
      record(
        .componentRenamed, .renamed, [after.name], "\(before.name) is now called \(after.name).",
        before: before.name, after: after.name, old: before.location, new: after.location,
        components: [after.name])
    }
    for component in pairing.added {
      record(
        .componentAdded, .added, [component.name], "\(component.name) joins the system.",
        new: component.location, components: [component.name])
    }
    for (before, after) in pairing.renamed { renames[Self.fold(before.name)] = after.name }
    for (before, after) in pairing.matched + pairing.renamed {
      compareDetails(before, after)
      compareDependencies(before, after)
    }
  }

  private mutating func compareDetails(_ before: Component, _ after: Component) {
    var differences: [String] = []
    var was: [String] = []
    var now: [String] = []
    let pairs: [(String, String, String)] = [
      ("responsibility", before.responsibility, after.responsibility),
      ("technology", before.technology.joined(separator: ", "), after.technology.joined(separator: ", ")),
      ("owner", before.owner ?? "", after.owner ?? ""),
    ]
    for (name, oldValue, newValue) in pairs where !Self.same(oldValue, newValue) {
      differences.append(name)
      was.append("\(name): \(Self.shown(oldValue))")
      now.append("\(name): \(Self.shown(newValue))")
    }
    guard !differences.isEmpty else { return }
    record(
      .componentChanged, .changed, [after.name],
      "\(after.name) has a new \(differences.joined(separator: " and ")).",
      before: was.joined(separator: "; "), after: now.joined(separator: "; "), old: before.location,
      new: after.location, components: [after.name])
  }

  private mutating func compareDependencies(_ before: Component, _ after: Component) {
    func key(_ reference: NameReference, renamed: Bool) -> String {
      let name = DependencyGraph.name(of: reference)
      return Self.fold(renamed ? current(name) : currentNew(name))
    }
    let oldKeys = Set(before.dependencies.map { key($0, renamed: true) })
    let newKeys = Set(after.dependencies.map { key($0, renamed: false) })
    for dependency in after.dependencies where !oldKeys.contains(key(dependency, renamed: false)) {
      let name = DependencyGraph.name(of: dependency)
      record(
        .dependencyAdded, .added, [after.name, name], "\(after.name) now depends on \(name).", after: name,
        new: dependency.location, components: [after.name])
    }
    for dependency in before.dependencies where !newKeys.contains(key(dependency, renamed: true)) {
      let name = DependencyGraph.name(of: dependency)
      record(
        .dependencyRemoved, .removed, [after.name, name], "\(after.name) no longer depends on \(name).",
        before: name, old: dependency.location, new: after.location, components: [after.name])
    }
  }

  mutating func compareExternalSystems() {
    let pairing = Pairing(
      old: old?.externalSystems ?? [], new: new?.externalSystems ?? [], key: { Self.fold($0.name) })
    for system in pairing.removed {
      record(
        .externalSystemRemoved, .removed, [system.name], "The system no longer uses \(system.name).",
        old: system.location, components: [system.name])
    }
    for system in pairing.added {
      record(
        .externalSystemAdded, .added, [system.name], "The system now uses \(system.name).",
        new: system.location,
        components: [system.name])
    }
    for (before, after) in pairing.matched {
      if !Self.same(before.sla, after.sla) {
        let relaxed = FigureVerdict.of(old: before.slaFigures, new: after.slaFigures) == .relaxed
        record(
          relaxed ? .externalSystemSLARelaxed : .externalSystemChanged, .changed, [after.name, "SLA"],
          relaxed ? "\(after.name) promises less." : "\(after.name)'s SLA reads differently.",
          before: before.sla, after: after.sla, old: before.location, new: after.location,
          components: [after.name])
      }
      for (name, oldValue, newValue) in [
        ("purpose", before.purpose, after.purpose), ("protocol", before.protocol, after.protocol),
      ] where !Self.same(oldValue, newValue) {
        record(
          .externalSystemChanged, .changed, [after.name, name], "\(after.name) has a new \(name).",
          before: oldValue, after: newValue, old: before.location, new: after.location,
          components: [after.name])
      }
    }
  }

  mutating func compareProtocols() {
    func ends(_ pair: ProtocolPair) -> [String] {
      [DependencyGraph.name(of: pair.from), DependencyGraph.name(of: pair.to)]
    }
    // By what the rows say (resolution may change with other rows), old names as the new side calls them.
    func key(_ pair: ProtocolPair) -> String {
      [pair.from.written, pair.to.written].map(Self.fold).sorted().joined(separator: "\u{1F}")
    }
    let renamedOld = (old?.protocolPairs ?? []).map { pair -> ProtocolPair in
      var copy = pair
      copy.from.written = current(pair.from.written)
      copy.to.written = current(pair.to.written)
      return copy
    }
    let renamedNew = (new?.protocolPairs ?? []).map { pair -> ProtocolPair in
      var copy = pair
      copy.from.written = currentNew(pair.from.written)
      copy.to.written = currentNew(pair.to.written)
      return copy
    }
    let pairing = Pairing(old: renamedOld, new: renamedNew, key: key)
    for pair in pairing.removed {
      record(
        .protocolRemoved, .removed, [pair.written], "\(pair.written) no longer has an agreed protocol.",
        before: pair.protocol, old: pair.location, components: ends(pair))
    }
    for pair in pairing.added {
      record(
        .protocolAdded, .added, [pair.written], "\(pair.written) talk over \(pair.protocol).",
        after: pair.protocol, new: pair.location, components: ends(pair))
    }
    for (before, after) in pairing.matched {
      if !Self.same(before.protocol, after.protocol) {
        record(
          .protocolChanged, .changed, [after.written],
          "\(after.written) switch from \(before.protocol) to \(after.protocol).",
          before: before.protocol, after: after.protocol, old: before.location, new: after.location,
          components: ends(after))
      }
      let oldDirection = Self.direction(before)
      let newDirection = Self.direction(after)
      if oldDirection != newDirection {
        record(
          .protocolDirectionChanged, .changed, [after.written], "The calls now go \(newDirection).",
          before: oldDirection, after: newDirection, old: before.location, new: after.location,
          components: ends(after))
      }
      if !Self.same(before.fallback, after.fallback) {
        record(
          .protocolFallbackChanged, .changed, [after.written], "\(after.written) fall back differently.",
          before: before.fallback, after: after.fallback, old: before.location, new: after.location,
          components: ends(after))
      }
    }
  }

  /// In the row's own words, which on the old side are already renamed.
  static func direction(_ pair: ProtocolPair) -> String {
    let from = pair.from.written
    let to = pair.to.written
    guard pair.bidirectional else { return "from \(from) to \(to)" }
    let sorted = [from, to].sorted { fold($0) < fold($1) }
    return "both ways between \(sorted[0]) and \(sorted[1])"
  }
}
