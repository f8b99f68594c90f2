import Diagnostics
import FestivalModel

extension ContractFingerprints {
  /// What is worked out from the contract rather than read into it: the graph's edges, where each
  /// element is defined, the files it came from, and the names the pages link by. A cell edit leaves
  /// them as they were, and comparing them costs a fraction of hashing them again.
  struct Derived {
    var edges: [ContractGraph.Edge] = []
    var sites: [ElementID: [SourceLocation]] = [:]
    var files: [String] = []
    var things: [NamedThing] = []
    var value = ""

    init() {}

    init(_ contract: InterfaceContract, catalog: NameCatalog, previous: Derived?) {
      edges = contract.relationships.edges
      sites = contract.definitionSites
      files = contract.sourceFiles
      things = catalog.things
      if let previous, previous.edges == edges, previous.files == files, previous.things == things,
        previous.sites == sites
      {
        value = previous.value
        return
      }
      value = Self.fingerprint(edges: edges, sites: sites, files: files, things: things)
    }

    private static func fingerprint(
      edges: [ContractGraph.Edge], sites: [ElementID: [SourceLocation]], files: [String], things: [NamedThing]
    ) -> String {
      var hasher = Fingerprint()
      for edge in edges {
        hasher.add(
          "\(edge.from.kind.rawValue)\(edge.from.index)>\(edge.to.kind.rawValue)\(edge.to.index)"
            + "\t\(edge.kind.rawValue)\t\(edge.detail ?? "\u{0}")\t\(edge.byWrittenName)")
      }
      for id in sites.keys.sorted() {
        hasher.add(id.description)
        for site in sites[id]! { hasher.add("\(site.file):\(site.line):\(site.column)") }
      }
      hasher.add(files.joined(separator: "\n"))
      for thing in things {
        hasher.add(
          "\(thing.name)\t\(thing.kind.rawValue)\t\(thing.definition)\t\(thing.alias ?? "\u{0}")\t"
            + (thing.context ?? "\u{0}"))
      }
      return hasher.value
    }
  }
}
