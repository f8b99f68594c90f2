import Foundation

/// The states of a status or state field and the moves between them, as the field's validation or
/// description cell lists them: `pending -> paid -> shipped`, `PAID → REFUNDED | CANCELLED`, several
/// chains separated by commas, semicolons or line breaks.
public struct Lifecycle: Hashable, Sendable {
  public struct Transition: Hashable, Sendable {
    public var from: String
    public var to: String
  }

  /// The field it was read from.
  public var field: String
  /// States in the order they are first named.
  public var states: [String]
  public var transitions: [Transition]

  /// The lifecycle of the first status or state field of `fields` that lists a transition.
  public static func first(in fields: [DataField]) -> Lifecycle? {
    for field in fields where isStatusField(field.name) {
      let transitions = Self.transitions(in: field.validation + "\n" + field.description)
      guard !transitions.isEmpty else { continue }
      var states: [String] = []
      for transition in transitions {
        for state in [transition.from, transition.to] where !states.contains(state) { states.append(state) }
      }
      return Lifecycle(field: field.name, states: states, transitions: transitions)
    }
    return nil
  }

  /// `status`, `state`, `orderStatus`, `delivery_state`.
  static func isStatusField(_ name: String) -> Bool {
    let folded = TextFolding.fold(name)
    return folded.hasSuffix("status") || folded.hasSuffix("state")
  }

  /// Every move a text lists, each once, in order.
  static func transitions(in text: String) -> [Transition] {
    var found: [Transition] = []
    let cleaned = text.replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "**", with: "")
      .replacingOccurrences(of: "<br>", with: "\n").replacingOccurrences(of: "→", with: "->")
      .replacingOccurrences(of: "=>", with: "->")
    for segment in cleaned.split(whereSeparator: { ",;\n".contains($0) }) where segment.contains("->") {
      let steps = segment.components(separatedBy: "->").map(alternatives)
      guard steps.count > 1, steps.allSatisfy({ !$0.isEmpty }) else { continue }
      for (sources, targets) in zip(steps, steps.dropFirst()) {
        for source in sources {
          for target in targets where source != target {
            let transition = Transition(from: source, to: target)
            if !found.contains(transition) { found.append(transition) }
          }
        }
      }
    }
    return found
  }

  /// The state names of one step: `paid | cancelled`, `paid or cancelled`; the words before a colon
  /// (`Transitions: pending`) are a lead-in, not a state. A step that reads as prose names none.
  static func alternatives(_ step: String) -> [String] {
    let afterLeadIn = step.split(separator: ":").last.map(String.init) ?? step
    let names = afterLeadIn.components(separatedBy: "|").flatMap { $0.components(separatedBy: "/") }
      .flatMap { $0.components(separatedBy: " or ") }
      .map {
        $0.trimmingSpaces().trimmingCharacters(in: CharacterSet(charactersIn: "()."))
      }
    guard names.allSatisfy({ !$0.isEmpty && $0.count <= 40 && $0.split(separator: " ").count <= 3 }) else {
      return []
    }
    return names
  }
}
