import FestivalModel

extension ContractComparison {
  mutating func compareEntities() {
    let pairing = Pairing(
      old: old?.entities ?? [], new: new?.entities ?? [], key: { Self.fold($0.name) },
      likeness: { entity in
        [
          entity.purpose, entity.storage, entity.relationshipsWritten,
          entity.accessPatterns.joined(separator: ","),
        ]
        .map(Self.normalize).joined(separator: "\u{1F}")
      })
    func owners(_ entity: DataEntity) -> [String] { entity.owner.map { [$0.component] } ?? [] }
    for entity in pairing.removed {
      record(
        .entityRemoved, .removed, [entity.name], "The \(entity.name) entity is gone.", old: entity.location,
        components: owners(entity))
    }
    for (before, after) in pairing.renamed {
      record(
        .entityRenamed, .renamed, [after.name], "\(before.name) is now called \(after.name).",
        before: before.name, after: after.name, old: before.location, new: after.location,
        components: owners(after))
    }
    for entity in pairing.added {
      record(
        .entityAdded, .added, [entity.name], "The \(entity.name) entity is new.", new: entity.location,
        components: owners(entity))
    }
    for (before, after) in pairing.matched {
      let aspects: [(String, String, String)] = [
        ("storage", before.storage, after.storage),
        ("relationships", before.relationshipsWritten, after.relationshipsWritten),
        (
          "access patterns", before.accessPatterns.joined(separator: ", "),
          after.accessPatterns.joined(separator: ", ")
        ),
        ("owner", current(before.owner?.component ?? ""), after.owner?.component ?? ""),
        (
          "values", before.values.map(\.name).joined(separator: ", "),
          after.values.map(\.name).joined(separator: ", ")
        ),
      ].filter { !Self.same($0.1, $0.2) }
      compareFields(
        before.fields, after.fields, owner: owners(after).first ?? after.name, holder: after.name,
        subject: [after.name], components: owners(before) + owners(after))
      guard !aspects.isEmpty else { continue }
      record(
        .entityChanged, .changed, [after.name],
        "\(after.name) has new \(aspects.map(\.0).joined(separator: " and ")).",
        before: aspects.map { "\($0.0): \(Self.shown($0.1))" }.joined(separator: "; "),
        after: aspects.map { "\($0.0): \(Self.shown($0.2))" }.joined(separator: "; "), old: before.location,
        new: after.location, components: owners(before) + owners(after))
    }
  }

  /// Subscribers first reached by a change to `event`: each depends on its publisher through it.
  static func subscriberSteps(_ event: EventContract) -> [ImpactStep] {
    let publisher = event.publisher.map(DependencyGraph.name(of:)) ?? ""
    return event.subscribers.map {
      ImpactStep(
        dependent: DependencyGraph.name(of: $0), dependency: publisher, link: .event, detail: event.name)
    }
  }

  mutating func compareEvents() {
    func publisher(_ event: EventContract) -> [String] {
      event.publisher.map { [DependencyGraph.name(of: $0)] } ?? []
    }
    let pairing = Pairing(
      old: old?.events ?? [], new: new?.events ?? [], key: { Self.fold($0.name) },
      likeness: { event in
        ([event.trigger, event.payload, event.guaranteeWritten].map(Self.normalize)
          + [
            publisher(event).map(Self.fold).joined(),
            event.subscribers.map { Self.fold($0.written) }.joined(separator: ","),
          ])
          .joined(separator: "\u{1F}")
      })
    for event in pairing.removed {
      record(
        .eventRemoved, .removed, [event.name], "\(event.name) is no longer published.", old: event.location,
        components: publisher(event), direct: Self.subscriberSteps(event))
    }
    for (before, after) in pairing.renamed {
      record(
        .eventRenamed, .renamed, [after.name], "\(before.name) is now called \(after.name).",
        before: before.name,
        after: after.name, old: before.location, new: after.location, components: publisher(after),
        direct: Self.subscriberSteps(before))
    }
    for event in pairing.added {
      record(
        .eventAdded, .added, [event.name], "\(event.name) is a new event.", new: event.location,
        components: publisher(event), direct: Self.subscriberSteps(event))
    }
    for (before, after) in pairing.matched {
      compareEvent(before, after, publisher: publisher(after))
    }
  }

