import Diagrams
import TestSupport
import Testing

@Suite struct FlowchartParserTests {
  private func parse(_ text: String) throws -> Flowchart { try FlowchartParser.parse(text) }

  @Test(arguments: [
    ("graph TD", FlowDirection.topToBottom), ("flowchart LR", .leftToRight), ("graph RL", .rightToLeft),
    ("graph BT", .bottomToTop), ("graph >", .leftToRight), ("graph <", .rightToLeft),
    ("graph ^", .bottomToTop),
    ("graph v", .topToBottom), ("flowchart", .topToBottom),
  ])
  func headerDirections(header: String, direction: FlowDirection) throws {
    #expect(try parse(header + "\nA-->B").direction == direction)
  }

  @Test func everyClassicShape() throws {
    let chart = try parse(try fixture("shapes.mmd"))
    let shapes = Dictionary(uniqueKeysWithValues: chart.vertices.map { ($0.id, $0.shape) })
    #expect(shapes["a"] == "square")
    #expect(shapes["b"] == "round")
    #expect(shapes["c"] == "stadium")
    #expect(shapes["d"] == "subroutine")
    #expect(shapes["e"] == "cylinder")
    #expect(shapes["f"] == "circle")
    #expect(shapes["g"] == "doublecircle")
    #expect(shapes["h"] == "ellipse")
    #expect(shapes["i"] == "odd")
    #expect(shapes["j"] == "diamond")
    #expect(shapes["k"] == "hexagon")
    #expect(shapes["l"] == "lean_right")
    #expect(shapes["m"] == "lean_left")
    #expect(shapes["n"] == "trapezoid")
    #expect(shapes["o1"] == "inv_trapezoid")
    #expect(shapes["q"] == .some(nil))
  }

  @Test func edgeKindsStrokesAndLengths() throws {
    let chart = try parse(try fixture("shapes.mmd"))
    func edge(_ start: String, _ end: String) -> FlowEdge? {
      chart.edges.first { $0.start == start && $0.end == end }
    }
    #expect(edge("a", "b")?.head == .point)
    #expect(edge("f", "g")?.head == .open)
    #expect(edge("k", "l")?.head == .doubleCross)
    #expect(edge("l", "m")?.head == .doubleCircle)
    #expect(edge("m", "n")?.head == .doublePoint)
    #expect(edge("n", "o1")?.stroke == .invisible)
    #expect(edge("p", "q")?.label == FlowLabel("text on link"))
    #expect(edge("r", "s")?.length == 3)
    #expect(edge("t", "u")?.stroke == .dotted)
    #expect(edge("t", "u")?.label?.text == "dotted")
    #expect(edge("u", "v")?.stroke == .thick)
    #expect(chart.vertex("p")?.label == FlowLabel("**markdown** label", type: .markdown))
  }

  @Test func theKitchenSink() throws {
    let chart = try parse(try fixture("system.mmd"))
    #expect(chart.title == "Parcel platform")
    #expect(chart.direction == .leftToRight)
    #expect(chart.accTitle == "Parcel platform")
    #expect(chart.accDescr == "Which service calls which")
    let core = try #require(chart.subgraphs.first)
    #expect(core.id == "core")
    #expect(core.title.text == "Core services")
    #expect(core.direction == .topToBottom)
    #expect(Set(core.nodes) == ["gw", "ship", "track", "bill"])
    #expect(chart.edges.first { $0.start == "app" }?.label?.text == "REST & retries")
    let named = try #require(chart.edges.first { $0.id == "e1" })
    #expect(named.isUserDefinedID)
    #expect(named.animate)
    #expect(named.label == FlowLabel("quoted | label", type: .string))
    #expect(chart.vertex("notify")?.shape == "doc")
    #expect(chart.vertex("notify")?.label?.text == "Notify")
    #expect(chart.vertex("ship")?.classes == ["hot"])
    #expect(chart.classDefs.first?.textStyles == ["color:#000"])
    #expect(chart.vertex("bill")?.styles == ["stroke:#333", "stroke-width:2px"])
    #expect(chart.edges[0].styles == ["stroke:#f00"])
    let portal = try #require(chart.vertex("portal"))
    #expect(portal.link == "https://example.org/portal")
    #expect(portal.linkTarget == "_blank")
    #expect(portal.tooltip == "Open the portal")
    #expect(portal.classes == ["clickable"])
  }

  @Test func chainsAndAmpersandsMakeEveryPair() throws {
    let chart = try parse("graph TD\nA & B --> C & D --> E")
    #expect(chart.edges.map { "\($0.start)>\($0.end)" } == ["A>C", "A>D", "B>C", "B>D", "C>E", "D>E"])
  }

