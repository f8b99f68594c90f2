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
    let protocols = protocolIndex(contract)
    for component in contract.components {
      let fromKey = Fold.key(component.name)
      guard let from = ids[fromKey] else { continue }
      for dependency in component.dependencies {
        guard let target = dependency.target else { continue }
        let toKey = Fold.key(target.name)
        guard let to = ids[toKey] else { continue }
        let label = protocols[fromKey + "\u{0}" + toKey]
        chart.edges.append(
          FlowEdge(
            start: from, end: to, head: .point, stroke: .normal, length: 1,
            label: label.map { FlowLabel($0) },
            id: "d_\(from)_\(to)", isUserDefinedID: true, line: 0))
      }
    }
    return chart
  }

  /// The protocol of each pair, by "from\0to" folded keys (both orders for two-way pairs).
  static func protocolIndex(_ contract: InterfaceContract) -> [String: String] {
    var index: [String: String] = [:]
    for pair in contract.protocolPairs.reversed() {
      let a = Fold.key(pair.from.target?.name ?? pair.from.written)
      let b = Fold.key(pair.to.target?.name ?? pair.to.written)
      index[a + "\u{0}" + b] = pair.protocol
      if pair.bidirectional { index[b + "\u{0}" + a] = pair.protocol }
    }
    return index
  }

  static func protocolBetween(_ contract: InterfaceContract, _ from: String, _ to: String) -> String? {
    contract.protocolPairs.first { pair in
      let a = Fold.key(pair.from.target?.name ?? pair.from.written)
      let b = Fold.key(pair.to.target?.name ?? pair.to.written)
      return (a == Fold.key(from) && b == Fold.key(to))
        || (pair.bidirectional && a == Fold.key(to) && b == Fold.key(from))
    }?.protocol
  }

  /// The most events the festival home draws as one event flow.
  static let eventFlowLimit = 150

  /// The most nodes a neighbourhood graph takes its second step to.
  static let neighbourhoodLimit = 40

  /// The components and systems within two dependency steps of `name`, either way (one step when two
  /// would pass `neighbourhoodLimit`).
  static func neighbourhood(_ contract: InterfaceContract, of name: String) -> Flowchart {
    var edges: [(String, String)] = []
    for component in contract.components {
      for dependency in component.dependencies {
        if let target = dependency.target { edges.append((Fold.key(component.name), Fold.key(target.name))) }
      }
    }
    var reached: Set<String> = [Fold.key(name)]
    var frontier: Set<String> = reached
    for step in 0..<2 {
      var next = Set<String>()
      for (from, to) in edges {
        if frontier.contains(from) && !reached.contains(to) { next.insert(to) }
        if frontier.contains(to) && !reached.contains(from) { next.insert(from) }
      }
      // The second step is left out where it would crowd the picture; the system graph has the rest.
      if step == 1 && reached.count + next.count > neighbourhoodLimit { break }
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
    for vertex in chart.vertices {
      let key = Fold.key(vertex.displayText)
      var target: String?
      if let index = festival.lookup.components[key], index < festival.plan.components.count {
        target = festival.plan.components[index]
      } else if let index = festival.lookup.systems[key], index < festival.plan.externalSystems.count {
        target = festival.plan.externalSystems[index]
      } else if vertex.id.hasPrefix("e"), let index = festival.lookup.events[key],
        index < festival.plan.events.count
      {
        target = festival.plan.events[index]
      }
      if let target { links[vertex.id] = festival.href(target) }
    }
    return links
  }

}
