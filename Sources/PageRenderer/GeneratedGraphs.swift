import Diagrams
import FestivalModel
import Foundation
import SitePlan

/// Graphs festdoc draws from the contract itself, with the same engine as authors' diagrams: the system's
/// dependencies, a component's neighbourhood, and the flow of events.
enum GeneratedGraphs {
  /// Components and external systems; an edge for each dependency, labelled with the pair's protocol.
  /// `only` limits it to some components and systems by folded name (a neighbourhood, or a group).
  static func system(
    _ contract: InterfaceContract, index: FestivalIndex, only: Set<String>? = nil, highlight: String? = nil
  ) -> Flowchart {
    var chart = Flowchart()
    chart.direction = .leftToRight
    var ids: [String: String] = [:]
    let highlightKey = highlight.map(Fold.key)
    let componentIndexes =
      only.map { keys in keys.compactMap { index.components[$0] }.sorted() }
      ?? Array(contract.components.indices)
    let systemIndexes =
      only.map { keys in keys.compactMap { index.systems[$0] }.sorted() }
      ?? Array(contract.externalSystems.indices)
    for position in componentIndexes {
      let key = index.componentKeys[position]
      guard ids[key] == nil else { continue }
      let id = "c\(position)"
      ids[key] = id
      var vertex = FlowVertex(
        id: id, label: contract.components[position].name, shape: key == highlightKey ? .stadium : .rounded)
      if key == highlightKey { vertex.styles = ["stroke-width:3px"] }
      chart.vertices.append(vertex)
    }
    for position in systemIndexes {
      let key = index.systemKeys[position]
      guard ids[key] == nil else { continue }
      let id = "x\(position)"
      ids[key] = id
      chart.vertices.append(
        FlowVertex(id: id, label: contract.externalSystems[position].name, shape: .cylinder))
    }
    let graph = contract.relationships
    for position in componentIndexes {
      let fromKey = index.componentKeys[position]
      guard let from = ids[fromKey] else { continue }
      let node = ContractGraph.Node(kind: .component, index: position)
      for edge in graph.edges(from: node, .dependsOn) where !edge.byWrittenName {
        let toKey = graph.key(edge.to)
        guard let to = ids[toKey] else { continue }
        let label = index.protocols[fromKey + "\u{0}" + toKey]
        chart.edges.append(
          FlowEdge(
            start: from, end: to, head: .point, stroke: .normal, length: 1,
            label: label.map { FlowLabel($0) },
            id: "d_\(from)_\(to)", isUserDefinedID: true, line: 0))
      }
    }
    return chart
  }

  /// The most events the festival home draws as one event flow.
  static let eventFlowLimit = 150

  /// The most nodes a neighbourhood graph takes its second step to.
  static let neighbourhoodLimit = 40

  /// The components and systems within two dependency steps of `name`, either way (one step when two
  /// would pass `neighbourhoodLimit`).
  static func neighbourhood(_ contract: InterfaceContract, index: FestivalIndex, of name: String) -> Flowchart
  {
    func neighbours(_ key: String) -> [String] {
      (index.dependencies[key] ?? []) + (index.dependents[key] ?? []).map { index.componentKeys[$0] }
    }
    var reached: Set<String> = [Fold.key(name)]
    var frontier: Set<String> = reached
    for step in 0..<2 {
      var next = Set<String>()
      for key in frontier.sorted() {
        for other in neighbours(key) where !reached.contains(other) { next.insert(other) }
      }
      // The second step is left out where it would crowd the picture; the system graph has the rest.
      if step == 1 && reached.count + next.count > neighbourhoodLimit { break }
      reached.formUnion(next)
      frontier = next
    }
    return system(contract, index: index, only: reached, highlight: name)
  }

  /// Publishers -> events -> subscribers; `systems` are the external systems by folded name (drawn as
  /// cylinders).
  static func eventFlow(_ contract: InterfaceContract, systems: [String: Int], only events: [Int]? = nil)
    -> Flowchart
  {
    var chart = Flowchart()
    chart.direction = .leftToRight
    var ids: [String: String] = [:]
    func node(_ name: String) -> String {
      let key = Fold.key(name)
      if let id = ids[key] { return id }
      let id = "n\(ids.count)"
      ids[key] = id
      // By the festival's index of folded system names: a scan of every system per node made each of
      // ten thousand event pages cost as much as the whole catalog.
      chart.vertices.append(
        FlowVertex(id: id, label: name, shape: systems[key] != nil ? .cylinder : .rounded))
      return id
    }
    for index in events ?? Array(contract.events.indices) {
      let event = contract.events[index]
      let eventID = "e\(index)"
      let vertex = FlowVertex(id: eventID, label: event.name, shape: .leanRight)
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
    _ chart: Flowchart, caption: String, pagePath: String, number: Int, links: [String: String],
    layouts: FlowchartLayoutCache?, drawn: FlowchartDrawing? = nil
  ) -> DiagramFigure {
    DiagramFigure.make(
      chart: chart, source: caption + "\u{0}" + pagePath, caption: caption, pagePath: pagePath,
      number: number, links: links, layouts: layouts, drawn: drawn)
  }

  /// Links for a generated graph's nodes: components, external systems and events that have pages.
  static func links(_ chart: Flowchart, festival: FestivalContext) -> [String: String] {
    var links: [String: String] = [:]
    for vertex in chart.vertices {
      let key = Fold.key(vertex.displayText)
      var target: String?
      if let index = festival.lookup.components[key] {
        target = festival.page(.component, index)
      } else if let index = festival.lookup.systems[key] {
        target = festival.page(.externalSystem, index)
      } else if vertex.id.hasPrefix("e"), let index = festival.lookup.events[key] {
        target = festival.page(.event, index)
      }
      if let target { links[vertex.id] = festival.href(target) }
    }
    return links
  }

}