  private mutating func compareEvent(_ before: EventContract, _ after: EventContract, publisher: [String]) {
    let subject = [after.name]
    let subscribers = Self.subscriberSteps(after)
    if !Self.same(before.payload, after.payload) {
      record(
        .eventPayloadChanged, .changed, subject + ["payload"], "\(after.name) carries another payload.",
        before: before.payload, after: after.payload, old: before.location, new: after.location,
        components: publisher, direct: subscribers)
    }
    if !Self.same(before.guaranteeWritten, after.guaranteeWritten) {
      let order: [DeliveryGuarantee] = [.atMostOnce, .atLeastOnce, .exactlyOnce]
      let weaker =
        before.deliveryGuarantee.flatMap { order.firstIndex(of: $0) }.map { oldRank in
          (after.deliveryGuarantee.flatMap { order.firstIndex(of: $0) } ?? -1) < oldRank
        } ?? false
      record(
        weaker ? .eventGuaranteeWeakened : .eventGuaranteeStrengthened, .changed, subject + ["delivery"],
        weaker
          ? "\(after.name) is delivered with a weaker guarantee."
          : "\(after.name) is delivered with a stronger guarantee.",
        before: before.guaranteeWritten, after: after.guaranteeWritten, old: before.location,
        new: after.location, components: publisher, direct: subscribers)
    }
    let oldPublisher = current(before.publisher.map(DependencyGraph.name(of:)) ?? "")
    let newPublisher = currentNew(after.publisher.map(DependencyGraph.name(of:)) ?? "")
    if Self.fold(oldPublisher) != Self.fold(newPublisher) {
      record(
        .eventPublisherChanged, .changed, subject + ["publisher"],
        "\(after.name) is published by \(Self.shown(newPublisher)) now.",
        before: Self.shown(oldPublisher), after: Self.shown(newPublisher), old: before.location,
        new: after.location, components: publisher, direct: subscribers)
    }
    if !Self.same(before.trigger, after.trigger) {
      record(
        .eventTriggerChanged, .changed, subject + ["trigger"],
        "\(after.name) is published on another condition.",
        before: before.trigger, after: after.trigger, old: before.location, new: after.location,
        components: publisher, direct: subscribers)
    }
    let oldSubscribers = Set(before.subscribers.map { Self.fold(current(DependencyGraph.name(of: $0))) })
    let newSubscribers = Set(after.subscribers.map { Self.fold(currentNew(DependencyGraph.name(of: $0))) })
    for subscriber in after.subscribers
    where !oldSubscribers.contains(Self.fold(DependencyGraph.name(of: subscriber))) {
      let name = DependencyGraph.name(of: subscriber)
      record(
        .eventSubscriberAdded, .added, subject + [name], "\(name) subscribes to \(after.name).", after: name,
        old: before.location, new: after.location, components: [name])
    }
    for subscriber in before.subscribers
    where !newSubscribers.contains(Self.fold(DependencyGraph.name(of: subscriber))) {
      let name = DependencyGraph.name(of: subscriber)
      record(
        .eventSubscriberRemoved, .removed, subject + [name], "\(name) no longer subscribes to \(after.name).",
        before: name, old: before.location, new: after.location, components: [name])
    }
  }

  mutating func compareQueues() {
    let pairing = Pairing(
      old: old?.queues ?? [], new: new?.queues ?? [], key: { Self.fold($0.name) },
      likeness: { queue in
        [queue.purpose, queue.messageFormat, queue.consumers, queue.deadLetter].map(Self.normalize)
          .joined(separator: "\u{1F}")
      })
    func owners(_ queue: MessageQueue) -> [String] { queue.owner.map { [$0.component] } ?? [] }
    for queue in pairing.removed {
      record(
        .queueRemoved, .removed, [queue.name], "The \(queue.name) queue is gone.", old: queue.location,
        components: owners(queue))
    }
    for (before, after) in pairing.renamed {
      record(
        .queueRenamed, .renamed, [after.name], "\(before.name) is now called \(after.name).",
        before: before.name,
        after: after.name, old: before.location, new: after.location, components: owners(after))
    }
    for queue in pairing.added {
      record(
        .queueAdded, .added, [queue.name], "The \(queue.name) queue is new.", new: queue.location,
        components: owners(queue))
    }
    for (before, after) in pairing.matched {
      let places = (old: before.location, new: after.location)
      if !Self.same(before.messageFormat, after.messageFormat) {
        record(
          .queueFormatChanged, .changed, [after.name, "format"],
          "\(after.name) carries messages in another format.",
          before: before.messageFormat, after: after.messageFormat, old: places.old, new: places.new,
          components: owners(after))
      }
      if !Self.same(before.deadLetter, after.deadLetter) {
        record(
          .queueDeadLetterChanged, .changed, [after.name, "dead letters"],
          "\(after.name) handles failed messages differently.", before: before.deadLetter,
          after: after.deadLetter, old: places.old, new: places.new, components: owners(after))
      }
      for (aspect, was, now) in [
        ("purpose", before.purpose, after.purpose), ("consumers", before.consumers, after.consumers),
      ] where !Self.same(was, now) {
        record(
          .queueChanged, .changed, [after.name, aspect], "\(after.name) has new \(aspect).", before: was,
          after: now, old: places.old, new: places.new, components: owners(after))
      }
    }
  }
}
