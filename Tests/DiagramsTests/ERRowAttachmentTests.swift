import Foundation
import Testing

@testable import Diagrams

/// Relationships that name a row at an end (the generated data model's field references) leave and
/// enter at that row's side, at its height.
@Suite struct ERRowAttachmentTests {
  static func diagram() -> ERDiagram {
    var diagram = ERDiagram()
    diagram.direction = .leftToRight
    var order = EREntity(name: "Order")
    order.attributes = [
      ERAttribute(type: "uuid", name: "id", keys: ["PK"]), ERAttribute(type: "string", name: "note"),
      ERAttribute(type: "uuid", name: "customer_id", keys: ["FK"]),
      ERAttribute(type: "uuid", name: "address_id", keys: ["FK"]),
    ]
    var customer = EREntity(name: "Customer")
    customer.attributes = [
      ERAttribute(type: "uuid", name: "id", keys: ["PK"]), ERAttribute(type: "string", name: "name"),
    ]
    var address = EREntity(name: "Address")
    address.attributes = [
      ERAttribute(type: "string", name: "street"), ERAttribute(type: "uuid", name: "id", keys: ["PK"]),
    ]
    diagram.entities = [order, customer, address]
    for (target, field) in [("Customer", "customer_id"), ("Address", "address_id")] {
      var relationship = ERRelationship(
        from: "Order", to: target, fromCardinality: .zeroOrMore, toCardinality: .exactlyOne,
        identifying: false,
        label: field)
      relationship.fromAttribute = field
      relationship.toAttribute = "id"
      diagram.relationships.append(relationship)
    }
    return diagram
  }

  @Test func endsSitOnTheirRowsSides() throws {
    let diagram = Self.diagram()
    let drawing = ERLayout.layout(diagram)
    let tables = Dictionary(uniqueKeysWithValues: drawing.tables.map { ($0.table.entity.name, $0) })
    for edge in drawing.flow.edges {
      let relationship = drawing.relationships[Int(edge.edge.id.dropFirst())!]
      for (name, row, point) in [
        (relationship.from, relationship.fromAttribute!, edge.points.first!),
        (relationship.to, relationship.toAttribute!, edge.points.last!),
      ] {
        let table = try #require(tables[name])
        let index = try #require(table.table.entity.attributes.firstIndex { $0.name == row })
        #expect(abs(point.y - (table.origin.y + table.table.rowCenter(index))) < 0.01, "\(name).\(row)")
        let onSide =
          abs(point.x - table.origin.x) < 0.01 || abs(point.x - table.origin.x - table.width) < 0.01
        #expect(onSide, "\(name).\(row) ends on the table's left or right side")
      }
    }
    let metrics = DrawingMetrics(drawing.flow)
    #expect(metrics.foldBacks == 0 && metrics.crossings == 0 && metrics.edgesThroughNodes == 0)
    if let path = ProcessInfo.processInfo.environment["DUMP_ER_ROWS"] {
      try ERSVG.render(drawing, diagram: diagram, idPrefix: "rows").write(
        toFile: path, atomically: true, encoding: .utf8)
    }
  }
}
