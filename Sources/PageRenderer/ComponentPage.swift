import FestivalModel

/// A component with everything the contract says about it: what it depends on and what uses it (with the
/// protocol of each pair), its operations and data contracts, endpoints, events, queues, entities,
/// performance and scalability figures, and the authorization resources it owns. Relations come from the
/// festival's index, so a page costs the same however large the contract is.
enum ComponentPage {
  static func render(_ context: PageContext, festival index: Int, component number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let lookup = festival.lookup
    let component = contract.components[number]
    let key = lookup.componentKeys[number]
    var html: Markup = "<h1>\(HTML.text(component.name))</h1>\n"
    if component.namedOnly {
      html +=
        "<p class=\"muted\">Named by an event or schema table only: no document defines this component.</p>\n"
    }
    html += HTML.facts([
      ("Responsibility", HTML.text(component.responsibility)),
      ("Technology", HTML.text(component.technology.joined(separator: ", "))),
      ("Owner", HTML.text(component.owner ?? "")),
      (
        "Defined",
        festival.definedIn(.component, number, at: component.location, label: "in the component table")
      ),
    ])
    html += relations(component, key: key, contract, festival)
    let neighbourhood = GeneratedGraphs.neighbourhood(contract, index: lookup, of: component.name)
    let figure = GeneratedGraphs.figure(
      neighbourhood, caption: "What \(component.name) depends on and what uses it, two steps each way.",
      pagePath: context.page.path, number: 1, links: GeneratedGraphs.links(neighbourhood, festival: festival),
      layouts: context.layouts,
      drawn: context.drawingsAhead?.take(festival: index, component: number, chart: neighbourhood))
    html += HTML.section("Neighbourhood", id: "neighbourhood", figure.html)
    var files = [figure.file]
    for service in lookup.servicesByComponent[key] ?? [] {
      let interface = contract.serviceInterfaces[service]
      html += ServiceTables.render(interface, festival)
      if let lifecycle = GeneratedLifecycle.section(
        interface.dataContract, owner: interface.name, pagePath: context.page.path, number: 1 + files.count)
      {
        html += HTML.section(
          "\(interface.name) lifecycle", id: "lifecycle-" + Fold.key(interface.name), lifecycle.html)
        files.append(lifecycle.file)
      }
    }
    let endpoints = lookup.endpointsByOwner[key] ?? []
    if !endpoints.isEmpty {
      html += HTML.section(
        "Endpoints", id: "endpoints",
        HTML.list(
          endpoints.map {
            EndpointPage.summary(
              contract.endpoints[$0],
              href: festival.page(.endpoint, $0).map(festival.href))
          }))
    }
    html += messaging(key: key, contract, festival)
    let entities = lookup.entitiesByOwner[key] ?? []
    if !entities.isEmpty {
      html += HTML.section(
        "Entities", id: "entities",
        HTML.list(
          entities.map {
            festival.pageLink(.entity, $0, contract.entities[$0].name) + " — "
              + HTML.text(contract.entities[$0].purpose)
          }))
    }
    html += figures(key: key, contract, festival)
    html += ownedResources(contract, authorizationRows(of: key, contract, lookup), festival)
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "Components"), PageBody.Crumb(title: component.name)]),
      festival: index, files: files)
  }

  private static func via(_ lookup: FestivalIndex, _ from: String, _ to: String) -> Markup {
    lookup.protocols[from + "\u{0}" + to].map {
      " <span class=\"muted\">via \(HTML.text($0))</span>" as Markup
    } ?? Markup()
  }

  private static func relations(
    _ component: Component, key: String, _ contract: InterfaceContract, _ festival: FestivalContext
  ) -> Markup {
    let lookup = festival.lookup
    var dependsOn: [Markup] = component.dependencies.map {
      festival.link($0) + via(lookup, key, Fold.key($0.target?.name ?? $0.written))
    }
    let dependencyKeys = Set(component.dependencies.compactMap { $0.target.map { Fold.key($0.name) } })
    for pairIndex in lookup.pairsFrom[key] ?? [] {
      let pair = contract.protocolPairs[pairIndex]
      guard pair.from.target?.kind == .component,
        !dependencyKeys.contains(Fold.key(pair.to.target?.name ?? "-"))
      else { continue }
      dependsOn.append(
        festival.link(pair.to) + " <span class=\"muted\">via \(HTML.text(pair.protocol))</span>")
    }
    var usedBy: [Markup] = []
    var users = Set<String>()
    for other in lookup.dependents[key] ?? [] where !users.contains(lookup.componentKeys[other]) {
      users.insert(lookup.componentKeys[other])
      usedBy.append(
        festival.componentLink(contract.components[other].name)
          + via(lookup, lookup.componentKeys[other], key))
    }
    for pairIndex in lookup.pairsTo[key] ?? [] {
      let pair = contract.protocolPairs[pairIndex]
      guard pair.to.target?.kind == .component else { continue }
      let fromKey = Fold.key(pair.from.target?.name ?? pair.from.written)
      if !users.contains(fromKey) {
        usedBy.append(
          festival.link(pair.from) + " <span class=\"muted\">via \(HTML.text(pair.protocol))</span>")
      }
    }
    let none: Markup = "<p class=\"muted\">None.</p>"
    return HTML.section("Depends on", id: "depends-on", dependsOn.isEmpty ? none : HTML.list(dependsOn))
      + HTML.section("Used by", id: "used-by", usedBy.isEmpty ? none : HTML.list(usedBy))
  }

  private static func messaging(key: String, _ contract: InterfaceContract, _ festival: FestivalContext)
    -> Markup
  {
    let lookup = festival.lookup
    var html = Markup()
    let published = lookup.eventsByPublisher[key] ?? []
    let consumed = lookup.eventsBySubscriber[key] ?? []
    if !published.isEmpty || !consumed.isEmpty {
      var body = Markup()
      if !published.isEmpty {
        body +=
          "<h3>Publishes</h3>"
          + HTML.list(published.map { festival.pageLink(.event, $0, contract.events[$0].name) })
      }
      if !consumed.isEmpty {
        body +=
          "<h3>Consumes</h3>"
          + HTML.list(consumed.map { festival.pageLink(.event, $0, contract.events[$0].name) })
      }
      html += HTML.section("Events", id: "events", body)
    }
    let queues = lookup.queuesByOwner[key] ?? []
    if !queues.isEmpty {
      html += HTML.section(
        "Queues", id: "queues",
        HTML.list(
          queues.map {
            festival.pageLink(.queue, $0, contract.queues[$0].name)
              + Ownership.note(contract.queues[$0].owner)
          }))
    }
    return html
  }

  /// The performance rows a component's page lists: those about the component itself, its endpoints
  /// and its operations (the contract's fingerprints give the page these rows too).
  static func performanceRows(of key: String, _ contract: InterfaceContract, _ lookup: FestivalIndex) -> [Int]
  {
    var subjects = [key]
    subjects += (lookup.endpointsByOwner[key] ?? []).map { Fold.key(contract.endpoints[$0].name) }
    for service in lookup.servicesByComponent[key] ?? [] {
      subjects += contract.serviceInterfaces[service].operations.map { Fold.key($0.name) }
    }
    return Set(subjects.flatMap { lookup.performanceBySubject[$0] ?? [] }).sorted()
  }

  private static func figures(key: String, _ contract: InterfaceContract, _ festival: FestivalContext)
    -> Markup
  {
    let lookup = festival.lookup
    let rows = performanceRows(of: key, contract, lookup)
    var html = Markup()
    if !rows.isEmpty { html += PerformanceTable.render(rows.map { contract.performance[$0] }, festival) }
    let scaling = (lookup.scalabilityByComponent[key] ?? []).map { contract.scalability[$0] }
    if !scaling.isEmpty {
      html += HTML.section(
        "Scalability", id: "scalability",
        HTML.table(
          ["Current capacity", "Scale trigger", "Scale method", "Max capacity"],
          scaling.map {
            [
              HTML.text($0.currentCapacity), HTML.text($0.scaleTrigger), HTML.text($0.scaleMethod),
              HTML.text($0.maxCapacity),
            ]
          }))
    }
    return html
  }

  /// The authorization rows this component's page lists: the resources named like an entity it owns.
  static func authorizationRows(of key: String, _ contract: InterfaceContract, _ lookup: FestivalIndex)
    -> [Int]
  {
    guard contract.authorization != nil else { return [] }
    let entities = lookup.entitiesByOwner[key] ?? []
    return Set(entities.flatMap { lookup.resourcesByStem[Fold.stem(contract.entities[$0].name)] ?? [] })
      .sorted()
  }

  private static func ownedResources(
    _ contract: InterfaceContract, _ indexes: [Int], _ festival: FestivalContext
  )
    -> Markup
  {
    guard let matrix = contract.authorization, !indexes.isEmpty else { return "" }
    return HTML.section(
      "Authorization", id: "authorization", AuthorizationTable.render(matrix, rows: indexes, festival))
  }
}
