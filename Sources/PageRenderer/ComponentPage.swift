import FestivalModel

/// A component with everything the contract says about it: what it depends on and what uses it (with the
/// protocol of each pair), its operations and data contracts, endpoints, events, queues, entities,
/// performance and scalability figures, and the authorization resources it owns.
enum ComponentPage {
  static func render(_ context: PageContext, festival index: Int, component number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let component = contract.components[number]
    let key = Fold.key(component.name)
    func isThis(_ reference: NameReference?) -> Bool {
      reference?.target?.kind == .component && Fold.key(reference?.target?.name ?? "") == key
    }
    var html = "<h1>\(HTML.text(component.name))</h1>\n"
    html += HTML.facts([
      ("Responsibility", HTML.text(component.responsibility)),
      ("Technology", HTML.text(component.technology.joined(separator: ", "))),
      ("Owner", HTML.text(component.owner ?? "")),
      ("Defined", festival.rowLink(line: component.location.line, label: "in the component table")),
    ])
    html += relations(component, contract, festival, isThis)
    let neighbourhood = GeneratedGraphs.neighbourhood(contract, of: component.name)
    let figure = GeneratedGraphs.figure(
      neighbourhood, caption: "What \(component.name) depends on and what uses it, two steps each way.",
      pagePath: context.page.path, number: 1, links: GeneratedGraphs.links(neighbourhood, festival: festival))
    html += HTML.section("Neighbourhood", id: "neighbourhood", figure.html)
    for service in contract.serviceInterfaces where isThis(service.component) {
      html += ServiceTables.render(service, festival)
    }
    let endpoints = contract.endpoints.enumerated().filter {
      Fold.key($0.element.owner?.component ?? "") == key
    }
    if !endpoints.isEmpty {
      html += HTML.section(
        "Endpoints", id: "endpoints",
        HTML.list(
          endpoints.map {
            EndpointPage.summary(
              $0.element,
              href: $0.offset < festival.plan.endpoints.count
                ? festival.href(festival.plan.endpoints[$0.offset]) : nil)
          }))
    }
    html += messaging(contract, festival, isThis, key)
    let entities = contract.entities.enumerated().filter {
      Fold.key($0.element.owner?.component ?? "") == key
    }
    if !entities.isEmpty {
      html += HTML.section(
        "Entities", id: "entities",
        HTML.list(
          entities.map {
            festival.pageLink(festival.plan.entities, $0.offset, $0.element.name) + " — "
              + HTML.text($0.element.purpose)
          }))
    }
    html += figures(contract, festival, isThis, key)
    html += ownedResources(contract, entities.map(\.element), festival)
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "Components"), PageBody.Crumb(title: component.name)]),
      festival: index, files: [figure.file])
  }

  private static func relations(
    _ component: Component, _ contract: InterfaceContract, _ festival: FestivalContext,
    _ isThis: (NameReference?) -> Bool
  ) -> String {
    func protocolBetween(_ from: String, _ to: String) -> String {
      let pair = contract.protocolPairs.first { pair in
        let a = Fold.key(pair.from.target?.name ?? pair.from.written)
        let b = Fold.key(pair.to.target?.name ?? pair.to.written)
        return (a == Fold.key(from) && b == Fold.key(to))
          || (pair.bidirectional && a == Fold.key(to) && b == Fold.key(from))
      }
      return pair.map { " <span class=\"muted\">via \(HTML.text($0.protocol))</span>" } ?? ""
    }
    var dependsOn = component.dependencies.map {
      festival.link($0) + protocolBetween(component.name, $0.target?.name ?? $0.written)
    }
    for pair in contract.protocolPairs
    where isThis(pair.from)
      && !component.dependencies.contains(where: {
        Fold.key($0.target?.name ?? "") == Fold.key(pair.to.target?.name ?? "-")
      })
    {
      dependsOn.append(
        festival.link(pair.to) + " <span class=\"muted\">via \(HTML.text(pair.protocol))</span>")
    }
    var usedBy: [String] = []
    for other in contract.components where other.dependencies.contains(where: isThis) {
      usedBy.append(festival.componentLink(other.name) + protocolBetween(other.name, component.name))
    }
    for pair in contract.protocolPairs where isThis(pair.to) {
      let name = pair.from.target?.name ?? pair.from.written
      if !contract.components.contains(where: {
        Fold.key($0.name) == Fold.key(name) && $0.dependencies.contains(where: isThis)
      }) {
        usedBy.append(
          festival.link(pair.from) + " <span class=\"muted\">via \(HTML.text(pair.protocol))</span>")
      }
    }
    let none = "<p class=\"muted\">None.</p>"
    return HTML.section("Depends on", id: "depends-on", dependsOn.isEmpty ? none : HTML.list(dependsOn))
      + HTML.section("Used by", id: "used-by", usedBy.isEmpty ? none : HTML.list(usedBy))
  }

  private static func messaging(
    _ contract: InterfaceContract, _ festival: FestivalContext, _ isThis: (NameReference?) -> Bool,
    _ key: String
  ) -> String {
    var html = ""
    let published = contract.events.enumerated().filter { isThis($0.element.publisher) }
    let consumed = contract.events.enumerated().filter { $0.element.subscribers.contains(where: isThis) }
    if !published.isEmpty || !consumed.isEmpty {
      var body = ""
      if !published.isEmpty {
        body +=
          "<h3>Publishes</h3>"
          + HTML.list(published.map { festival.pageLink(festival.plan.events, $0.offset, $0.element.name) })
      }
      if !consumed.isEmpty {
        body +=
          "<h3>Consumes</h3>"
          + HTML.list(consumed.map { festival.pageLink(festival.plan.events, $0.offset, $0.element.name) })
      }
      html += HTML.section("Events", id: "events", body)
    }
    let queues = contract.queues.enumerated().filter { Fold.key($0.element.owner?.component ?? "") == key }
    if !queues.isEmpty {
      html += HTML.section(
        "Queues", id: "queues",
        HTML.list(
          queues.map {
            festival.pageLink(festival.plan.queues, $0.offset, $0.element.name)
              + Ownership.note($0.element.owner)
          }))
    }
    return html
  }

  private static func figures(
    _ contract: InterfaceContract, _ festival: FestivalContext, _ isThis: (NameReference?) -> Bool,
    _ key: String
  ) -> String {
    let ownedEndpoints = Set(
      contract.endpoints.filter { Fold.key($0.owner?.component ?? "") == key }.map { Fold.key($0.name) })
    let ownedOperations = Set(
      contract.serviceInterfaces.filter { isThis($0.component) }.flatMap {
        $0.operations.map { Fold.key($0.name) }
      })
    let performance = contract.performance.filter { row in
      isThis(row.subject) || ownedEndpoints.contains(Fold.key(row.subject.target?.name ?? ""))
        || ownedOperations.contains(Fold.key(row.subject.target?.name ?? ""))
    }
    var html = ""
    if !performance.isEmpty { html += PerformanceTable.render(performance, festival) }
    let scaling = contract.scalability.filter { isThis($0.component) }
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

  /// Authorization resources named like an entity this component owns.
  private static func ownedResources(
    _ contract: InterfaceContract, _ entities: [DataEntity], _ festival: FestivalContext
  ) -> String {
    guard let matrix = contract.authorization else { return "" }
    let stems = Set(entities.map { Fold.stem($0.name) })
    let rows = matrix.rows.filter { stems.contains(Fold.stem($0.resource)) }
    guard !rows.isEmpty else { return "" }
    return HTML.section(
      "Authorization", id: "authorization", AuthorizationTable.render(matrix.roles, rows, festival))
  }
}
