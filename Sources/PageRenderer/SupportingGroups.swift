/// A phase's or sequence's supporting documents grouped as the sidebar and plan show them: files lying
/// in the folder itself first, then one group per subfolder (`input_specs/`, `decisions/`), in path order.
enum SupportingGroups {
  struct Group: Equatable {
    /// The first folder below the phase or sequence; nil for its own files.
    var folder: String?
    var paths: [String]
  }

  static func groups(_ paths: [String], under folder: String) -> [Group] {
    var own: [String] = []
    var byFolder: [(String, [String])] = []
    for path in paths.sorted() {
      let relative = folder.isEmpty ? path : String(path.dropFirst(folder.count + 1))
      guard let slash = relative.firstIndex(of: "/") else {
        own.append(path)
        continue
      }
      let name = String(relative[..<slash])
      if let index = byFolder.firstIndex(where: { $0.0 == name }) {
        byFolder[index].1.append(path)
      } else {
        byFolder.append((name, [path]))
      }
    }
    return (own.isEmpty ? [] : [Group(folder: nil, paths: own)])
      + byFolder.map { Group(folder: $0.0, paths: $0.1) }
  }
}
