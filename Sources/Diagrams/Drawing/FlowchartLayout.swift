import Foundation

/// Lays out a flowchart: each subgraph is laid out on its own, in its own direction, and then takes its
/// place as one block in its parent's layout, so a subgraph's `direction` holds even when edges cross its
/// border (mermaid drops it then). Edges end on node outlines and on cluster borders.
public enum FlowchartLayout {
  /// The most ranks one edge may ask to span (`A ------------> B`): each rank of a long edge is a node
  /// of the layered graph, and a fuzzed `~~~` of 55 links made a 36-node chart take seconds.
  public static let longestEdge = 10

  public struct Options: Sendable {
    public var measurer = TextMeasurer(fontSize: 14)
    public var nodeMaxTextWidth = 200.0
    public var labelMaxTextWidth = 160.0
    public var clusterPadding = 16.0
    public var margin = 8.0
    /// Sizes of nodes drawn by another renderer (an ER diagram's tables): they replace the size the
    /// node's text and shape would give.
    public var nodeSizes: [String: NodeSize] = [:]
    /// The most room between ports on one side of a node (`LayoutInput.portStep`).
    public var portStep = 14.0
    /// Extra room between ranks, for marks at both ends of an edge (an ER diagram's crow's feet).
    public var extraRankSeparation = 0.0
    /// Fixed places where edges (by id) leave and enter plain nodes: an offset along the node's side
    /// from its centre, downward on a left or right side and rightward on a top or bottom one (an ER
    /// table's row).
    public var edgePorts: [String: EdgePorts] = [:]

    public init() {}
  }

  public static func layout(_ chart: Flowchart, options: Options = Options()) -> FlowchartDrawing {
    var engine = Engine(chart: chart, options: options)
    return engine.run()
  }

  /// Text to measure: markdown emphasis markers are not drawn.
  /// The text a node shows: a markdown label without its emphasis markers (they are drawn as emphasis).
  static func shownText(_ vertex: FlowVertex) -> String {
    guard let label = vertex.label, label.type == .markdown else { return plain(vertex.displayText) }
    return shownText(label)
  }

  /// A label's shown text: markdown without its emphasis markers, any other kind as `plain` gives it.
  static func shownText(_ label: FlowLabel) -> String {
    guard label.type == .markdown else { return plain(label.text) }
    let shown = String(LabelEmphasis.styled(label.text).map(\.character))
    return shown.contains(":fa-") ? withIconPlaceholders(shown) : shown
  }

