import ContentReader
import Diagnostics
import Parallelism

/// The interface contract of a festival, and of the loose documents: every source's fragment merged.
extension FestivalModelBuilder {
  /// `template` (COMMON_INTERFACES.md) is the base; every other document adds what its source finds.
  /// Nil when no document states an interface. The template's reading may use `jobs` threads.
  static func contract(
    of documents: [Document], texts: [ContentFile], template: Document?, basePath: String,
    apiTexts: [String: String] = [:], memo: ModelCache?, jobs: Int = 1
  ) -> (InterfaceContract?, [Diagnostic]) {
    let textByPath = Dictionary(texts.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
    let sources = documents.map { document in
      SourceDocument(
        path: document.path, title: document.title, text: textByPath[document.path] ?? "",
        body: document.body,
        kind: document.path == template?.path ? .interfaces : document.kind, isLoose: false,
        references: references(of: document.path, text: textByPath[document.path] ?? "", among: apiTexts),
        jobs: jobs)
    }
    var base: ContractFragment?
    var fragments: [ContractFragment] = []
    for (source, fragment) in zip(sources, readFragments(of: sources, memo: memo, jobs: jobs)) {
      guard let fragment else { continue }
      if source.kind == .interfaces {
        base = fragment
      } else if !fragment.isEmpty || !fragment.diagnostics.isEmpty {
        fragments.append(fragment)
      }
    }
    let found = fragments.filter { !$0.isEmpty }
    guard !found.isEmpty else {
      return (base?.contract, (base?.diagnostics ?? []) + fragments.flatMap(\.diagnostics))
    }
    var start = base?.contract ?? InterfaceContract(path: basePath, title: "Interfaces")
    start.isUnfilledTemplate = false
    let (merged, findings) = ContractMerger.merge(base: start, fragments: fragments)
    return (merged, (base?.diagnostics ?? []) + findings)
  }

  /// Each source's fragment, in order. With more than one job the other documents are read on a
  /// helper thread while this one reads the template, which is most of a festival's contract and is
  /// read on one thread for the most part.
  static func readFragments(of sources: [SourceDocument], memo: ModelCache?, jobs: Int) -> [ContractFragment?]
  {
    guard jobs > 1, memo == nil, let template = sources.firstIndex(where: { $0.kind == .interfaces }) else {
      return sources.map { fragment(of: $0, memo: memo) }
    }
    let (base, others) = Concurrently.run(jobs: jobs) {
      fragment(of: sources[template], memo: nil)
    } _: {
      sources.indices.map { $0 == template ? nil : fragment(of: sources[$0], memo: nil) }
    }
    var all = others
    all[template] = base
    return all
  }

  static func fragment(of source: SourceDocument, memo: ModelCache?) -> ContractFragment? {
    guard let memo else { return ContractSources.read(source) }
    var source = source
    source.readings = memo.readings(for: source.path, text: source.text)
    let read = { ContractSources.read(source) }
    // The files its `$ref`s reach are part of what it says.
    let referenced = source.references.sorted { $0.key < $1.key }.map { $0.key + "\u{0}" + $0.value }
    return memo.fragment(
      path: source.path,
      key: "\(source.kind)\u{0}\(source.isLoose)\u{0}" + source.title + "\u{0}" + source.text
        + referenced.joined(separator: "\u{0}"), read: read)
  }

  /// The text of every API document and of every file their `$ref`s reach, by content path.
  static func apiDocumentTexts(_ inventory: ContentInventory) -> [String: String] {
    let files =
      (inventory.festivals.flatMap(\.documents) + inventory.looseDocuments).filter {
        APIDocumentFile.isCandidate(path: $0.path)
      } + inventory.referencedFiles
    return Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
  }

  /// The files an API document at `path` reaches through `$ref`s, with their texts; empty for others.
  static func references(of path: String, text: String, among texts: [String: String]) -> [String: String] {
    guard APIDocumentFile.isCandidate(path: path), !texts.isEmpty else { return [:] }
    var result: [String: String] = [:]
    for file in APIReferences.reached(from: path, text: text, text: { texts[$0] }) {
      if let found = texts[file] { result[file] = found }
    }
    return result
  }

  /// Loose documents: a template-shaped one is a contract of its own (its badge on the index, its diff);
  /// everything every loose source finds feeds one workspace contract with pages of its own.
  static func looseContracts(
    _ documents: [Document], files: [ContentFile], apiTexts: [String: String] = [:], memo: ModelCache?
  ) -> ([InterfaceContract], Festival?, [Diagnostic]) {
    let textByPath = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
    var templates: [InterfaceContract] = []
    var fragments: [ContractFragment] = []
    for document in documents {
      let source = SourceDocument(
        path: document.path, title: document.title, text: textByPath[document.path] ?? "",
        body: document.body,
        kind: document.kind, isLoose: true,
        references: references(of: document.path, text: textByPath[document.path] ?? "", among: apiTexts))
      guard let fragment = fragment(of: source, memo: memo) else { continue }
      if fragment.isTemplate { templates.append(fragment.contract) }
      fragments.append(fragment)
    }
    let diagnostics = fragments.flatMap(\.diagnostics)
    guard fragments.contains(where: { !$0.isEmpty }) else { return (templates, nil, diagnostics) }
    let (merged, findings) = ContractMerger.merge(
      base: InterfaceContract(path: "", title: "Workspace contracts"), fragments: fragments)
    var workspace = Festival(
      folderName: "contracts", path: "", name: "Workspace contracts", festivalID: nil, generation: .v1,
      lifecycle: nil, bucketDate: nil, status: nil,
      goal: "The interfaces written in documents outside every festival.", config: nil, documents: [],
      phases: [], interfaces: merged)
    workspace.isWorkspace = true
    return (templates, workspace, findings)
  }
}
