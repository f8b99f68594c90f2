import Diagrams
import TestSupport
import Testing

@Suite struct SequenceParserTests {
  private func fixture(_ name: String) throws -> String {
    try String(
      contentsOf: SharedFolder.projectRoot.appendingPathComponent("Tests/DiagramsTests/Diagrams/\(name)"),
      encoding: .utf8)
  }

  @Test func everyConstructOfTheSignInFlow() throws {
    let diagram = try SequenceParser.parse(try fixture("auth.mmd"))
    #expect(diagram.title == "Sign in")
    #expect(diagram.actors.map(\.name) == ["C", "M", "G", "I", "A"])
    #expect(
      diagram.actors.map(\.description) == [
        "Courier", "Mobile App", "API Gateway", "Identity Service", "Audit Log",
      ])
    #expect(diagram.actors[0].type == "actor")
    #expect(diagram.boxes.first?.name == "Edge")
    #expect(diagram.boxes.first?.fill == "LightBlue")
    #expect(diagram.boxes.first?.actorKeys == ["M", "G"])
    let kinds = diagram.messages.map(\.kind)
    #expect(kinds.first == "AUTONUMBER")
    #expect(kinds.contains("ACTIVE_START") && kinds.contains("ACTIVE_END"))
    #expect(kinds.filter { $0.hasPrefix("ALT") } == ["ALT_START", "ALT_ELSE", "ALT_END"])
    #expect(kinds.filter { $0.hasPrefix("LOOP") } == ["LOOP_START", "LOOP_END"])
    #expect(kinds.contains("SOLID_POINT") && kinds.contains("SOLID_CROSS"))
    let note = try #require(diagram.messages.first { $0.kind == "NOTE" })
    #expect(note.from == "M" && note.to == "G" && note.placement == .over)
    #expect(diagram.created["A"] != nil)
    #expect(diagram.destroyed["A"] != nil)
  }

  @Test(arguments: [
    ("sequenceDiagram\nA->>B: hi\nloop x\nA->>B: again", 3, "'loop' is not closed with 'end'"),
    ("sequenceDiagram\ndeactivate A", 2, "Trying to inactivate an inactive participant (A)"),
    ("sequenceDiagram\nelse nope", 2, "'else' outside of alt"),
    (
      "sequenceDiagram\nA->>B: x\ndestroy C\nA->>B: y", 4,
      "the destroyed participant C needs the next message to or from it"
    ),
    (
      "sequenceDiagram\ncreate participant C\nA->>B: y", 3,
      "the created participant C needs the next message to or from it"
    ),
    (
      "sequenceDiagram\nautonumber 1.001", 2, "autonumber takes a start and a step, with at most two decimals"
    ),
    ("sequenceDiagram\nNote A: x", 2, "a note is 'left of', 'right of' or 'over' a participant"),
    ("sequenceDiagram\nwhat is this", 2, "not a statement of a sequence diagram: 'what is this'"),
    ("graph TD", 1, "a sequence diagram starts with 'sequenceDiagram'"),
  ])
  func errorsSayWhatAndWhere(source: String, line: Int, message: String) {
    do {
      _ = try SequenceParser.parse(source)
      Issue.record("expected an error")
    } catch let error as DiagramError {
      #expect(error.message == message)
      #expect(error.line == line)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func commentsEntitiesAndBreaks() throws {
    let diagram = try SequenceParser.parse(
      "sequenceDiagram\nA->>B: a #amp; b<br>c # a comment\n%% whole line\nB-->>A: ok %% trailing")
    #expect(diagram.messages.map(\.text) == ["a & b<br>c", "ok"])
  }

  @Test func goldenJSON() throws {
    assertGolden(
      try SequenceParser.parse(try fixture("auth.mmd")).json.serialized() + "\n", named: "auth.json")
  }
}

