import Foundation

/// Sorts the files of a content folder into festivals (with their phases, sequences and tasks) and
/// loose documents. Pure: it looks only at paths, so every layout rule is testable without a disk.
public enum ContentLayout {
  /// Files whose presence makes their folder a festival root.
  static let markerFiles: Set<String> = [
    "festival_overview.md", "festival_goal.md", "fest.yaml", "fest.yml", "common_interfaces.md",
    "festival_rules.md",
  ]
  static let lifecycles: Set<String> = ["planning", "ready", "active", "ritual", "dungeon"]
  static let dungeonBuckets: Set<String> = ["completed", "archived", "someday"]

  /// `rootComponents` are the folders of the content root itself (`/work/festivals/active/x-AB0001` as
  /// `["work", "festivals", "active", "x-AB0001"]`), so a festival given as the content folder keeps the
  /// lifecycle, ID and name its folder gives it.
  public static func organize(_ files: [ContentFile], rootComponents: [String] = []) -> (
    festivals: [FestivalTree], loose: [ContentFile]
  ) {
    let roots = festivalRoots(in: files)
    var byRoot: [String: [ContentFile]] = [:]
    var loose: [ContentFile] = []
    for file in files {
      if let root = roots.first(where: { contains($0, file.path) }) {
        byRoot[root, default: []].append(file)
      } else if isDocument(file.path) {
        loose.append(file)
      }
    }
    let festivals = roots.sorted().map {
      festival(at: $0, files: byRoot[$0] ?? [], rootComponents: rootComponents)
    }
    return (festivals, loose.sorted { $0.path < $1.path })
  }

  /// The outermost folders holding a marker file: a festival's own `docs/` never starts another.
  static func festivalRoots(in files: [ContentFile]) -> [String] {
    let candidates = Set(
      files.filter { markerFiles.contains($0.name.lowercased()) }.map { parent(of: $0.path) })
    return candidates.filter { candidate in
      !candidates.contains { other in other != candidate && contains(other, candidate + "/x") }
    }.sorted()
  }

  static func festival(at root: String, files: [ContentFile], rootComponents: [String]) -> FestivalTree {
    let components = rootComponents + root.split(separator: "/").map(String.init)
    let folderName = components.last ?? ""
    let (lifecycle, bucketDate) = lifecycle(of: components)
    let identity = FestivalIdentity(folderName: folderName)
    let sorted = files.sorted(by: { $0.path < $1.path })
    let relativePaths = sorted.map { root.isEmpty ? $0.path : String($0.path.dropFirst(root.count + 1)) }
    let hasGoal = relativePaths.contains { $0.uppercased() == "FESTIVAL_GOAL.MD" }
    let hasConfig = relativePaths.contains { ["fest.yaml", "fest.yml"].contains($0.lowercased()) }
    let generation: FestivalGeneration =
      (hasConfig || lifecycle != nil || identity.festivalID != nil || hasGoal) ? .festEra : .v1
    var tree = FestivalTree(
      path: root, folderName: folderName.isEmpty ? "festival" : folderName, generation: generation,
      lifecycle: lifecycle, bucketDate: bucketDate, festivalID: identity.festivalID, config: nil,
      documents: [], phases: [])
    tree.ritualRun = identity.ritualRun
    var phases: [String: PhaseFolder] = [:]
    for (file, relative) in zip(sorted, relativePaths) {
      let parts = relative.split(separator: "/").map(String.init)
      if parts.count == 1 && ["fest.yaml", "fest.yml"].contains(parts[0].lowercased()) {
        tree.config = file
        continue
      }
      if parts.count == 2 && parts[0] == ContentDecoder.festStateFolder {
        if parts[1] == "progress_events.jsonl" { tree.progressEvents = file }
        if parts[1] == "status_history.json" { tree.statusHistory = file }
        continue
      }
      guard isDocument(file.path) else { continue }
      tree.documents.append(file)
      guard parts.count >= 2, let (phaseNumber, phaseName) = phaseFolder(parts[0], generation) else {
        continue
      }
      let phasePath = join(root, parts[0])
      var phase =
        phases[phasePath]
        ?? PhaseFolder(
          number: phaseNumber, name: phaseName, path: phasePath, sequences: [], tasks: [], documentPaths: [])
      place(file: file, parts: Array(parts.dropFirst()), in: &phase, generation: generation)
      phases[phasePath] = phase
    }
    tree.phases = phases.values.map { phase -> PhaseFolder in
      var sorted = phase
      sorted.sequences = phase.sequences.sorted(by: numberOrder)
      sorted.tasks = phase.tasks.sorted(by: numberOrder)
      return sorted
    }.sorted(by: numberOrder)
    return tree
  }

  static func numberOrder(_ lhs: PhaseFolder, _ rhs: PhaseFolder) -> Bool {
    (lhs.number ?? Int.max, lhs.path) < (rhs.number ?? Int.max, rhs.path)
  }

  static func numberOrder(_ lhs: SequenceFolder, _ rhs: SequenceFolder) -> Bool {
    (lhs.number ?? Int.max, lhs.path) < (rhs.number ?? Int.max, rhs.path)
  }

  static func numberOrder(_ lhs: TaskFile, _ rhs: TaskFile) -> Bool {
    (lhs.number ?? Int.max, lhs.path) < (rhs.number ?? Int.max, rhs.path)
  }

  /// Markdown, and the protobuf and OpenAPI files contracts are written in: all become pages.
  static func isDocument(_ path: String) -> Bool {
    // API documents reach the layout only when they declare an API (ContentDecoder.accept).
    isMarkdown(path) || path.lowercased().hasSuffix(".proto") || APIDocumentFile.isCandidate(path: path)
  }

  static func isMarkdown(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  static func contains(_ folder: String, _ path: String) -> Bool {
    folder.isEmpty || path.hasPrefix(folder + "/")
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.isEmpty ? name : folder + "/" + name
  }
}
