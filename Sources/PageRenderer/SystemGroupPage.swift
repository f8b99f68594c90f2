import Diagrams
import FestivalModel
import SitePlan

/// One group of a large system: its components, what they depend on, and links to each.
enum SystemGroupPage {
  static func render(_ context: PageContext, festival index: Int, group number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract, number < festival.plan.systemGroups.count else {
      return PageBody(html: "")
    }
    let group = festival.plan.systemGroups[number]
    let members = group.components.compactMap { contract.elements.position(of: $0) }
    var names = Set(members.map { Fold.key(contract.components[$0].name) })
    for member in members {
      for dependency in contract.components[member].dependencies {
        if let target = dependency.target { names.insert(Fold.key(target.name)) }
      }
    }
    let chart = GeneratedGraphs.system(contract, index: festival.lookup, only: names)
    let figure = GeneratedGraphs.figure(
      chart, caption: "\(group.name): its components and what they depend on.", pagePath: context.page.path,
      number: 1,
      links: GeneratedGraphs.links(chart, festival: festival), layouts: context.layouts)
    var html: Markup = "<h1>\(HTML.text(group.name))</h1>\n" + figure.html
    html += HTML.section(
      "Components", id: "components",
      HTML.list(
        members.map { festival.pageLink(.component, $0, contract.components[$0].name) }
      ))
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index,
        [
          PageBody.Crumb(title: "System", href: context.href(festival.plan.home) + "#system"),
          PageBody.Crumb(title: group.name),
        ]),
      festival: index, files: [figure.file])
  }

  /// The overview: one node per group, edges where a group's components depend on another's.
  static func overview(
    _ contract: InterfaceContract, _ festival: FestivalContext, pagePath: String,
    layouts: FlowchartLayoutCache?
  ) -> DiagramFigure {
    var chart = Flowchart()
    chart.direction = .leftToRight
    var groupOf: [String: Int] = [:]
    for (number, group) in festival.plan.systemGroups.enumerated() {
      for member in group.components.compactMap({ contract.elements.position(of: $0) }) {
        groupOf[Fold.key(contract.components[member].name)] = number
      }
      var vertex = FlowVertex(id: "g\(number)", line: 0, column: 0)
      vertex.label = FlowLabel("\(group.name) (\(group.components.count))")
      vertex.shape = "rounded"
      chart.vertices.append(vertex)
    }
    var counts: [String: Int] = [:]
    var order: [String] = []
    for component in contract.components {
      guard let from = groupOf[Fold.key(component.name)] else { continue }
      for dependency in component.dependencies {
        guard let target = dependency.target, let to = groupOf[Fold.key(target.name)], to != from else {
          continue
        }
        let key = "g\(from)>g\(to)"
        if counts[key] == nil { order.append(key) }
        counts[key, default: 0] += 1
      }
    }
    // Each group shows its three strongest links out, so the overview stays readable at any size.
    var perGroup: [String: [String]] = [:]
    for key in order { perGroup[String(key.split(separator: ">")[0]), default: []].append(key) }
    // Worked out once per group: per link, the sort made the overview quadratic in the links.
    var strongest: Set<String> = []
    for keys in perGroup.values {
      strongest.formUnion(
        keys.enumerated().sorted {
          (counts[$0.element]!, -$0.offset) > (counts[$1.element]!, -$1.offset)
        }
        .prefix(3).map(\.element))
    }
    let kept = order.filter { strongest.contains($0) }
    for key in kept {
      let parts = key.split(separator: ">").map(String.init)
      chart.edges.append(
        FlowEdge(
          start: parts[0], end: parts[1], head: .point, stroke: .normal, length: 1,
          label: FlowLabel("\(counts[key]!) dependencies"), id: "o_\(parts[0])_\(parts[1])",
          isUserDefinedID: true, line: 0))
    }
    var links: [String: String] = [:]
    for (number, group) in festival.plan.systemGroups.enumerated() {
      links["g\(number)"] = festival.href(group.path)
    }
    return DiagramFigure.make(
      chart: chart, source: "overview\u{0}" + pagePath,
      caption: "The system by group: open a group for its graph.",
      pagePath: pagePath, number: 1, links: links, layouts: layouts)
  }
}
