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
      "sequenceDiagram\nparticipant A B", 2,
      "a participant name cannot contain spaces; use 'participant id as Description'"
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
