import Testing

@testable import Diagrams

@Suite struct NodeShapeTests {
  /// A generated graph names its shapes by `NodeShape`; the name it writes reads back as the same shape.
  @Test(arguments: NodeShape.allCases)
  func mermaidNamesReadBack(_ shape: NodeShape) {
    #expect(NodeShape(mermaid: shape.mermaidName) == shape)
  }

  @Test func generatedVerticesCarryLabelAndShape() {
    let vertex = FlowVertex(id: "c1", label: "Order Service", shape: .cylinder)
    #expect(vertex.displayText == "Order Service")
    #expect(NodeShape(mermaid: vertex.shape) == .cylinder)
  }
}
