import FestivalModel

extension ContractComparison {
  /// The components a performance row speaks for: a component itself, or an endpoint's or operation's owner.
  private func components(of subject: NameReference) -> [String] {
    let name = DependencyGraph.name(of: subject)
    switch subject.target?.kind {
    case .endpoint:
      let owner = (new?.endpoints ?? []).first { Self.fold($0.name) == Self.fold(name) }?.owner?.component
      return owner.map { [$0] } ?? []
    case .operation:
      let owner = (new?.serviceInterfaces ?? []).first { interface in
        interface.operations.contains { Self.fold($0.name) == Self.fold(name) }
      }
      return owner.map { [Self.component(of: $0)] } ?? []
    default: return [name]
    }
  }

  mutating func comparePerformance() {
    let renamedOld = (old?.performance ?? []).map { row -> PerformanceRequirement in
      var copy = row
      copy.subject.written = current(row.subject.written)
      return copy
    }
    let pairing = Pairing(
      old: renamedOld, new: new?.performance ?? [],
      // By what the row says: what its name resolves to may change with other rows.
      key: { Self.fold($0.subject.written) })
    for row in pairing.removed {
      let name = DependencyGraph.name(of: row.subject)
      record(
        .performanceRemoved, .removed, ["Performance", name], "\(name) no longer has performance targets.",
        old: row.location, components: components(of: row.subject))
    }
    for row in pairing.added {
      let name = DependencyGraph.name(of: row.subject)
      record(
        .performanceAdded, .added, ["Performance", name], "\(name) has performance targets.",
        new: row.location,
        components: components(of: row.subject))
    }
    for (before, after) in pairing.matched {
      let name = DependencyGraph.name(of: after.subject)
      let percentile = after.percentile.map { " (\($0))" } ?? ""
      let metrics: [(String, Quantity?, Quantity?, Bool)] = [
        ("response time\(percentile)", before.responseTime, after.responseTime, false),
        ("throughput", before.throughput, after.throughput, true),
        ("availability", before.availability, after.availability, true),
        ("error rate", before.errorRate, after.errorRate, false),
      ]
      for (metric, was, now, higherIsBetter) in metrics {
        let rule: DiffRule
        let summary: String
        switch (was, now) {
        case (nil, nil): continue
        case (nil, .some):
          (rule, summary) = (.performanceAdded, "\(name) has a \(metric) target.")
        case (.some, nil):
          (rule, summary) = (.performanceRemoved, "\(name) has no \(metric) target any more.")
        case (.some(let was), .some(let now)):
          switch FigureVerdict.of(old: was, new: now, higherIsBetter: higherIsBetter) {
          case .same: continue
          case .tightened:
            (rule, summary) = (.performanceTightened, "\(name)'s \(metric) target is stricter.")
          case .relaxed, .incomparable:
            (rule, summary) = (.performanceRelaxed, "\(name)'s \(metric) target is looser.")
          }
        }
        record(
          rule, was == nil ? .added : now == nil ? .removed : .changed, ["Performance", name, metric],
          summary,
          before: was?.written, after: now?.written, old: before.location, new: after.location,
          components: components(of: after.subject))
      }
    }
  }

  mutating func compareScalability() {
    let renamedOld = (old?.scalability ?? []).map { plan -> ScalabilityPlan in
      var copy = plan
      copy.component.written = current(plan.component.written)
      return copy
    }
    let pairing = Pairing(
      old: renamedOld, new: new?.scalability ?? [],
      key: { Self.fold($0.component.written) })
    for plan in pairing.removed + pairing.added {
      let name = DependencyGraph.name(of: plan.component)
      let removed = pairing.removed.contains(plan)
      record(
        .scalabilityChanged, removed ? .removed : .added, ["Scalability", name],
        removed ? "\(name) no longer has a scaling plan." : "\(name) has a scaling plan.",
        old: removed ? plan.location : nil, new: removed ? nil : plan.location, components: [name])
    }
    for (before, after) in pairing.matched {
      let name = DependencyGraph.name(of: after.component)
      if !Self.same(before.maxCapacity, after.maxCapacity) {
        let verdict = FigureVerdict.of(old: before.maxFigures, new: after.maxFigures)
        let rule: DiffRule =
          verdict == .relaxed
          ? .scalabilityReduced : verdict == .tightened ? .scalabilityRaised : .scalabilityChanged
        record(
          rule, .changed, ["Scalability", name, "max capacity"],
          verdict == .relaxed
            ? "\(name) scales to less."
            : verdict == .tightened ? "\(name) scales further." : "\(name)'s ceiling reads differently.",
          before: before.maxCapacity, after: after.maxCapacity, old: before.location, new: after.location,
          components: [name])
      }
      for (aspect, was, now) in [
        ("current capacity", before.currentCapacity, after.currentCapacity),
        ("scale trigger", before.scaleTrigger, after.scaleTrigger),
        ("scale method", before.scaleMethod, after.scaleMethod),
      ] where !Self.same(was, now) {
        record(
          .scalabilityChanged, .changed, ["Scalability", name, aspect], "\(name) has a new \(aspect).",
          before: was, after: now, old: before.location, new: after.location, components: [name])
      }
    }
  }

  mutating func compareErrors() {
    func key(_ error: ErrorStandard) -> String {
      Self.fold(error.code.isEmpty ? error.errorType : error.code)
    }
    func title(_ error: ErrorStandard) -> String { error.code.isEmpty ? error.errorType : error.code }
    let pairing = Pairing(old: old?.errors ?? [], new: new?.errors ?? [], key: key)
    for error in pairing.removed {
      record(
        .errorRemoved, .removed, ["Errors", title(error)], "\(title(error)) is no longer returned.",
        before: error.statusWritten, old: error.location)
    }
    for error in pairing.added {
      record(
        .errorAdded, .added, ["Errors", title(error)],
        "Clients may now get \(title(error)) (\(error.statusWritten)).",
        after: error.statusWritten, new: error.location)
    }
    for (before, after) in pairing.matched {
      if !Self.same(before.statusWritten, after.statusWritten) {
        record(
          .errorStatusChanged, .changed, ["Errors", title(after), "HTTP status"],
          "\(title(after)) comes with another HTTP status.", before: before.statusWritten,
          after: after.statusWritten, old: before.location, new: after.location)
      }
      if !Self.same(before.responseFormat, after.responseFormat) {
        record(
          .errorFormatChanged, .changed, ["Errors", title(after), "format"],
          "\(title(after)) has another body.",
          before: before.responseFormat, after: after.responseFormat, old: before.location,
          new: after.location)
      }
    }
  }
}
