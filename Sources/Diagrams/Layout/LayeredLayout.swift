/// A layered (Sugiyama) layout, top to bottom, as a list of named phases (as dagre's `runLayout` and
/// Graphviz's `dotLayout` list theirs): self-loops set aside, cycles broken, ranks by network simplex,
/// long edges split into dummy nodes, crossings reduced, coordinates by Brandes and Köpf, edges routed
/// through ports. Edge labels are nodes of their own at the middle of their edge (ranks are doubled, as
/// mermaid's half ranks), so they never overlap a node or another label. Deterministic: the same input
/// gives the same output. Tests stop after any phase (`run(_:through:)`) and look at its state.
public enum LayeredLayout {
  /// How hard to work at crossings; `barycenterOnly` is the textbook baseline the tests compare with.
  enum Strategy {
    case full
    case barycenterOnly
  }

  /// The phases, in the order they run.
  enum Phase: Int, CaseIterable, Comparable {
    case separateLoops
    case breakCycles
    case assignRanks
    case splitLongEdges
    case orderRanks
    case assignCoordinates
    case routeEdges
    case routeLoops

    static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  public static func layout(_ input: LayoutInput) -> LayoutResult { layout(input, strategy: .full) }

  static func layout(_ input: LayoutInput, strategy: Strategy) -> LayoutResult {
    run(input, through: .routeLoops, strategy: strategy).result()
  }

  /// Runs the phases up to and including `last`, and returns what they worked out.
  static func run(_ input: LayoutInput, through last: Phase, strategy: Strategy = .full) -> LayoutState {
    var state = LayoutState(input: input, strategy: strategy)
    for phase in Phase.allCases where phase <= last {
      switch phase {
      case .separateLoops: state.separateLoops()
      case .breakCycles: state.breakCycles()
      case .assignRanks: state.assignRanks()
      case .splitLongEdges: state.splitLongEdges()
      case .orderRanks: state.orderRanks()
      case .assignCoordinates: state.assignCoordinates()
      case .routeEdges: state.routeEdges()
      case .routeLoops: state.routeLoops()
      }
    }
    return state
  }
}
