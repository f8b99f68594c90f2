import Testing

@testable import Diagrams

/// The class parser's own cases beyond mermaid's corpus: members and methods as mermaid splits them,
/// relation ends, lollipop interfaces, namespaces, and where errors point.
@Suite struct ClassParserTests {
  @Test func membersAndMethodsSplitAsMermaidSplitsThem() throws {
    let diagram = try ClassParser.parse(
      """
      classDiagram
      class Shape~T~ {
        <<abstract>>
        -List~int~ points
        +area()$ double
        +draw(canvas: Canvas)* bool
        #id$
      }
      Shape : +resize(factor) Shape~T~
      """)
    let shape = try #require(diagram.classes.first)
    #expect(shape.id == "Shape" && shape.genericType == "T" && shape.title == "Shape<T>")
    #expect(shape.annotations == ["abstract"])
    #expect(shape.members.map(\.displayText) == ["-List<int> points", "#id"])
    #expect(shape.members[1].classifier == "$")
    #expect(shape.methods.map(\.name) == ["area", "draw", "resize"])
    #expect(shape.methods[0].classifier == "$" && shape.methods[0].returnType == "double")
    #expect(shape.methods[1].classifier == "*" && shape.methods[1].parameters == "canvas: Canvas")
    #expect(shape.methods[2].displayText == "+resize(factor) : Shape<T>")
  }

  @Test func relationsKeepEndsLineLabelAndCardinalities() throws {
    let diagram = try ClassParser.parse(
      """
      classDiagram
      Animal <|-- Duck
      Order "1" *-- "many" Line : contains
      A ..> B
      C o--o D
      """)
    #expect(diagram.classes.map(\.id) == ["Animal", "Duck", "Order", "Line", "A", "B", "C", "D"])
    let inherits = diagram.relations[0]
    #expect(inherits.fromEnd == .extension && inherits.toEnd == ClassRelationEnd.none && !inherits.isDotted)
    let contains = diagram.relations[1]
    #expect(contains.fromEnd == .composition && contains.label == "contains")
    #expect(contains.fromCardinality == "1" && contains.toCardinality == "many" && contains.line == 3)
    #expect(diagram.relations[2].isDotted && diagram.relations[2].toEnd == .dependency)
    #expect(diagram.relations[3].fromEnd == .aggregation && diagram.relations[3].toEnd == .aggregation)
  }

  /// `Class ()-- Interface` draws the interface as a lollipop beside the class: no class is made of it.
  @Test func lollipopsMakeInterfacesNotClasses() throws {
    let diagram = try ClassParser.parse("classDiagram\nPrintable ()-- Document\nDocument --() Serializable\n")
    #expect(diagram.classes.map(\.id) == ["Document"])
    #expect(diagram.interfaces.map(\.label) == ["Printable", "Serializable"])
    #expect(diagram.relations.map(\.from) == ["interface0", "Document"])
    #expect(diagram.relations.map(\.to) == ["Document", "interface1"])
  }

  @Test func namespacesNestAndQualifyTheirIds() throws {
    let diagram = try ClassParser.parse(
      """
      classDiagram
      namespace Shop.Orders["Orders"] {
        class Order
        namespace Lines {
          class Line
        }
        note for Order "placed by a customer"
      }
      """)
    #expect(diagram.namespaces.map(\.id) == ["Shop", "Shop.Orders", "Shop.Orders.Lines"])
    #expect(diagram.namespaces.map(\.explicit) == [false, true, true])
    #expect(
      diagram.namespaces[1].label == "Orders" && diagram.namespaces[1].children == ["Shop.Orders.Lines"])
    #expect(diagram.classes.map(\.namespace) == ["Shop.Orders", "Shop.Orders.Lines"])
    #expect(diagram.notes.first?.namespace == "Shop.Orders" && diagram.notes.first?.className == "Order")
  }

  /// Jison ends `o` with `\b`: `o--` is an aggregation end and `owner` a name, but a class cannot
  /// be called `o` (mermaid refuses `A -- o` too).
  @Test func anAggregationEndNeedsAWordBoundary() throws {
    let diagram = try ClassParser.parse("classDiagram\norder --o owner\nA o-- B\n")
    #expect(diagram.relations[0].to == "owner" && diagram.relations[0].toEnd == .aggregation)
    #expect(diagram.relations[1].fromEnd == .aggregation)
    #expect(throws: DiagramError.self) { try ClassParser.parse("classDiagram\nA -- o\n") }
  }

  @Test func errorsPointAtTheirLineAndColumn() {
    #expect(throws: DiagramError("expected a quoted text, found the end of the line", line: 3, column: 11)) {
      try ClassParser.parse("classDiagram\nclass A\nnote for A\nclass B\n")
    }
    #expect(
      throws: DiagramError("<<interface>> names class 'Ghost', which is not declared", line: 2, column: 1)
    ) {
      try ClassParser.parse("classDiagram\n<<interface>> Ghost\n")
    }
    #expect(throws: DiagramError("expected '}', found the end of the diagram", line: 3, column: 9)) {
      try ClassParser.parse("classDiagram\nclass A {\n  +int x")
    }
  }
}
