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

  public static func organize(_ files: [ContentFile]) -> (festivals: [FestivalTree], loose: [ContentFile]) {
    let roots = festivalRoots(in: files)
    var byRoot: [String: [ContentFile]] = [:]
    var loose: [ContentFile] = []
    for file in files {
      if let root = roots.first(where: { contains($0, file.path) }) {
        byRoot[root, default: []].append(file)
      } else if isMarkdown(file.path) {
        loose.append(file)
      }
    }
    let festivals = roots.sorted().map { festival(at: $0, files: byRoot[$0] ?? []) }
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

  static func festival(at root: String, files: [ContentFile]) -> FestivalTree {
    let components = root.split(separator: "/").map(String.init)
    let folderName = components.last ?? ""
    let (lifecycle, bucketDate) = lifecycle(of: components)
    let festivalID = festivalID(in: folderName)
    var config: ContentFile?
    var documents: [ContentFile] = []
    var phases: [String: PhaseFolder] = [:]
    for file in files.sorted(by: { $0.path < $1.path }) {
      let relative = root.isEmpty ? file.path : String(file.path.dropFirst(root.count + 1))
      let parts = relative.split(separator: "/").map(String.init)
      if parts.count == 1 && ["fest.yaml", "fest.yml"].contains(parts[0].lowercased()) {
        config = file
        continue
      }
      guard isMarkdown(file.path) else { continue }
      documents.append(file)
      guard parts.count >= 2, let (phaseNumber, phaseName) = numbered(parts[0]) else { continue }
      let phasePath = join(root, parts[0])
      var phase =
        phases[phasePath]
        ?? PhaseFolder(
          number: phaseNumber, name: phaseName, path: phasePath, sequences: [], tasks: [], documentPaths: [])
      place(file: file, parts: Array(parts.dropFirst()), in: &phase)
      phases[phasePath] = phase
    }
    let orderedPhases = phases.values.map { phase -> PhaseFolder in
      var sorted = phase
      sorted.sequences = phase.sequences.sorted(by: numberOrder)
      sorted.tasks = phase.tasks.sorted(by: numberOrder)
      return sorted
    }.sorted(by: numberOrder)
    let generation: FestivalGeneration =
      (config != nil || lifecycle != nil || festivalID != nil
        || documents.contains { $0.name.uppercased() == "FESTIVAL_GOAL.MD" })
      ? .festEra : .v1
    return FestivalTree(
      path: root, folderName: folderName.isEmpty ? "festival" : folderName, generation: generation,
      lifecycle: lifecycle, bucketDate: bucketDate, festivalID: festivalID, config: config,
      documents: documents, phases: orderedPhases)
  }

  /// Puts a file found inside a phase (path `parts` below the phase folder) where it belongs.
  private static func place(file: ContentFile, parts: [String], in phase: inout PhaseFolder) {
    if parts.count == 1 {
      if let task = task(named: parts[0], path: file.path, allowUnnumbered: false) {
        phase.tasks.append(task)
      } else {
        phase.documentPaths.append(file.path)
      }
      return
    }
    guard let (number, name) = numbered(parts[0]) else {
      phase.documentPaths.append(file.path)
      return
    }
    let sequencePath = join(phase.path, parts[0])
    var index = phase.sequences.firstIndex { $0.path == sequencePath }
    if index == nil {
      phase.sequences.append(
        SequenceFolder(number: number, name: name, path: sequencePath, tasks: [], documentPaths: []))
      index = phase.sequences.count - 1
    }
    if parts.count == 2, let task = task(named: parts[1], path: file.path, allowUnnumbered: true) {
      phase.sequences[index!].tasks.append(task)
    } else {
      phase.sequences[index!].documentPaths.append(file.path)
    }
  }

  /// `03_write_tests.md` is task 3; an unnumbered lower-case file in a sequence is an old-style task;
  /// upper-case files (`SEQUENCE_GOAL.md`, `README.md`) are documents.
  static func task(named fileName: String, path: String, allowUnnumbered: Bool) -> TaskFile? {
    guard isMarkdown(fileName) else { return nil }
    let base = fileName.replacingOccurrences(of: ".markdown", with: "").replacingOccurrences(
      of: ".md", with: "")
    if let (number, name) = numbered(base) { return TaskFile(number: number, name: name, path: path) }
    guard allowUnnumbered, base != base.uppercased() else { return nil }
    return TaskFile(number: nil, name: base, path: path)
  }

  /// `001_PLAN` -> (1, "PLAN"); `2_Define_Interfaces` -> (2, "Define_Interfaces").
  static func numbered(_ name: String) -> (Int, String)? {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, name.dropFirst(digits.count).first == "_",
      let number = Int(digits)
    else { return nil }
    let rest = String(name.dropFirst(digits.count + 1))
    return rest.isEmpty ? nil : (number, rest)
  }

  static func lifecycle(of components: [String]) -> (String?, String?) {
    guard let index = components.lastIndex(of: "festivals"), index + 1 < components.count - 1 else {
      return (nil, nil)
    }
    var rest = Array(components[(index + 1)..<(components.count - 1)])
    guard let first = rest.first, lifecycles.contains(first) else { return (nil, nil) }
    var lifecycle = first
    rest.removeFirst()
    if first == "dungeon", let bucket = rest.first, dungeonBuckets.contains(bucket) {
      lifecycle += "/" + bucket
      rest.removeFirst()
    }
    let date = rest.first { $0.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil }
    return (lifecycle, date)
  }

  /// `user-auth-HF0001` or `HF0001` -> `HF0001`.
  static func festivalID(in folderName: String) -> String? {
    guard let range = folderName.range(of: #"(^|-)[A-Z]{2}[0-9]{4}$"#, options: .regularExpression) else {
      return nil
    }
    return String(folderName[range].drop { $0 == "-" })
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