/// Constructs mermaid 11 reads that festdoc refused or misread (issue: diagram quality).
@Suite struct SequenceMermaidGapTests {
  @Test func dottedAndReverseHalfArrowsKeepTheirSendersName() throws {
    let diagram = try SequenceParser.parse(
      "sequenceDiagram\nAlice --|\\ Bob: a\nAlice --|/ Bob: b\nAlice --\\\\ Bob: c\nAlice --// Bob: d\n"
        + "Alice /|-- Bob: e\nAlice \\|-- Bob: f\nAlice //-- Bob: g\nAlice \\\\-- Bob: h\nAlice -|\\ Bob: i\n"
    )
    #expect(diagram.actors.map(\.name) == ["Alice", "Bob"])
    #expect(
      diagram.messages.map(\.kind) == [
        "SOLID_TOP_DOTTED", "SOLID_BOTTOM_DOTTED", "STICK_TOP_DOTTED", "STICK_BOTTOM_DOTTED",
        "SOLID_ARROW_TOP_REVERSE_DOTTED", "SOLID_ARROW_BOTTOM_REVERSE_DOTTED",
        "STICK_ARROW_TOP_REVERSE_DOTTED",
        "STICK_ARROW_BOTTOM_REVERSE_DOTTED", "SOLID_TOP",
      ])
    #expect(diagram.messages.allSatisfy { $0.from == "Alice" && $0.to == "Bob" })
  }

  @Test func participantsWithSpacesWrapAndTheirFirstType() throws {
    let diagram = try SequenceParser.parse(
      "sequenceDiagram\nparticipant Alice Smith\nactor B as wrap:The bank\nparticipant B\nAlice Smith->>B: hi\n"
    )
    #expect(diagram.actors.map(\.name) == ["Alice Smith", "B"])
    #expect(diagram.actors[1].description == "The bank")
    #expect(diagram.actors[1].type == "actor")
  }

  @Test func halfArrowsAreDrawnAsHalfHeadsAndNotesSayWhereTheyStand() throws {
    let diagram = try SequenceParser.parse(
      "sequenceDiagram\nAlice -|\\ Bob: top\nBob --// Alice: barb\nNote over Alice,Bob: both\n")
    let svg = SequenceSVG.render(SequenceLayout.layout(diagram), diagram: diagram, idPrefix: "t")
    #expect(svg.components(separatedBy: "class=\"fd-half-head\"").count == 2)
    #expect(svg.components(separatedBy: "class=\"fd-half-barb\"").count == 2)
    #expect(!svg.contains("marker-end"))
    #expect(svg.contains("data-kind=\"note\" data-from=\"Alice\" data-to=\"Bob\" data-placement=\"over\""))
  }
}

@Suite struct ParticipantSymbolTests {
  @Test func everyParticipantTypeHasItsSymbol() throws {
    let types = ["boundary", "control", "entity", "collections", "queue"]
    let source =
      "sequenceDiagram\n" + types.map { "participant \($0)@{ \"type\": \"\($0)\" }\n" }.joined()
      + "boundary->>queue: hi\n"
    let diagram = try SequenceParser.parse(source)
    #expect(diagram.actors.map(\.type) == types)
    let svg = SequenceSVG.render(SequenceLayout.layout(diagram), diagram: diagram, idPrefix: "s")
    for type in types {
      // Head and foot each.
      #expect(svg.components(separatedBy: "data-symbol=\"\(type)\"").count == 3, "\(type)")
    }
  }
}

@Suite struct SequenceFrameTests {
  @Test func framesAroundTheFirstParticipantStayInsideTheDrawing() throws {
    let diagram = try SequenceParser.parse(
      "sequenceDiagram\nalt ok\nAlice->>Bob: hi\nelse not\nloop again\npar a\nAlice->>Alice: self\nend\nend\nend\n"
    )
    let drawing = SequenceLayout.layout(diagram)
    #expect(drawing.frames.count == 3)
    for frame in drawing.frames {
      #expect(frame.x >= 0 && frame.x + frame.width <= drawing.width, "\(frame.kind)")
    }
  }
}
