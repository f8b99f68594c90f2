import Foundation

/// Where a file inside a phase belongs. Fest-era festivals follow fest's own classification (phases
/// `NNN_`, sequences `NN_`, tasks `NN_*.md` or `NN.*.md` directly in a sequence, nothing else a task);
/// v1 festivals keep the kit's looser names (`2_Define_Interfaces/`, unnumbered task files).
extension ContentLayout {
  /// The goal and overview files fest never counts as tasks, whatever their names.
  static let nonTaskFiles: Set<String> = [
    "SEQUENCE_GOAL.MD", "PHASE_GOAL.MD", "FESTIVAL_GOAL.MD", "FESTIVAL_OVERVIEW.MD", "TODO.MD", "CONTEXT.MD",
    "FESTIVAL_RULES.MD",
  ]

  /// A phase folder's number and name, or nil when the folder is no phase.
  static func phaseFolder(_ name: String, _ generation: FestivalGeneration) -> (Int, String)? {
    generation == .festEra ? numbered(name, digits: 3) : numbered(name)
  }

  static func sequenceFolder(_ name: String, _ generation: FestivalGeneration) -> (Int, String)? {
    generation == .festEra ? numbered(name, digits: 2) : numbered(name)
  }

  /// Puts a file found inside a phase (path `parts` below the phase folder) where it belongs.
  static func place(
    file: ContentFile, parts: [String], in phase: inout PhaseFolder, generation: FestivalGeneration
  ) {
    if parts.count == 1 {
      // fest counts no file lying directly in a phase; the v1 kit keeps its tasks there.
      if generation == .v1, let task = task(named: parts[0], path: file.path, allowUnnumbered: true) {
        phase.tasks.append(task)
      } else {
        phase.documentPaths.append(file.path)
      }
      return
    }
    guard let (number, name) = sequenceFolder(parts[0], generation) else {
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
    let task =
      parts.count != 2
      ? nil
      : generation == .festEra
        ? festTask(named: parts[1], path: file.path)
        : self.task(named: parts[1], path: file.path, allowUnnumbered: true)
    if let task {
      phase.sequences[index!].tasks.append(task)
    } else {
      phase.sequences[index!].documentPaths.append(file.path)
    }
  }

  /// fest's rule: `^\d{2}[._].*\.md$`, goal files excepted.
  static func festTask(named fileName: String, path: String) -> TaskFile? {
    let utf8 = Array(fileName.utf8)
    guard utf8.count > 6, fileName.hasSuffix(".md"), !nonTaskFiles.contains(fileName.uppercased()),
      utf8[0] >= UInt8(ascii: "0"), utf8[0] <= UInt8(ascii: "9"),
      utf8[1] >= UInt8(ascii: "0"), utf8[1] <= UInt8(ascii: "9"),
      utf8[2] == UInt8(ascii: "_") || utf8[2] == UInt8(ascii: ".")
    else { return nil }
    let name = String(fileName.dropFirst(3).dropLast(3))
    return TaskFile(number: Int(fileName.prefix(2)), name: name.isEmpty ? fileName : name, path: path)
  }

  /// `03_write_tests.md` is task 3; an unnumbered lower-case file is an old-style task; upper-case files
  /// (`SEQUENCE_GOAL.md`, `README.md`) are documents.
  static func task(named fileName: String, path: String, allowUnnumbered: Bool) -> TaskFile? {
    guard isMarkdown(fileName) else { return nil }
    let base = fileName.replacingOccurrences(of: ".markdown", with: "").replacingOccurrences(
      of: ".md", with: "")
    if let (number, name) = numbered(base) { return TaskFile(number: number, name: name, path: path) }
    guard allowUnnumbered, base != base.uppercased() else { return nil }
    return TaskFile(number: nil, name: base, path: path)
  }

  /// `001_PLAN` -> (1, "PLAN"); `2_Define_Interfaces` -> (2, "Define_Interfaces"). With `digits`, the
  /// number must have exactly that many.
  static func numbered(_ name: String, digits wanted: Int? = nil) -> (Int, String)? {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 4, wanted == nil || digits.count == wanted,
      name.dropFirst(digits.count).first == "_", let number = Int(digits)
    else { return nil }
    let rest = String(name.dropFirst(digits.count + 1))
    return rest.isEmpty ? nil : (number, rest)
  }

  /// The lifecycle folder a festival sits in below `festivals/`, and the dated bucket inside it.
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
    let date = rest.first { $0.range(of: #"^\d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil }
    return (lifecycle, date.map { String($0.prefix(10)) })
  }
}
