import ContentReader
import Diagnostics
import Markdown
import Parallelism

/// The parse and model steps: what the reader found parsed, then turned into the festival model.
public enum FestivalModelBuilder {
  public static func build(_ inventory: ContentInventory) -> ContentModel {
    build(inventory, parsed: parse(inventory))
  }

  /// Parses every document's markdown and front matter, on `jobs` threads.
  public static func parse(_ inventory: ContentInventory, jobs: Int = 1) -> ParsedDocuments {
    parse(inventory, memo: nil, jobs: jobs)
  }

  /// The model from the parsed documents; a contract's reading uses up to `jobs` threads.
  public static func build(_ inventory: ContentInventory, parsed: ParsedDocuments, jobs: Int = 1)
    -> ContentModel
  {
    assemble(inventory, parsed: parsed.documents, memo: nil, jobs: jobs)
  }

  /// With a `memo`, files whose text it has seen are not parsed again. Long documents go first, one at
  /// a time with their parts side by side (a long contract is most of a festival's text); then the
  /// others side by side, largest first.
  static func parse(_ inventory: ContentInventory, memo: ModelCache?, jobs: Int = 1) -> ParsedDocuments {
    let files = inventory.festivals.flatMap(\.documents) + inventory.looseDocuments
    @Sendable func read(_ file: ContentFile, jobs: Int) -> (Document, [Diagnostic]) {
      let read = { (parts: MarkdownPartCache?) in
        DocumentReader.read(file, kind: .document, parts: parts, jobs: jobs)
      }
      return memo.map { $0.document(file, read: read) } ?? read(nil)
    }
    let order = files.indices.sorted { files[$0].text.utf8.count > files[$1].text.utf8.count }
    let long = order.prefix { MarkdownParser.isParsedInParts(byteCount: files[$0].text.utf8.count) }
    var parsed = long.map { read(files[$0], jobs: jobs) }
    parsed += Concurrently.map(jobs: jobs, count: order.count - long.count) { place in
      read(files[order[long.count + place]], jobs: 1)
    }
    MarkdownParser.releaseMemory()
    var byFile = [(Document, [Diagnostic])?](repeating: nil, count: files.count)
    for (place, index) in order.enumerated() { byFile[index] = parsed[place] }
    var documents: [String: (Document, [Diagnostic])] = [:]
    documents.reserveCapacity(files.count)
    // In the files' own order, so the first of two files at one path wins as it always did.
    for (index, file) in files.enumerated() where documents[file.path] == nil {
      documents[file.path] = byFile[index]
    }
    return ParsedDocuments(documents: documents)
  }

  /// With a `memo`, contracts whose text it has seen are not read again.
  static func assemble(
    _ inventory: ContentInventory, parsed: [String: (Document, [Diagnostic])], memo: ModelCache? = nil,
    jobs: Int = 1
  ) -> ContentModel {
    var diagnostics = inventory.diagnostics
    let apiTexts = apiDocumentTexts(inventory)
    let festivals = inventory.festivals.map { tree -> Festival in
      let (festival, found) = festival(
        from: tree, parsed: parsed, apiTexts: apiTexts, memo: memo, jobs: jobs)
      diagnostics += found
      return festival
    }
    var loose: [Document] = []
    for file in inventory.looseDocuments {
      var (document, found) = parsed[file.path] ?? DocumentReader.read(file, kind: .document)
      document.kind = DocumentReader.kind(ofFileNamed: file.name, isTask: false)
      diagnostics += found
      loose.append(document)
    }
    let (looseContracts, workspace, looseFindings) = looseContracts(
      loose, files: inventory.looseDocuments, apiTexts: apiTexts, memo: memo)
    diagnostics += looseFindings
    let (configuration, configurationFindings) = SiteConfigurationReader.read(inventory.siteConfig)
    var model = ContentModel(
      festivals: festivals + (workspace.map { [$0] } ?? []), looseDocuments: loose,
      looseContracts: looseContracts,
      diagnostics: (diagnostics + configurationFindings).sortedForOutput())
    model.configuration = configuration
    model.staticFiles = inventory.staticFiles
    model.rootName = inventory.rootName
    return model
  }

  /// A loose document is read for contracts when its name or a folder of its path says so
  /// (`PAYMENTS_INTERFACES.md`, `billing-contract.md`, `contracts/README.md`, `api/orders.proto`).
  static func looksLikeContract(path: String) -> Bool {
    let lower = path.lowercased()
    if lower.hasSuffix(".proto") || APIDocumentFile.isCandidate(path: lower) { return true }
    let parts = lower.split(separator: "/")
    let name = parts.last ?? ""
    if name.contains("interface") || name.contains("contract") { return true }
    return parts.dropLast().contains { folder in
      folder.contains("contract") || folder.contains("interface") || folder == "api" || folder == "apis"
        || folder == "proto" || folder == "protos"
    }
  }