  @Test func edgesToSubgraphsAndNesting() throws {
    let chart = try parse(
      "flowchart TB\nsubgraph outer\n  subgraph inner\n    a\n  end\n  b\nend\nouter --> c")
    #expect(chart.subgraphs.map(\.id) == ["inner", "outer"])
    #expect(chart.subgraphs[0].nodes == ["a"])
    #expect(Set(chart.subgraphs[1].nodes) == ["inner", "b"])
    #expect(chart.edges.first?.start == "outer")
  }

  @Test func mermaidQuirksAreKept() throws {
    #expect(try parse("graph TD\nA---oB").edges.first?.head == .circle)
    #expect(try parse("graph TD\nA---oB").edges.first?.end == "B")
    #expect(try parse("graph TD\nA--xB").edges.first?.head == .cross)
    #expect(try parse("graph TD\nodd->x]").vertex("odd-")?.shape == "odd")
  }

  @Test(arguments: [
    ("graph TD\nA-->B %% trailing", 2, "a %% comment must stand on a line of its own"),
    ("graph TD\nend-->B", 2, "a node id cannot start with the keyword 'end'"),
    ("graph TD\nA[text (x)]", 2, "unexpected '(' in node text; put the text in quotes"),
    ("graph TD\nA[unclosed", 2, "the node text is not closed"),
    ("graph TD\nA-- label B", 2, "the link label started here is not closed by an arrow"),
    ("graph TD\nsubgraph x\nA", 3, "a subgraph is missing its 'end'"),
    ("graph TD\nend", 2, "'end' without a subgraph to close"),
    (
      "graph TD\nA-->B\nlinkStyle 3 stroke:red", 3,
      "linkStyle 3 is out of bounds: the graph has 1 edges (numbered from 0)"
    ),
    ("graph TD\nA@{ shape: nope }", 2, "No such shape: nope."),
    ("graph TD\nA-->", 2, "a link must end at a node"),
    ("pie\nA", 1, "a flowchart starts with 'flowchart' or 'graph', found 'pie⏎A'"),
    ("graph TD\nA[\"oops]", 2, "unterminated string"),
  ])
  func errorsSayWhatAndWhere(source: String, line: Int, message: String) {
    do {
      _ = try FlowchartParser.parse(source)
      Issue.record("expected an error for \(source)")
    } catch let error as DiagramError {
      #expect(error.message == message)
      #expect(error.line == line)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func preprocessingKeepsLineNumbers() {
    let source = "---\ntitle: x\n---\n%% comment\ngraph TD\r\nA-->B\r\nA[oops\n"
    do {
      _ = try FlowchartParser.parse(source)
      Issue.record("expected an error")
    } catch let error as DiagramError {
      #expect(error.line == 7)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func entityCodesDecodeIntoText() throws {
    let chart = try parse("graph TD\nA[\"#quot;quoted#quot; #9829; #unknown;\"]")
    #expect(chart.vertex("A")?.label?.text == "\"quoted\" ♥ &unknown;")
  }

  @Test func goldenJSON() throws {
    for name in ["system", "shapes"] {
      assertGolden(try parse(try fixture(name + ".mmd")).json.serialized() + "\n", named: name + ".json")
    }
  }

  private func fixture(_ name: String) throws -> String {
    try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/DiagramsTests/Diagrams/\(name)"),
      encoding: .utf8)
  }
}

/// Flowchart constructs mermaid 11 reads that festdoc refused or misread (issue: diagram quality).
@Suite struct FlowchartMermaidGapTests {
  @Test func aLineStartingWithALinkContinuesTheStatementBefore() throws {
    let chart = try FlowchartParser.parse("flowchart TD\nA --> B\n  --> C\n-.->|maybe| D\nE\n")
    #expect(chart.edges.map { "\($0.start)>\($0.end)" } == ["A>B", "B>C", "C>D"])
    #expect(chart.edges.map(\.line) == [2, 3, 4])
    #expect(chart.vertices.map(\.id) == ["A", "B", "C", "D", "E"])
  }

  @Test func everyShapeNameOfMermaidsShapeTable() throws {
    for name in ["datastore", "data-store", "bang", "cloud", "dbl-circ", "double-circle", "rounded", "event"]
    {
      let chart = try FlowchartParser.parse("flowchart TD\nA@{ shape: \(name) }\n")
      #expect(chart.vertices.first?.shape == name, "\(name)")
    }
    #expect(NodeShape(mermaid: "datastore") == .cylinder)
    #expect(NodeShape(mermaid: "choice") == .diamond)
    // Mermaid refuses names that are not lowercase or hold '_', before looking them up.
    #expect(throws: DiagramError.self) { try FlowchartParser.parse("flowchart TD\nA@{ shape: forkJoin }\n") }
  }

