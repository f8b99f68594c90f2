import FestivalModel
import Foundation
import Parallelism
import SitePlan

/// What each page is made from, as a fingerprint: two builds that give a page the same fingerprint give
/// it the same body. The site index has none and is always rendered; the A-Z index, review and
/// diagnostics pages get the part known before rendering, completed by `RenderPass` once the
/// cross-references and findings are known.
enum PageInputs {
  /// `sources` are the fingerprints of the content files by path (the model keeps parsed values only),
  /// `anchors` whether each anchor a link points at is there, by "document#anchor"; `homePlanView`
  /// gives what a festival's home at a path shows of its plan; `contracts` each festival's contract in
  /// parts, and `subjects` the elements an element's page shows. Also returns the part every page
  /// shares (the plan, anchors, theme).
  static func fingerprints(
    model: ContentModel, plan: SitePlan, theme: Theme, options: RenderOptions, sources: [String: String],
    anchors: [String: String], contracts: [ContractFingerprints?], cache: RenderCache? = nil, jobs: Int = 1,
    subjects: @escaping @Sendable (_ festival: Int, _ element: ElementID) -> [ElementID],
    homePlanView: @escaping @Sendable (_ festival: Int, _ path: String, _ siteKey: String) -> String
  ) -> (site: String, pages: [String?]) {
    let siteKey = siteKey(
      model: model, plan: plan, theme: theme, options: options, anchors: anchors, cache: cache)

    let sourcePaths = sources.keys.sorted()
    let festivals = model.festivals.enumerated().map { number, festival in
      inputs(
        of: festival, model: model, sources: sources, sourcePaths: sourcePaths, contract: contracts[number])
    }
    // Every page's inputs start with the site's part and most go on with their festival's model, so
    // those are hashed once and each page adds its own path to a copy.
    let shared = {
      var hasher = Fingerprint()
      hasher.add(siteKey)
      return hasher
    }()
    let festivalShared = festivals.map { festival in
      var hasher = shared
      hasher.add(festival.model)
      return hasher
    }
    // A large system's groups follow its components' owners, which the frame does not hold: a
    // component moved to another owner changes two group pages and who links to its neighbours.
    let festivalFramed = festivals.indices.map { number in
      var hasher = shared
      hasher.add(festivals[number].framed)
      for group in plan.festivals[number].systemGroups {
        hasher.add(
          group.name + "\t" + group.path + "\t" + group.components.map(\.description).joined(separator: " "))
      }
      return hasher
    }
    let elementKeys = elementPageKeys(
      plan: plan, contracts: contracts, framed: festivalFramed, cache: cache, jobs: jobs, subjects: subjects)
    @Sendable func key(_ base: Fingerprint, _ parts: String...) -> String {
      var hasher = base
      for part in parts { hasher.add(part) }
      return hasher.value
    }
    // Side by side without a preview's memory, which the festival homes' plan views use.
    let allPages = plan.pages
    let pageJobs = cache == nil && allPages.count >= 512 ? jobs : 1
    let pages = Concurrently.map(jobs: pageJobs, count: allPages.count) { number -> String? in
      let page = allPages[number]
      switch page.kind {
      case .siteIndex: return nil
      // The part known before rendering; SiteRenderer adds the mentions or findings they show.
      // The names, kinds and definitions it lists are in the frame.
      case .nameIndex(let festival): return key(festivalFramed[festival], page.path)
      case .review(let festival): return key(shared, festivals[festival].all, page.path)
      case .diagnostics, .notFound, .changes: return key(shared, page.path)
      // The home shows names, relations, statuses and drawings of the whole system, which the frame
      // holds, and no element's details: an edit of one cell leaves it as it was.
      case .festivalHome(let festival):
        return key(
          festivalFramed[festival], homePlanView(festival, page.path, siteKey),
          homeView(of: model.festivals[festival]), page.path)
      case .document(let festival, let path):
        // A document's mentions are counted against its festival's names, which the frame holds.
        return key(festival.map { festivalFramed[$0] } ?? shared, sources[path] ?? "", page.path)
      case .component(let festival, _), .endpoint(let festival, _), .entity(let festival, _),
        .event(let festival, _), .queue(let festival, _), .externalSystem(let festival, _),
        .role(let festival, _), .resource(let festival, _):
        return elementKeys[festival]?[page.path] ?? key(festivalShared[festival], page.path)
      // A group's graph shows names and who depends on whom, which the frame holds.
      case .systemGroup(let festival, _): return key(festivalFramed[festival], page.path)
      case .interfaces(let festival), .entities(let festival), .authorization(let festival):
        return tablesPageKey(
          page, framed: festivalFramed[festival], shared: festivalShared[festival],
          contract: contracts[festival])
      }
    }
    return (siteKey, pages)
  }

