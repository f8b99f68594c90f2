/// Random layered-ish graphs for layout benchmarks, written for festdoc (mermaid), Graphviz and dagre.
public struct GraphGenerator {
  public var nodes: Int
  public var seed: UInt64

  public init(nodes: Int, seed: UInt64) {
    self.nodes = max(2, nodes)
    self.seed = seed
  }

  /// Edges of a random tree plus half as many extra forward edges, none repeated.
  public func edges() -> [(Int, Int)] {
    var random = BenchRandom(seed: seed)
    var result: [(Int, Int)] = []
    var seen = Set<Int>()
    for node in 1..<nodes {
      let parent = Int.random(in: max(0, node - 30)..<node, using: &random)
      result.append((parent, node))
      seen.insert(parent * nodes + node)
    }
    for _ in 0..<(nodes / 2) {
      let a = Int.random(in: 0..<nodes, using: &random)
      let b = Int.random(in: 0..<nodes, using: &random)
      guard a < b, !seen.contains(a * nodes + b) else { continue }
      seen.insert(a * nodes + b)
      result.append((a, b))
    }
    return result
  }

  public func mermaid() -> String {
    "flowchart TD\n" + (0..<nodes).map { "  n\($0)[Node \($0)]" }.joined(separator: "\n") + "\n"
      + edges().map { "  n\($0.0) --> n\($0.1)" }.joined(separator: "\n") + "\n"
  }

  public func dot() -> String {
    "digraph G {\n  node [shape=box, fixedsize=true, width=1.1, height=0.5];\n"
      + (0..<nodes).map { "  n\($0) [label=\"Node \($0)\"];" }.joined(separator: "\n") + "\n"
      + edges().map { "  n\($0.0) -> n\($0.1);" }.joined(separator: "\n") + "\n}\n"
  }

  /// A JSON description the dagre script reads: nodes with sizes, edges.
  public func dagreJSON() -> String {
    let nodeList = (0..<nodes).map { "{\"id\":\"n\($0)\",\"width\":80,\"height\":36}" }.joined(separator: ",")
    let edgeList = edges().map { "[\"n\($0.0)\",\"n\($0.1)\"]" }.joined(separator: ",")
    return "{\"nodes\":[\(nodeList)],\"edges\":[\(edgeList)]}\n"
  }
}
