import Testing

@testable import Diagrams

/// The ER parser's own cases beyond mermaid's corpus: what a statement records, where errors point,
/// and the lexer rules mermaid's order and jison's word boundaries decide.
@Suite struct ERParserTests {
  @Test func relationshipsKeepBothEndsAndTheirMarkers() throws {
    let diagram = try ERParser.parse(
      "erDiagram\n  CUSTOMER ||--o{ ORDER : places\n  ORDER }|..|{ ITEM : \"made of\"\n")
    #expect(diagram.entities.map(\.name) == ["CUSTOMER", "ORDER", "ITEM"])
    let places = try #require(diagram.relationships.first)
    #expect(places.from == "CUSTOMER" && places.to == "ORDER")
    #expect(places.fromCardinality == .exactlyOne && places.toCardinality == .zeroOrMore)
    #expect(places.identifying && places.label == "places" && places.line == 2)
    let madeOf = diagram.relationships[1]
    #expect(!madeOf.identifying && madeOf.label == "made of")
    #expect(madeOf.fromCardinality == .oneOrMore && madeOf.toCardinality == .oneOrMore)
  }

  @Test func attributesKeepTypeNameKeysAndComment() throws {
    let diagram = try ERParser.parse(
      "erDiagram\nCAR {\n  string registration PK, FK \"the plate\"\n  type~T~ wheels\n  int year\n}\n")
    let car = try #require(diagram.entity(named: "CAR"))
    #expect(car.attributes.map(\.name) == ["registration", "wheels", "year"])
    #expect(car.attributes[0].keys == ["PK", "FK"] && car.attributes[0].comment == "the plate")
    #expect(car.attributes[1].type == "type~T~")
  }

  @Test func aliasesClassesAndStyles() throws {
    let diagram = try ERParser.parse(
      "erDiagram\np[\"Person\"]:::big\nclassDef big fill:#f9f,color:red\nstyle p stroke:#333\n")
    let person = try #require(diagram.entity(named: "p"))
    #expect(person.alias == "Person" && person.displayName == "Person")
    #expect(person.cssClasses == ["default", "big"] && person.cssStyles == ["stroke:#333"])
    #expect(diagram.classes.first?.styles == ["fill:#f9f", "color:red"])
    #expect(diagram.classes.first?.textStyles == ["color:red"])
  }

  /// Jison ends a rule that ends in a word character with `\b`: `one` is a cardinality, `oneThing` a
  /// name, and the `1` of `12` no cardinality.
  @Test func keywordsNeedAWordBoundary() throws {
    let diagram = try ERParser.parse("erDiagram\noneThing ||--|| classroom : in\na many to 1 12 : x\n")
    #expect(diagram.entities.map(\.name) == ["oneThing", "classroom", "a", "12"])
    #expect(diagram.relationships[1].toCardinality == .exactlyOne)
  }

  @Test func errorsPointAtTheirLineAndColumn() {
    #expect(throws: DiagramError("expected ':', found the end of the diagram", line: 4, column: 11)) {
      try ERParser.parse("\n\nerDiagram\nA ||--o{ B")
    }
    do {
      _ = try ERParser.parse("erDiagram\n  A ||--o{ B : x\n  A {\n    string\n  }\n")
      Issue.record("a row without a name parsed")
    } catch let error as DiagramError {
      #expect(error.line == 5 && error.column == 3)
      #expect(error.message.contains("an attribute type or name"))
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func aLongLineIsLexedInLinearTime() throws {
    // A rule starting with `.*` (mermaid's `direction` lines) is only tried where its guard matches.
    let names = (0..<20_000).map { "E\($0)" }.joined(separator: " ")
    let diagram = try ERParser.parse("erDiagram\n" + names + "\n")
    #expect(diagram.entities.count == 20_000)
  }

  @Test func directionOnAnyLine() throws {
    #expect(try ERParser.parse("erDiagram\n  direction LR\n  A").direction == .leftToRight)
  }

  @Test func detectedAsItsKind() {
    #expect(DiagramKind.detect("%% comment\nerDiagram\nA") == .entityRelationship)
    #expect(DiagramKind.declaredName("---\ntitle: x\n---\ngantt\n  title T") == "gantt")
  }
}