  @Test func twoSpacesAfterSubgraphMakeATitleWithAGeneratedID() throws {
    // mermaid 11.16 (mermaidx) draws `subgraph  main` as cluster subGraph0; `main` stays a node name.
    let chart = try FlowchartParser.parse("flowchart TD\nsubgraph  main\nA\nend\nsubgraph one\nB\nend\n")
    #expect(chart.subgraphs.map(\.id) == ["subGraph0", "one"])
    #expect(chart.subgraphs.map(\.title.text) == ["main", "one"])
  }

  @Test func anIconOrImageWithoutALabelShowsNoText() throws {
    let chart = try FlowchartParser.parse(
      "flowchart TD\nA@{ icon: \"fa:user\" }\nB@{ img: \"x.png\", label: \"Pic\" }\nC@{ icon: \"fa:cog\", label: \" \" }\n"
    )
    // A label of spaces is still a label (mermaid keeps it as written).
    #expect(chart.vertices.map(\.displayText) == ["", "Pic", " "])
  }
}

@Suite struct SubgraphStyleTests {
  @Test func styleAndClassOnASubgraphPaintItsBox() throws {
    let chart = try FlowchartParser.parse(
      "flowchart TD\nsubgraph S[Title]\nA --> B\nend\nstyle S fill:#ffeecc,stroke:#aa3300\nclassDef hot stroke-width:3px\nclass S hot\n"
    )
    let svg = FlowchartSVG.render(FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "g"))
    #expect(svg.contains("data-id=\"S\"><rect"))
    #expect(svg.contains("style=\"stroke-width:3px;fill:#ffeecc;stroke:#aa3300\"/>"))
  }
}

@Suite struct IconPlaceholderTests {
  @Test func fontAwesomeIconsAreDrawnAsAPlaceholderNotAsText() throws {
    let chart = try FlowchartParser.parse("flowchart LR\nA[fa:fa-car Car] --> B(fab:fa-github Repo)\n")
    let svg = FlowchartSVG.render(FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "i"))
    #expect(svg.contains(">◆ Car</tspan>") && svg.contains(">◆ Repo</tspan>"))
    #expect(!svg.contains("fa-car"))
  }
}

@Suite struct LabelEmphasisTests {
  @Test func markdownLabelsDrawBoldAndItalicAndLoseTheirMarkers() throws {
    let chart = try FlowchartParser.parse(
      "flowchart LR\nA[\"`**Paid** _late_ invoice_id`\"] --> B[\"`fa:fa-car *fast*`\"] --> C[**as written**]\n"
    )
    let svg = FlowchartSVG.render(FlowchartLayout.layout(chart), chart: chart, options: .init(idPrefix: "e"))
    #expect(
      svg.contains(
        "<tspan font-weight=\"700\">Paid</tspan> <tspan font-style=\"italic\">late</tspan> invoice_id</tspan>"
      ))
    #expect(svg.contains(">◆ <tspan font-style=\"italic\">fast</tspan></tspan>"))
    // A text label is not markdown: its stars go, as before, and nothing is emphasised.
    #expect(svg.contains(">as written</tspan>"))
    let edge = try FlowchartParser.parse("flowchart LR\nA -->|\"`**only** if paid`\"| B\n")
    let edgeSVG = FlowchartSVG.render(
      FlowchartLayout.layout(edge), chart: edge, options: .init(idPrefix: "l"))
    #expect(edgeSVG.contains("<tspan font-weight=\"700\">only</tspan> if paid</tspan>"))
  }

  /// Mermaid single-quotes the attributes of every HTML tag before parsing, so an `<img src="...">` can
  /// stand inside `[...]` text; a bare `"` there is still refused, as mermaid refuses it.
  @Test func doubleQuotedTagAttributesInsidePlainText() throws {
    let chart = try FlowchartParser.parse(
      "flowchart TD\n  C[<img src=\"logo.svg\"> more text]\n  C --> D(\"quoted\")\n")
    #expect(chart.vertices.first { $0.id == "C" }?.displayText == "<img src='logo.svg'> more text")
    #expect(
      chart.vertices.first { $0.id == "D" }?.displayText == "quoted", "strings elsewhere keep their quotes")
    #expect(throws: DiagramError.self) { try FlowchartParser.parse("flowchart TD\n  C[a \"b\" c]\n") }
  }
}
