import Diagrams
import FestivalModel

/// A call one of the contract's sequence diagrams states: a message from one component to another,
/// participants matched to components by their alias or id. A message naming an operation or a route
/// says the caller uses that element.
struct StatedCall: Hashable {
  /// Folded component names.
  var caller: String
  var callee: String
  /// The message, folded.
  var text: String

  static func read(_ contract: InterfaceContract, names: [String: String]) -> [StatedCall] {
    let sources = contract.diagrams + (contract.authenticationFlow.map { [$0] } ?? [])
    var calls: [StatedCall] = []
    for source in sources where source.kind == .sequence {
      guard let diagram = try? SequenceParser.parse(source.code) else { continue }
      var components: [String: String] = [:]
      for actor in diagram.actors {
        let key = [actor.description, actor.name].map(TextFolding.fold).first { names[$0] != nil }
        if let key { components[actor.name] = key }
      }
      for message in diagram.messages where message.isSignal {
        guard let from = message.from.flatMap({ components[$0] }),
          let to = message.to.flatMap({ components[$0] }),
          from != to
        else { continue }
        calls.append(StatedCall(caller: from, callee: to, text: message.text.lowercased()))
      }
    }
    return calls
  }

  /// Whether the message names one of `names` (an operation as written or folded, a route's path).
  func mentions(_ names: [String]) -> Bool {
    let folded = TextFolding.fold(text)
    return names.contains { name in
      let lower = name.lowercased()
      return !lower.isEmpty && (text.contains(lower) || folded.contains(TextFolding.fold(name)))
    }
  }
}
