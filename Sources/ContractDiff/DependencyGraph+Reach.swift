import FestivalModel

extension DependencyGraph {
  /// Who one change reaches: affected components, and those that may be, each with the chain that
  /// links it. `excluding` are the components the change belongs to.
  func reach(_ scope: ImpactScope, excluding: [String]) -> (affected: [Impact], mayBeAffected: [Impact]) {
    var reach = ImpactReach(excluding: Set(excluding.map(TextFolding.fold)))
    switch scope {
    case .none: break
    case .direct(let steps): for step in steps { affect(step, into: &reach) }
    case .event(let name, let subscribers):
      for step in subscribers { affect(step, into: &reach) }
      for queue in contract?.queues ?? []
      where mentions(queue.name + " " + queue.purpose + " " + queue.messageFormat, name) {
        consumers(of: queue, into: &reach)
      }
    case .queue(let name):
      for queue in contract?.queues ?? [] where TextFolding.fold(queue.name) == TextFolding.fold(name) {
        consumers(of: queue, into: &reach)
      }
    case .callers(let providers):
      for provider in providers {
        let key = TextFolding.fold(provider)
        for edge in callers[key] ?? [] {
          let step = ImpactStep(
            dependent: name(edge.dependent), dependency: name(key), link: edge.link, detail: edge.detail)
          reach.affect(edge.dependent, impact(edge.dependent, [step]))
        }
      }
    case .calls(let provider, let elementNames, let route):
      calls(provider, names: elementNames, route: route, into: &reach)
    case .carriers(let entity): carriers(of: entity, into: &reach)
    case .authorization(let role, let resource): authorization(role: role, resource: resource, into: &reach)
    }
    return reach.sorted()
  }

  func impact(_ key: String, _ path: [ImpactStep], reason: String? = nil) -> Impact {
    Impact(component: name(key), owner: owners[key], path: path, reason: reason)
  }

  private func affect(_ step: ImpactStep, into reach: inout ImpactReach) {
    let key = TextFolding.fold(step.dependent)
    guard names[key] != nil else { return }
    reach.affect(key, impact(key, [step]))
  }

  /// The callers of `provider` that use the changed element: those the contract says call it (a
  /// sequence diagram's message naming it), gateways that pass it on and, through them, their own
  /// callers. Every other caller may be affected: the contract links it to the provider but does not say
  /// which operations or endpoints it uses.
  /// `tail` ends every chain (how the provider carries a changed entity).
  func calls(
    _ provider: String, names elementNames: [String], route: String?, tail: [ImpactStep] = [],
    into reach: inout ImpactReach
  ) {
    let providerKey = TextFolding.fold(provider)
    guard names[providerKey] != nil else { return }
    var queue: [(key: String, path: [ImpactStep])] = [(providerKey, tail)]
    var visited: Set<String> = [providerKey]
    while !queue.isEmpty {
      let (node, path) = queue.removeFirst()
      for edge in callers[node] ?? [] where visited.insert(edge.dependent).inserted {
        var step = ImpactStep(
          dependent: name(edge.dependent), dependency: name(node), link: edge.link, detail: edge.detail)
        if let inferred = passes(edge.dependent, route: route) {
          step.link = .passesOn
          step.detail = elementNames.first ?? route
          step.inferred = inferred.isEmpty ? nil : inferred
          reach.affect(edge.dependent, impact(edge.dependent, [step] + path))
          queue.append((edge.dependent, [step] + path))
        } else if node != providerKey
          || statedCalls.contains(where: {
            $0.caller == edge.dependent && $0.callee == node
              && (elementNames.isEmpty || $0.mentions(elementNames))
          })
        {
          reach.affect(edge.dependent, impact(edge.dependent, [step] + path))
        } else {
          let what = route == nil ? "operations" : "endpoints"
          reach.mayAffect(
            edge.dependent,
            impact(edge.dependent, [step] + path, reason: "calls \(name(node)); which \(what) is not written")
          )
        }
      }
    }
    // A sequence diagram may state a call the dependency tables leave out.
    for call in statedCalls
    where call.callee == providerKey && call.mentions(elementNames) && !elementNames.isEmpty {
      let step = ImpactStep(
        dependent: name(call.caller), dependency: name(providerKey), link: .protocolPair,
        detail: "a sequence diagram's message")
      reach.affect(call.caller, impact(call.caller, [step] + tail))
    }
  }

  /// Whether a component passes the element on: "" when the contract says so, the inference when
  /// festdoc inferred it, nil when it does not.
  func passes(_ key: String, route: String?) -> String? {
    switch passing[key] {
    case .all(let inferred): inferred ?? ""
    case .routes(let routes): route.flatMap { routes.contains($0) ? "" : nil }
    case nil: nil
    }
  }

  /// Whether `text` names `name`, case, spacing and punctuation folded.
  func mentions(_ text: String, _ name: String) -> Bool {
    let folded = TextFolding.fold(name)
    return !folded.isEmpty && TextFolding.fold(text).contains(folded)
  }

  private func consumers(of queue: MessageQueue, into reach: inout ImpactReach) {
    for (key, shown) in names.sorted(by: { $0.key < $1.key }) {
      let stated = mentions(queue.consumers, shown)
      guard stated || mentions(queue.purpose, shown) else { continue }
      let step = ImpactStep(
        dependent: shown, dependency: queue.name, link: .queue, detail: queue.name,
        inferred: stated ? nil : "inferred: the queue's purpose names \(shown)")
      reach.affect(key, impact(key, [step]))
    }
  }
}