  static func plain(_ text: String) -> String {
    // Most labels hold none of the marks; Foundation's replacing costs a bridged copy per call.
    let marks: [UInt8] = [UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: ":")]
    guard text.utf8.contains(where: { marks.contains($0) }) else { return text }
    let stripped = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
      .replacingOccurrences(of: "`", with: "")
    return stripped.contains(":fa-") ? withIconPlaceholders(stripped) : stripped
  }

  /// Font Awesome icons (`fa:fa-car`, `fab:fa-github`) as a small diamond: festdoc loads no icon font,
  /// and the icon's name printed as text read as part of the label.
  static func withIconPlaceholders(_ text: String) -> String {
    text.replacingOccurrences(
      of: #"\b(fa[bsrlkd]?|fak):fa-[A-Za-z0-9-]+"#, with: "◆", options: .regularExpression)
  }

  struct Placed {
    /// Item id -> centre, relative to the container's content origin.
    var centers: [String: LayoutResult.Point] = [:]
    var edgePoints: [Int: [LayoutResult.Point]] = [:]
    var labelCenters: [Int: LayoutResult.Point] = [:]
    /// Edges that cross this container's border: their route between the inner end and the anchor where
    /// they enter (or leave), oriented from the edge's start to its end.
    var passRoutes: [Int: [LayoutResult.Point]] = [:]
    var width = 0.0
    var height = 0.0
  }

  struct Engine {
    let chart: Flowchart
    let options: Options
    var parentOf: [String: String] = [:]
    var subgraphs: [String: FlowSubgraph] = [:]
    var sizes: [String: (Double, Double)] = [:]
    var lines: [String: [String]] = [:]
    var labelLines: [Int: [String]] = [:]
    var labelSizes: [Int: (Double, Double)] = [:]
    var placed: [String: Placed] = [:]
    var blockSizes: [String: (Double, Double)] = [:]
    var titleLines: [String: [String]] = [:]
    /// Absolute centre, size and outline of every node and cluster, once assembled.
    var boxes: [String: (LayoutResult.Point, Double, Double, ShapeOutline)] = [:]
    /// The direction each container (root: "") was laid out in.
    var directions: [String: FlowDirection] = [:]
    /// Every node's and cluster's box (centre and size) from the previous layout, when a later one
    /// orders and sides border anchors by them (`reorderingBorders`); empty in the first layout.
    var previousBoxes: [String: (center: LayoutResult.Point, width: Double, height: Double)] = [:]

    init(chart: Flowchart, options: Options) {
      self.chart = chart
      self.options = options
    }

    var lineHeight: Double { options.measurer.lineHeight }

    func isSubgraph(_ id: String) -> Bool { subgraphs[id] != nil }

    /// Whether `candidate` is `id` or contains it, through the parents assigned so far.
    func isAncestor(_ candidate: String, of id: String) -> Bool {
      var current: String? = id
      var steps = 0
      while let node = current, steps <= parentOf.count {
        if node == candidate { return true }
        current = parentOf[node]
        steps += 1
      }
      return false
    }

    mutating func run() -> FlowchartDrawing {
      // A subgraph declared twice is one, with the members of both; a member that would make a
      // subgraph its own ancestor (`a` in `b` and `b` in `a`) stays where it was first put.
      // The root container goes by "", so a subgraph without an id is drawn as plain members.
      for subgraph in chart.subgraphs where !subgraph.id.isEmpty {
        if var known = subgraphs[subgraph.id] {
          known.nodes += subgraph.nodes.filter { !known.nodes.contains($0) }
          subgraphs[subgraph.id] = known
        } else {
          subgraphs[subgraph.id] = subgraph
        }
        for member in subgraph.nodes where parentOf[member] == nil && member != subgraph.id {
          if !isAncestor(member, of: subgraph.id) { parentOf[member] = subgraph.id }
        }
      }
      let measurer = options.measurer
      for vertex in chart.vertices where !isSubgraph(vertex.id) {
        let shape = NodeShape(mermaid: vertex.shape)
        let wrapped = measurer.wrap(FlowchartLayout.shownText(vertex), maxWidth: options.nodeMaxTextWidth)
        lines[vertex.id] = wrapped
        let textWidth = wrapped.map(measurer.width).max() ?? 0
        sizes[vertex.id] =
          options.nodeSizes[vertex.id].map { ($0.width, $0.height) }
          ?? shape.size(textWidth: textWidth, textHeight: Double(wrapped.count) * lineHeight)
      }
      for (index, edge) in chart.edges.enumerated() {
        guard let label = edge.label, !label.text.isEmpty else { continue }
        let wrapped = measurer.wrap(FlowchartLayout.shownText(label), maxWidth: options.labelMaxTextWidth)
        labelLines[index] = wrapped
        labelSizes[index] = (
          (wrapped.map(measurer.width).max() ?? 0) + 8, Double(wrapped.count) * lineHeight + 4
        )
      }
      layoutRoot()
      return reorderingBorders(assemble())
    }

    /// Lays out the whole chart, each subgraph before its parent.
    mutating func layoutRoot() {
      let rootDirection = chart.direction ?? .topToBottom
      layoutContainer(nil, direction: rootDirection, parentDirection: rootDirection)
    }

    /// The item of `container` that holds `id` (the id itself when it is a direct member).
    func item(for id: String, in container: String?) -> String? {
      var current = id
      while true {
        let parent = parentOf[current]
        if parent == container { return current }
        guard let next = parent else { return nil }
        current = next
      }
    }

    /// The innermost container holding both ends of an edge.
    func owner(of edge: FlowEdge) -> String? {
      func chain(_ id: String) -> [String?] {
        var result: [String?] = []
        var current = parentOf[id]
        while let container = current {
          result.append(container)
          current = parentOf[container]
        }
        return result + [nil]
      }
      let startChain = isSubgraph(edge.start) ? chain(edge.start) : chain(edge.start)
      let endChain = Set(chain(edge.end).map { $0 ?? "" })
      for container in startChain where endChain.contains(container ?? "") {
        // An edge from a subgraph to one of its own members belongs to that subgraph's parent.
        if let container, container == edge.start || container == edge.end { continue }
        return container
      }
      return nil
    }

    /// Whether the edge runs between a subgraph and a node or subgraph inside it.
    func joinsClusterToMember(_ edge: FlowEdge) -> Bool {
      guard edge.start != edge.end else { return false }
      return (isSubgraph(edge.start) && isAncestor(edge.start, of: edge.end))
        || (isSubgraph(edge.end) && isAncestor(edge.end, of: edge.start))
    }

    /// Which rank end of a layout in `direction` lies on `side`, if one does.
    static func pin(for side: FlowDirection.Side, in direction: FlowDirection) -> LayoutInput.Node.Pin? {
      if direction.startSide == side { return .top }
      if direction.endSide == side { return .bottom }
      return nil
    }

    /// True when `ancestor` (nil for the root) strictly contains `container`.
    func isAncestor(_ ancestor: String?, of container: String?) -> Bool {
      guard let container else { return false }
      var current = parentOf[container]
      while true {
        if current == ancestor { return true }
        guard let next = current else { return false }
        current = parentOf[next]
      }
    }

    // Edges from outside get an anchor on this container's entry (or exit) side, so they come in along
    // the flow instead of cutting across the container's content.
    mutating func addPassEdges(
      _ input: inout LayoutInput, container: String?, index: [String: Int], direction: FlowDirection,
      parentDirection: FlowDirection
    ) -> [(edge: Int, leaving: Bool, anchorIsSource: Bool)] {
      let horizontal = direction == .leftToRight || direction == .rightToLeft
      var passEdges: [(edge: Int, leaving: Bool, anchorIsSource: Bool)] = []
      for (edgeIndex, edge) in chart.edges.enumerated() where edge.start != edge.end {
        guard isAncestor(owner(of: edge), of: container) else { continue }
        let startItem =
          edge.start == container ? nil : item(for: edge.start, in: container).flatMap { index[$0] }
        let endItem = edge.end == container ? nil : item(for: edge.end, in: container).flatMap { index[$0] }
        // The side the edge crosses is the parent flow's end (leaving) or start (entering); an anchor
        // can hold it only when that side is one of this layout's rank ends.
        let leavingSide = borderSide(
          edgeIndex, of: container, leaving: true, parentDirection: parentDirection)
        let enteringSide = borderSide(
          edgeIndex, of: container, leaving: false, parentDirection: parentDirection)
        if let startItem, let pin = Self.pin(for: leavingSide, in: direction) {
          input.nodes.append(LayoutInput.Node(width: 0, height: 0))
          input.nodes[input.nodes.count - 1].pin = pin
          var passEdge =
            pin == .bottom
            ? LayoutInput.Edge(from: startItem, to: input.nodes.count - 1, weight: 2)
            : LayoutInput.Edge(from: input.nodes.count - 1, to: startItem, weight: 2)
          if pin == .bottom {
            passEdge.tailPort = borderOffset(
              edgeIndex, endpoint: edge.start, in: container, leaving: true, horizontal)
          }
          input.edges.append(passEdge)
          passEdges.append((edgeIndex, true, pin == .top))
          input.nodes[input.nodes.count - 1].orderKey = borderKey(edgeIndex, leaving: true, in: container)
        } else if let endItem, let pin = Self.pin(for: enteringSide, in: direction) {
          input.nodes.append(LayoutInput.Node(width: 0, height: 0))
          input.nodes[input.nodes.count - 1].pin = pin
          var passEdge =
            pin == .top
            ? LayoutInput.Edge(from: input.nodes.count - 1, to: endItem, weight: 2)
            : LayoutInput.Edge(from: endItem, to: input.nodes.count - 1, weight: 2)
          if pin == .top {
            passEdge.headPort = borderOffset(
              edgeIndex, endpoint: edge.end, in: container, leaving: false, horizontal)
          }
          input.edges.append(passEdge)
          passEdges.append((edgeIndex, false, pin == .top))
          input.nodes[input.nodes.count - 1].orderKey = borderKey(edgeIndex, leaving: false, in: container)
        }
      }
      return passEdges
    }

    /// A cluster's block: its content, its wrapped title above, padding around.
    mutating func sizeBlock(_ container: String, content place: FlowchartLayout.Placed) {
      let title = subgraphs[container]!.title.text
      let wrapped = title.isEmpty ? [] : options.measurer.wrap(FlowchartLayout.plain(title), maxWidth: 260)
      titleLines[container] = wrapped
      let titleWidth = titleWidth(wrapped)
      let padding = options.clusterPadding
      let contentWidth = titleRoom(place, titleWidth: titleWidth)
      blockSizes[container] = (
        contentWidth + 2 * padding,
        place.height + 2 * padding + titleSpace(container)
      )
    }

    /// The edges whose ends both lie in `container`, between the items that hold them; returns their
    /// indexes in the chart.
    func addOwnedEdges(
      _ input: inout LayoutInput, container: String?, index: [String: Int], horizontal: Bool
    ) -> [Int] {
      var edgeIndexes: [Int] = []
      for (edgeIndex, edge) in chart.edges.enumerated() where owner(of: edge) == container {
        // Drawn inside the cluster from its border (`clusterMemberRoute`), not as a loop around it.
        guard !joinsClusterToMember(edge) else { continue }
        guard let from = item(for: edge.start, in: container).flatMap({ index[$0] }),
          let to = item(for: edge.end, in: container).flatMap({ index[$0] })
        else { continue }
        let (labelWidth, labelHeight) = labelSizes[edgeIndex] ?? (0, 0)
        var layoutEdge = LayoutInput.Edge(
          from: from, to: to, minLength: min(edge.length, FlowchartLayout.longestEdge),
          weight: edge.stroke == .invisible ? 0.5 : 1,
          labelWidth: horizontal ? labelHeight : labelWidth,
          labelHeight: horizontal ? labelWidth : labelHeight)
        layoutEdge.tailPort = borderOffset(
          edgeIndex, endpoint: edge.start, in: container, leaving: true, horizontal)
        layoutEdge.headPort = borderOffset(
          edgeIndex, endpoint: edge.end, in: container, leaving: false, horizontal)
        if let ports = options.edgePorts[edge.id] {
          // Only where the edge meets the node itself; a cluster's border keeps its anchor.
          if layoutEdge.tailPort == nil, item(for: edge.start, in: container) == edge.start {
            layoutEdge.tailPort = ports.tail
          }
          if layoutEdge.headPort == nil, item(for: edge.end, in: container) == edge.end {
            layoutEdge.headPort = ports.head
          }
        }
        input.edges.append(layoutEdge)
        edgeIndexes.append(edgeIndex)
      }
      return edgeIndexes
    }

    mutating func layoutContainer(
      _ container: String?, direction: FlowDirection, parentDirection: FlowDirection
    ) {
      directions[container ?? ""] = direction
      var members: [String]
      if let container {
        members = subgraphs[container]!.nodes.filter { parentOf[$0] == container }
      } else {
        members = (chart.vertices.map(\.id).filter { !isSubgraph($0) } + chart.subgraphs.map(\.id)).filter {
          parentOf[$0] == nil
        }
      }
      // A subgraph declared twice, or a node listed twice, is one item.
      var seen: Set<String> = []
      members = members.filter { seen.insert($0).inserted }
      var itemSizes: [String: (Double, Double)] = [:]
      for member in members {
        if let subgraph = subgraphs[member] {
          layoutContainer(member, direction: subgraph.direction ?? direction, parentDirection: direction)
          itemSizes[member] = blockSizes[member]
        } else if let size = sizes[member] {
          itemSizes[member] = size
        }
      }
      let items = members.filter { itemSizes[$0] != nil }
      let index = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
      let horizontal = direction == .leftToRight || direction == .rightToLeft
      var input = LayoutInput(
        nodes: items.map { item in
          let (width, height) = itemSizes[item]!
          return LayoutInput.Node(width: horizontal ? height : width, height: horizontal ? width : height)
        }, edges: [])
      let edgeIndexes = addOwnedEdges(&input, container: container, index: index, horizontal: horizontal)
      let passEdges =
        container == nil
        ? []
        : addPassEdges(
          &input, container: container, index: index, direction: direction, parentDirection: parentDirection)
      widenCrowdedNodes(&input, items: items, horizontal: horizontal)
      input.portStep = options.portStep
      if horizontal {
        input.rankSeparation = 56
        input.nodeSeparation = 28
      }
      input.rankSeparation += options.extraRankSeparation
      let result = LayeredLayout.layout(input)
      func transform(_ point: LayoutResult.Point) -> LayoutResult.Point {
        switch direction {
        case .topToBottom: point
        case .bottomToTop: LayoutResult.Point(x: point.x, y: result.height - point.y)
        case .leftToRight: LayoutResult.Point(x: point.y, y: point.x)
        case .rightToLeft: LayoutResult.Point(x: result.height - point.y, y: point.x)
        }
      }
      var place = Placed()
      for (position, item) in items.enumerated() { place.centers[item] = transform(result.centers[position]) }
      for (position, edgeIndex) in edgeIndexes.enumerated() {
        place.edgePoints[edgeIndex] = result.edgePoints[position].map(transform)
        if let label = result.labelCenters[position] { place.labelCenters[edgeIndex] = transform(label) }
      }
      for (offset, pass) in passEdges.enumerated() {
        var route = result.edgePoints[edgeIndexes.count + offset].map(transform)
        // Stored from the edge's start to its end: inner end first when leaving, anchor first when entering.
        if pass.leaving == pass.anchorIsSource { route.reverse() }
        place.passRoutes[pass.edge] = route
      }
      place.width = horizontal ? result.height : result.width
      place.height = horizontal ? result.width : result.height
      placed[container ?? ""] = place
      if let container { sizeBlock(container, content: place) }
    }
  }
}