  static func festival(
    from tree: FestivalTree, parsed: [String: (Document, [Diagnostic])], apiTexts: [String: String] = [:],
    memo: ModelCache? = nil, jobs: Int = 1
  ) -> (Festival, [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let taskPaths = Set(
      tree.phases.flatMap { $0.tasks.map(\.path) + $0.sequences.flatMap { $0.tasks.map(\.path) } })
    var documents: [Document] = []
    for file in tree.documents {
      var (document, found) = parsed[file.path] ?? DocumentReader.read(file, kind: .document)
      document.kind = DocumentReader.kind(ofFileNamed: file.name, isTask: taskPaths.contains(file.path))
      documents.append(document)
      diagnostics += found
    }
    let byPath = Dictionary(documents.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var config: YAMLValue?
    if let file = tree.config {
      let parsed = FrontMatterParser.parse("---\n" + file.text + "\n---\n", path: file.path)
      config = .map(parsed.frontMatter.entries)
      diagnostics += parsed.diagnostics.map { finding in
        var moved = finding
        moved.location?.line = max(1, (finding.location?.line ?? 2) - 1)
        return moved
      }
    }
    let phases = tree.phases.map { phase(from: $0, documents: byPath) }
    let template = tree.rootDocument(named: "COMMON_INTERFACES.md").flatMap { byPath[$0.path] }
    let (interfaces, contractFindings) = contract(
      of: documents, texts: tree.documents, template: template, basePath: tree.path, apiTexts: apiTexts,
      memo: memo, jobs: jobs)
    diagnostics += contractFindings
    let overview = tree.rootDocument(named: "FESTIVAL_OVERVIEW.md").flatMap { byPath[$0.path] }
    let goalDocument = tree.rootDocument(named: "FESTIVAL_GOAL.md").flatMap { byPath[$0.path] }
    let name = festivalName(tree: tree, overview: overview, goal: goalDocument, config: config)
    let configStatus = config.flatMap { value -> String? in
      if case .map(let entries) = value { return entries.first { $0.key == "status" }?.value.stringValue }
      return nil
    }
    let statusText = overview?.status?.written ?? goalDocument?.status?.written ?? configStatus
    let configGoal = config?.value(at: ["metadata", "goal"])?.stringValue?.trimmingSpaces()
    var festival = Festival(
      folderName: tree.folderName, path: tree.path, name: name,
      festivalID: config?.value(at: ["metadata", "id"])?.stringValue ?? tree.festivalID,
      generation: tree.generation, lifecycle: tree.lifecycle, bucketDate: tree.bucketDate,
      status: statusText.map(WorkStatus.init(written:)),
      goal: configGoal.flatMap { $0.isEmpty ? nil : $0 } ?? (goalDocument ?? overview).flatMap(goalText(of:))
        ?? overview.flatMap(goalText(of:)),
      config: config, documents: documents, phases: phases, interfaces: interfaces)
    festival.ritualRun = tree.ritualRun
    diagnostics += applyFestState(&festival, tree: tree, documents: byPath)
    return (festival, diagnostics)
  }

  static func phase(from folder: PhaseFolder, documents: [String: Document]) -> FestivalPhase {
    let goalPath = folder.documentPaths.first { $0.uppercased().hasSuffix("/PHASE_GOAL.MD") }
    let goal = goalPath.flatMap { documents[$0] }
    var phase = FestivalPhase(
      number: folder.number, name: folder.name, path: folder.path, goalPath: goalPath, status: goal?.status,
      phaseType: goal?.frontMatter.text("fest_phase_type", "phase_type"),
      sequences: folder.sequences.map { sequence(from: $0, documents: documents) },
      tasks: folder.tasks.map { task(from: $0, documents: documents) })
    phase.supportingPaths = folder.documentPaths.filter { $0 != goalPath }
    return phase
  }

  static func sequence(from folder: SequenceFolder, documents: [String: Document]) -> FestivalSequence {
    let goalPath = folder.documentPaths.first { $0.uppercased().hasSuffix("/SEQUENCE_GOAL.MD") }
    var sequence = FestivalSequence(
      number: folder.number, name: folder.name, path: folder.path, goalPath: goalPath,
      status: goalPath.flatMap { documents[$0]?.status },
      tasks: folder.tasks.map { task(from: $0, documents: documents) })
    sequence.supportingPaths = folder.documentPaths.filter { $0 != goalPath }
    return sequence
  }

  static func task(from file: TaskFile, documents: [String: Document]) -> FestivalTask {
    let document = documents[file.path]
    return FestivalTask(
      number: file.number, name: file.name, path: file.path, title: document?.title ?? file.name,
      status: document?.status, progress: document?.progress ?? .empty)
  }

  /// fest.yaml's name, the front matter's, the overview's title without its "Festival Overview:" prefix,
  /// or the folder name.
  static func festivalName(tree: FestivalTree, overview: Document?, goal: Document?, config: YAMLValue?)
    -> String
  {
    for path in [["metadata", "name"], ["name"]] {
      if let name = config?.value(at: path)?.stringValue?.trimmingSpaces(), !name.isEmpty { return name }
    }
    for document in [goal, overview].compactMap({ $0 }) {
      if let name = document.frontMatter.text("fest_name") { return name }
      var title = document.title
      for prefix in ["Festival Overview:", "Festival Goal:", "Festival:", "Overview:", "Goal:"]
      where title.lowercased().hasPrefix(prefix.lowercased()) {
        title = String(title.dropFirst(prefix.count)).trimmingSpaces()
      }
      if !title.isEmpty && !PlaceholderDetector.isTemplateValue(title)
        && !["festival overview", "festival goal"].contains(title.lowercased())
      {
        return title
      }
    }
    return tree.folderName
  }

  /// The first paragraph under a heading that mentions the goal, else the document's first paragraph.
  static func goalText(of document: Document) -> String? {
    var underGoal = false
    var first: String?
    for block in document.body.blocks {
      switch block {
      case .heading(let heading):
        let title = heading.content.plainText.lowercased()
        underGoal = title.contains("goal") || title.contains("objective") || title.contains("purpose")
      case .paragraph(let paragraph):
        let text = paragraph.content.plainText.trimmingSpaces()
        if text.isEmpty || PlaceholderDetector.isTemplateValue(text) { continue }
        if underGoal { return text }
        if first == nil { first = text }
      default:
        continue
      }
    }
    return first
  }
}
