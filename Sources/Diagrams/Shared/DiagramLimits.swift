/// The largest diagrams festdoc draws inside a site build (docs/limits.md): a 2,000-node flowchart lays
/// out in about 1.6 s, a 5,000-node one in about 18 s, so larger ones stay as code with a warning.
/// `festdoc diagram` draws any size.
public enum DiagramLimits {
  public static let flowchartNodes = 2_000
  public static let sequenceParticipants = 500
  public static let sequenceMessages = 5_000
  /// ER tables are nodes of the flowchart engine; a table is larger than a node, so fewer are drawn.
  public static let erEntities = 1_000

  /// Why the flowchart is too large to draw in a page, or nil.
  public static func refusal(_ chart: Flowchart) -> String? {
    chart.vertices.count > flowchartNodes
      ? "the flowchart has \(chart.vertices.count) nodes; festdoc draws up to \(flowchartNodes) in a page"
      : nil
  }

  /// Why the ER diagram is too large to draw in a page, or nil.
  public static func refusal(_ diagram: ERDiagram) -> String? {
    diagram.entities.count > erEntities
      ? "the ER diagram has \(diagram.entities.count) entities; festdoc draws up to \(erEntities) in a page"
      : nil
  }

  /// Why the state diagram is too large to draw in a page, or nil: its states are flowchart nodes.
  public static func refusal(_ diagram: StateDiagram) -> String? {
    diagram.nodes.count > flowchartNodes
      ? "the state diagram has \(diagram.nodes.count) states; festdoc draws up to \(flowchartNodes) in a page"
      : nil
  }

  /// Why the class diagram is too large to draw in a page, or nil: its boxes are larger than nodes,
  /// as ER tables are.
  public static func refusal(_ diagram: ClassDiagram) -> String? {
    let boxes = diagram.classes.count + diagram.notes.count + diagram.interfaces.count
    return boxes > erEntities
      ? "the class diagram has \(boxes) classes, notes and interfaces; festdoc draws up to \(erEntities) in a page"
      : nil
  }

  /// Why the sequence diagram is too large to draw in a page, or nil.
  public static func refusal(_ diagram: SequenceDiagram) -> String? {
    if diagram.actors.count > sequenceParticipants {
      return "the sequence diagram has \(diagram.actors.count) participants; festdoc draws up to "
        + "\(sequenceParticipants) in a page"
    }
    if diagram.messages.count > sequenceMessages {
      return "the sequence diagram has \(diagram.messages.count) messages; festdoc draws up to "
        + "\(sequenceMessages) in a page"
    }
    return nil
  }
}
