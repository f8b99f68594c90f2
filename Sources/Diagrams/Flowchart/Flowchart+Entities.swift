extension Flowchart {
  /// Every label with its entity placeholders turned back into characters.
  func decodingEntities() -> Flowchart {
    var chart = self
    func decode(_ label: FlowLabel?) -> FlowLabel? {
      label.map { FlowLabel(EntityCodes.decode($0.text), type: $0.type) }
    }
    for index in chart.vertices.indices { chart.vertices[index].label = decode(chart.vertices[index].label) }
    for index in chart.edges.indices { chart.edges[index].label = decode(chart.edges[index].label) }
    for index in chart.subgraphs.indices {
      chart.subgraphs[index].title = decode(chart.subgraphs[index].title) ?? chart.subgraphs[index].title
    }
    chart.accTitle = chart.accTitle.map(EntityCodes.decode)
    chart.accDescr = chart.accDescr.map(EntityCodes.decode)
    return chart
  }
}