  /// The inputs of a page of the contract's tables. The entities page shows every entity and the graph,
  /// names and owners of the frame; the authorization grid the matrix's rows, and its roles and
  /// resources, which the frame holds; the interfaces page tables of every element, so the whole model.
  private static func tablesPageKey(
    _ page: PlannedPage, framed: Fingerprint, shared: Fingerprint, contract: ContractFingerprints?
  ) -> String {
    var hasher = shared
    switch (page.kind, contract) {
    case (.entities, let contract?):
      hasher = framed
      hasher.add("entities\t" + contract.entityTable)
    case (.authorization, let contract?):
      hasher = framed
      hasher.add("matrix\t" + contract.matrix)
    default:
      break
    }
    hasher.add(page.path)
    return hasher.value
  }

  /// The element pages' fingerprints of each festival with a contract, by page path: the frame, the
  /// elements the page shows (`subjects`) and its path. A preview keeps them while the frame and every
  /// element's fingerprint compare equal, as they do after a task edit, which spares working out the
  /// subjects of thousands of pages again.
  private static func elementPageKeys(
    plan: SitePlan, contracts: [ContractFingerprints?], framed: [Fingerprint], cache: RenderCache?, jobs: Int,
    subjects: @escaping @Sendable (_ festival: Int, _ element: ElementID) -> [ElementID]
  ) -> [[String: String]?] {
    var pagesOf = Array(repeating: [(path: String, element: ElementID)](), count: contracts.count)
    for page in plan.pages {
      switch page.kind {
      case .component(let festival, let element), .endpoint(let festival, let element),
        .entity(let festival, let element), .event(let festival, let element),
        .queue(let festival, let element), .externalSystem(let festival, let element),
        .role(let festival, let element), .resource(let festival, let element):
        pagesOf[festival].append((page.path, element))
      default: continue
      }
    }
    return contracts.indices.map { festival -> [String: String]? in
      guard let contract = contracts[festival] else { return nil }
      let base = framed[festival].value
      let home = plan.festivals[festival].home
      if let kept = cache?.elementKeys[home], kept.base == base, kept.elements == contract.elements {
        return kept.keys
      }
      // Thousands of pages at 10,000 components, each hashing what it shows: side by side.
      let pages = pagesOf[festival]
      let (start, elements) = (framed[festival], contract.elements)
      let made = Concurrently.map(jobs: pages.count < 512 ? 1 : jobs, count: pages.count) { index in
        var hasher = start
        for subject in subjects(festival, pages[index].element) {
          hasher.add(subject.description + "\t" + (elements[subject] ?? "\u{0}"))
        }
        hasher.add(pages[index].path)
        return hasher.value
      }
      var keys: [String: String] = Dictionary(minimumCapacity: pages.count)
      for (page, key) in zip(pages, made) { keys[page.path] = key }
      cache?.elementKeys[home] = ElementKeys(base: base, elements: contract.elements, keys: keys)
      return keys
    }
  }

  /// A festival's element pages' fingerprints, with the frame (`base`) and element fingerprints they
  /// were made from.
  struct ElementKeys {
    var base: String
    var elements: [ElementID: String]
    var keys: [String: String]
  }

  /// What a festival home's plan view and its sidebar items are made from: the site's part (every
  /// page's path and title, so the titles of the documents they link) and the festival without its
  /// documents' contents and contract. A task edit that leaves titles and states as they were leaves
  /// these equal.
  struct PlanViewInputs: Equatable {
    var siteKey: String
    var festival: Festival
    /// Which documents are interface documents, which the sidebar leaves out of "Documents".
    var documentKinds: [DocumentKind]

    init(siteKey: String, festival: Festival) {
      self.siteKey = siteKey
      var plan = festival
      plan.documents = []
      plan.interfaces = nil
      self.festival = plan
      documentKinds = festival.documents.map(\.kind)
    }
  }

