import Diagrams
import FestivalModel

/// A status or state field's lifecycle drawn as a state diagram: a start point into the first state
/// named, every listed move, and an end point after each state nothing leaves.
enum GeneratedLifecycle {
  static func diagram(_ lifecycle: Lifecycle) -> StateDiagram {
    var diagram = StateDiagram()
    diagram.direction = .topToBottom
    let ids = Dictionary(uniqueKeysWithValues: lifecycle.states.enumerated().map { ($1, "s\($0)") })
    diagram.nodes.append(StateNode(id: "start", kind: .start, label: "start"))
    for state in lifecycle.states {
      diagram.nodes.append(StateNode(id: ids[state]!, kind: .state, label: state))
    }
    if let first = lifecycle.states.first {
      diagram.transitions.append(StateTransition(from: "start", to: ids[first]!))
    }
    for transition in lifecycle.transitions {
      diagram.transitions.append(StateTransition(from: ids[transition.from]!, to: ids[transition.to]!))
    }
    let leaving = Set(lifecycle.transitions.map(\.from))
    let terminal = lifecycle.states.filter { !leaving.contains($0) }
    if !terminal.isEmpty {
      diagram.nodes.append(StateNode(id: "end", kind: .end, label: "end"))
      for state in terminal { diagram.transitions.append(StateTransition(from: ids[state]!, to: "end")) }
    }
    return diagram
  }

  /// The section for the first status field of `fields` with a lifecycle, or nil.
  static func section(
    _ fields: [DataField], owner: String, pagePath: String, number: Int, id: String = "lifecycle"
  ) -> DiagramFigure? {
    guard let lifecycle = Lifecycle.first(in: fields) else { return nil }
    var diagram = diagram(lifecycle)
    diagram.title = "The lifecycle of \(owner)'s \(lifecycle.field), as its field table lists the moves."
    return DiagramFigure.make(
      state: diagram, source: "lifecycle\u{0}\(owner)\u{0}\(lifecycle.field)", pagePath: pagePath,
      number: number)
  }
}
