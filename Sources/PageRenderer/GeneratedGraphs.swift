import Diagrams
import FestivalModel
import Foundation
import SitePlan

/// Graphs festdoc draws from the contract itself, with the same engine as authors' diagrams: the system's
/// dependencies, a component's neighbourhood, and the flow of events.
enum GeneratedGraphs {
  /// Components and external systems; an edge for each dependency, labelled with the pair's protocol.
  /// `only` limits it to some components (a neighbourhood, or a group).
  static func system(_ contract: InterfaceContract, only: Set<String>? = nil, highlight: String? = nil)
    -> Flowchart
  {
    var chart = Flowchart()
    chart.direction = .leftToRight
    var ids: [String: String] = [:]
    func include(_ name: String) -> Bool { only?.contains(Fold.key(name)) ?? true }
    for (index, component) in contract.components.enumerated() where include(component.name) {
      let id = "c\(index)"
      ids[Fold.key(component.name)] = id
      var vertex = FlowVertex(id: id, line: 0, column: 0)
      vertex.label = FlowLabel(component.name)
      vertex.shape = Fold.key(component.name) == highlight.map(Fold.key) ? "stadium" : "rounded"
      if Fold.key(component.name) == highlight.map(Fold.key) { vertex.styles = ["stroke-width:3px"] }
      chart.vertices.append(vertex)
    }
    for (index, system) in contract.externalSystems.enumerated() where include(system.name) {
      let id = "x\(index)"
      ids[Fold.key(system.name)] = id
      var vertex = FlowVertex(id: id, line: 0, column: 0)
      vertex.label = FlowLabel(system.name)
      vertex.shape = "cyl"
      chart.vertices.append(vertex)
    }
    for component in contract.components {
      guard let from = ids[Fold.key(component.name)] else { continue }
      for dependency in component.dependencies {
        guard let target = dependency.target, let to = ids[Fold.key(target.name)] else { continue }
        let label = protocolBetween(contract, component.name, target.name)
        chart.edges.append(
          FlowEdge(
            start: from, end: to, head: .point, stroke: .normal, length: 1,
            label: label.map { FlowLabel($0) },
            id: "d_\(from)_\(to)", isUserDefinedID: true, line: 0))
      }
    }
    return chart
  }

  static func protocolBetween(_ contract: InterfaceContract, _ from: String, _ to: String) -> String? {
    contract.protocolPairs.first { pair in
      let a = Fold.key(pair.from.target?.name ?? pair.from.written)
      let b = Fold.key(pair.to.target?.name ?? pair.to.written)
      return (a == Fold.key(from) && b == Fold.key(to))
        || (pair.bidirectional && a == Fold.key(to) && b == Fold.key(from))
    }?.protocol
  }

  /// The components and systems within two dependency steps of `name`, either way.
  static func neighbourhood(_ contract: InterfaceContract, of name: String) -> Flowchart {
    var edges: [(String, String)] = []
    for component in contract.components {
      for dependency in component.dependencies {
        if let target = dependency.target { edges.append((Fold.key(component.name), Fold.key(target.name))) }
      }
    }
    var reached: Set<String> = [Fold.key(name)]
    var frontier: Set<String> = reached
    for _ in 0..<2 {
      var next = Set<String>()
      for (from, to) in edges {
        if frontier.contains(from) && !reached.contains(to) { next.insert(to) }
        if frontier.contains(to) && !reached.contains(from) { next.insert(from) }
      }
      reached.formUnion(next)
      frontier = next
    }
    return system(contract, only: reached, highlight: name)
  }

  /// Publishers -> events -> subscribers.
  static func eventFlow(_ contract: InterfaceContract, only events: [Int]? = nil) -> Flowchart {
    var chart = Flowchart()
    chart.direction = .leftToRight
    var ids: [String: String] = [:]
    func node(_ name: String) -> String {
      let key = Fold.key(name)
      if let id = ids[key] { return id }
      let id = "n\(ids.count)"
      ids[key] = id
      var vertex = FlowVertex(id: id, line: 0, column: 0)
      vertex.label = FlowLabel(name)
      vertex.shape = contract.externalSystems.contains { Fold.key($0.name) == key } ? "cyl" : "rounded"
      chart.vertices.append(vertex)
      return id
    }
    for index in events ?? Array(contract.events.indices) {
      let event = contract.events[index]
      let eventID = "e\(index)"
      var vertex = FlowVertex(id: eventID, line: 0, column: 0)
      vertex.label = FlowLabel(event.name)
      vertex.shape = "lean-r"
      let publisher = event.publisher.map { node($0.target?.name ?? $0.written) }
      chart.vertices.append(vertex)
      if let publisher {
        chart.edges.append(
          FlowEdge(
            start: publisher, end: eventID, head: .point, stroke: .normal, length: 1, label: nil,
            id: "p_\(publisher)_\(eventID)", isUserDefinedID: true, line: 0))
      }
      for subscriber in event.subscribers {
        let target = node(subscriber.target?.name ?? subscriber.written)
        chart.edges.append(
          FlowEdge(
            start: eventID, end: target, head: .point, stroke: .dotted, length: 1, label: nil,
            id: "s_\(eventID)_\(target)", isUserDefinedID: true, line: 0))
      }
    }
    return chart
  }

  /// Draws a generated graph into a page, linking every node that has a page.
  static func figure(
    _ chart: Flowchart, caption: String, pagePath: String, number: Int, links: [String: String]
  ) -> DiagramFigure {
    DiagramFigure.make(
      chart: chart, source: caption + "\u{0}" + pagePath, caption: caption, pagePath: pagePath,
      number: number,
      links: links)
  }

  /// Links for a generated graph's nodes: components, external systems and events that have pages.
  static func links(_ chart: Flowchart, festival: FestivalContext) -> [String: String] {
    var links: [String: String] = [:]
    guard let contract = festival.contract else { return links }
    for vertex in chart.vertices {
      let key = Fold.key(vertex.displayText)
      var target: String?
      if let index = contract.components.firstIndex(where: { Fold.key($0.name) == key }),
        index < festival.plan.components.count
      {
        target = festival.plan.components[index]
      } else if let index = contract.externalSystems.firstIndex(where: { Fold.key($0.name) == key }),
        index < festival.plan.externalSystems.count
      {
        target = festival.plan.externalSystems[index]
      } else if vertex.id.hasPrefix("e"),
        let index = contract.events.firstIndex(where: { Fold.key($0.name) == key }),
        index < festival.plan.events.count
      {
        target = festival.plan.events[index]
      }
      if let target { links[vertex.id] = festival.href(target) }
    }
    return links
  }
}