  /// What a festival's pages are made from: its model's files, all its files, and its model's files
  /// with the contract's frame standing for the contract's own files.
  static func inputs(
    of festival: Festival, model: ContentModel, sources: [String: String], sourcePaths: [String],
    contract: ContractFingerprints?
  ) -> Inputs {
    let phaseFolders = festival.phases.map { $0.path + "/" }
    let prefix = festival.path.isEmpty ? "" : festival.path + "/"
    let contractFiles = PageInputs.contractFiles(of: festival)
    var modelInputs = Fingerprint()
    var allInputs = Fingerprint()
    // The same without the contract's files, which the contract's fingerprints stand for.
    var framedInputs = Fingerprint()
    framedInputs.add(contract?.frame ?? "\u{0}")
    // The workspace contract is made of the loose documents alone, whatever its empty path prefixes.
    let loose = festival.isWorkspace ? Set(model.looseDocuments.map(\.path)) : nil
    for path in sourcePaths where path.hasPrefix(prefix) && loose.map({ $0.contains(path) }) ?? true {
      allInputs.add(path + "\t" + sources[path]!)
      // The interface model and the catalog of names come from the files outside the plan and the
      // tasks that define interface elements (whose status the element pages show).
      if !phaseFolders.contains(where: { path.hasPrefix($0) }) || contractFiles.contains(path) {
        modelInputs.add(path + "\t" + sources[path]!)
        let task = festival.task(at: path)
        if let task { modelInputs.add(task.state.status.rawValue) }
        if contract == nil || !contractFiles.contains(path) {
          framedInputs.add(path + "\t" + sources[path]!)
        } else if let task {
          // An element page names the task that defines it, with the task's state.
          framedInputs.add(path + "\t" + task.title + "\t" + task.state.status.rawValue)
        }
      }
    }
    return Inputs(model: modelInputs.value, all: allInputs.value, framed: framedInputs.value)
  }

  /// A festival's inputs: what its model is made from, every file of it, and the model's files other
  /// than the contract's with the contract's frame.
  struct Inputs {
    var model: String
    var all: String
    var framed: String
  }

  /// The files any element of the festival's contract is defined in.
  static func contractFiles(of festival: Festival) -> Set<String> {
    guard let contract = festival.interfaces else { return [] }
    return Set(contract.sourceFiles + [contract.path])
  }
  /// The part of every page's inputs the whole site shares: the theme, the settings, every page's path
  /// and title, the anchors, the files of static/ and the changes feed.
  static func siteKey(
    model: ContentModel, plan: SitePlan, theme: Theme, options: RenderOptions, anchors: [String: String],
    cache: RenderCache? = nil
  ) -> String {
    var site = Fingerprint()
    site.add(RenderRecord.format)
    site.add(theme.fingerprint)
    for setting in [
      options.siteTitle, options.version, options.source, options.footer, options.baseURL,
      options.repositoryURL, options.logo,
    ] {
      site.add(setting ?? "\u{0}")
    }
    // The changes feed shows on its page and on every element page it names.
    if let history = options.history {
      site.add("history\t" + (history.note ?? "") + history.commits.map(\.id).joined(separator: ","))
    }
    site.add(
      pagesKey(plan.pages, rowAnchors: plan.festivals.map(\.rowAnchors), anchors: anchors, cache: cache))
    // Which files static/ holds decides whether a link or image to one works (their bytes do not).
    for file in model.staticFiles { site.add("static\t" + file.path) }
    return site.value
  }

  /// Every page's path, title and kind, the row anchors the plan gives, and whether each anchor a link
  /// points at is there. Titles and paths are in every page (breadcrumbs, links); pages link to rows by
  /// their anchors (`FestivalContext.rowLink`, the catalog); the linked anchors decide which links are
  /// broken (`ResolvedSite.anchorTargets`), so a heading nothing links to changes only its own page. A
  /// preview keeps the value while all compare equal: comparing them costs a fraction of hashing them.
  private static func pagesKey(
    _ pages: [PlannedPage], rowAnchors: [[String: [Int: String]]], anchors: [String: String],
    cache: RenderCache?
  ) -> String {
    if let kept = cache?.pagesKey, kept.pages == pages, kept.anchors == anchors, kept.rowAnchors == rowAnchors
    {
      return kept.value
    }
    var hasher = Fingerprint()
    // The kind by its label: interpolating the enum itself goes through reflection, slow for thousands.
    for page in pages {
      hasher.add(page.path)
      hasher.add(page.title)
      hasher.add(page.kind.label)
    }
    for festival in rowAnchors {
      for path in festival.keys.sorted() {
        let rows = festival[path]!
        hasher.add(path + "\t" + rows.keys.sorted().map { "\($0)=\(rows[$0]!)" }.joined(separator: " "))
      }
    }
    for path in anchors.keys.sorted() { hasher.add(path + "#" + anchors[path]!) }
    let value = hasher.value
    cache?.pagesKey = (pages, rowAnchors, anchors, value)
    return value
  }
}
