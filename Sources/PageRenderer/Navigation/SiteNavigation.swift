import FestivalModel
import Foundation
import Markdown
import SitePlan

/// The sidebar, written once per festival as a script every page of the festival loads (and once for
/// the site's own pages), so pages stay small however large the festival is, and it works from `file://`.
enum SiteNavigation {
  /// `interfaces` gives a festival's "Interfaces" section, working it out with the function it is handed
  /// unless an earlier build's is known to be the same. A large festival's sidebar comes in parts
  /// (`NavigationParts`) beside its `nav.js`.
  static func scripts(
    model: ContentModel, plan: SitePlan,
    interfaces: (_ festival: Int, _ make: () -> NavigationItem?) -> NavigationItem? = { $1() },
    written: (_ festival: Int, _ whole: NavigationItem, _ make: () -> [RenderedFile]) -> [RenderedFile] = {
      $2()
    },
    planItems: (_ festival: Int, _ make: () -> [NavigationItem]) -> [NavigationItem] = { $1() }
  ) -> [RenderedFile] {
    var files: [RenderedFile] = []
    var festivalItems: [NavigationItem] = []
    for (index, festival) in model.festivals.enumerated() {
      let festivalPlan = plan.festivals[index]
      festivalItems.append(NavigationItem(title: festival.title, path: festivalPlan.home))
      let section = interfaces(index) { interfaceSection(festival, festivalPlan) }
      let all = [section].compactMap { $0 } + planItems(index) { self.items(festival, festivalPlan) }
      // The festival's own item holds what its script is written from: its title, home and items.
      let whole = NavigationItem(title: festival.title, path: festivalPlan.home, children: all)
      files += written(index, whole) {
        var parts = NavigationParts(folder: partFolder(of: festivalPlan.navigationScript))
        let items = parts.split(all)
        return [script(festivalPlan.navigationScript, title: festival.title, home: festivalPlan.home, items)]
          + parts.files
      }
    }
    var rootItems = [NavigationItem(title: "Festivals", path: "index.html", children: festivalItems)]
    let loose = model.looseDocuments.compactMap { document -> NavigationItem? in
      plan.looseDocuments[document.path].map { NavigationItem(title: document.title, path: $0) }
    }
    if !loose.isEmpty { rootItems.append(NavigationItem(title: "Documents", children: loose)) }
    files.append(script("nav.js", title: "Festivals", home: "index.html", rootItems.map(\.javaScript)))
    return files
  }

  /// `festival/nav/` beside `festival/nav.js`.
  static func partFolder(of script: String) -> String {
    (script.hasSuffix(".js") ? String(script.dropLast(3)) : script) + "/"
  }

  /// `items` as script, one top-level item per line.
  private static func script(_ path: String, title: String, home: String, _ items: [String])
    -> RenderedFile
  {
    let text =
      "festdocNavigation({\"title\":\(JavaScriptLiteral.string(title)),\"home\":\(JavaScriptLiteral.string(home)),"
      + "\"items\":[" + items.joined(separator: ",\n") + "]});\n"
    return RenderedFile(path: path, data: Data(text.utf8))
  }

  /// What follows the "Interfaces" section: the planning tree, the other documents, the review pages.
  static func items(_ festival: Festival, _ plan: FestivalPlan) -> [NavigationItem] {
    var items: [NavigationItem] = []
    let planTree = self.planTree(festival, plan)
    if !planTree.isEmpty { items.append(NavigationItem(title: "Plan", children: planTree)) }
    let rootDocuments = festival.documents.filter { document in
      document.kind != .interfaces && !festival.phases.contains { document.path.hasPrefix($0.path + "/") }
    }
    let documents = supporting(rootDocuments.map(\.path), under: festival.path, festival, plan)
    if !documents.isEmpty { items.append(NavigationItem(title: "Documents", children: documents)) }
    items.append(
      NavigationItem(
        title: "Review",
        children: [
          NavigationItem(title: "Review dashboard", path: plan.review),
          NavigationItem(title: "A–Z index", path: plan.nameIndex),
          NavigationItem(title: "Build diagnostics", path: plan.diagnostics),
        ]))
    return items
  }

  /// The "Interfaces" section: the interface document, the contract's pages by kind, its sections.
  static func interfaceSection(_ festival: Festival, _ plan: FestivalPlan) -> NavigationItem? {
    var interface: [NavigationItem] = []
    if let path = plan.interfaces {
      // Named as the document names itself, so the link and the page it opens agree.
      let title = festival.interfaces.map(\.title).flatMap { $0.isEmpty ? nil : $0 } ?? "Interface document"
      interface.append(NavigationItem(title: title, path: path))
    }
    if let contract = festival.interfaces, !contract.isUnfilledTemplate {
      func group(_ title: String, _ names: [String], _ kind: ElementID.Kind, overview: String? = nil) {
        let children = zip(names, plan.pages(kind, in: contract.elements)).compactMap { name, path in
          path.map { NavigationItem(title: name, path: $0) }
        }
        guard !children.isEmpty else { return }
        interface.append(NavigationItem(title: title, path: overview, children: children))
      }
      group("Components", contract.components.map(\.name), .component)
      group("Endpoints", contract.endpoints.map(\.name), .endpoint)
      // Messages, enums and schemas beside the template's entities: data contracts, by what they are.
      let onlyEntities = contract.entities.allSatisfy { $0.form == .entity }
      group(
        onlyEntities ? "Entities" : "Data contracts", contract.entities.map(\.name), .entity,
        overview: plan.entities)
      group("Events", contract.events.map(\.name), .event)
      group("Queues", contract.queues.map(\.name), .queue)
      group("External systems", contract.externalSystems.map(\.name), .externalSystem)
      if let authorization = plan.authorization {
        interface.append(NavigationItem(title: "Authorization", path: authorization))
      }
      if let path = plan.interfaces,
        let document = festival.documents.first(where: { $0.path == contract.path })
      {
        interface += sectionLinks(document, page: path)
      }
    }
    return interface.isEmpty ? nil : NavigationItem(title: "Interfaces", children: interface)
  }

  /// Security, performance and error sections of the interface document, by their headings.
  private static func sectionLinks(_ document: Document, page: String) -> [NavigationItem] {
    let wanted = [("Security", "security"), ("Performance", "performance"), ("Errors", "error")]
    var slugger = HeadingSlugger()
    var found: [String: String] = [:]
    for block in document.body.allBlocks {
      guard case .heading(let heading) = block else { continue }
      let text = heading.content.plainText
      let anchor = slugger.slug(for: text)
      guard heading.level <= 3 else { continue }
      for (title, word) in wanted where found[title] == nil && text.lowercased().contains(word) {
        found[title] = anchor
      }
    }
    return wanted.compactMap { title, _ in
      found[title].map { NavigationItem(title: title, path: page + "#" + $0) }
    }
  }

  /// Phases > sequences > tasks in number order; tasks sharing a number grouped as parallel.
  private static func planTree(_ festival: Festival, _ plan: FestivalPlan) -> [NavigationItem] {
    func page(_ path: String?) -> String? { path.flatMap { plan.documents[$0] } }
    func task(_ task: FestivalTask) -> NavigationItem {
      NavigationItem(title: PlanTitles.task(task), path: page(task.path))
    }
    func tasks(_ groups: [[FestivalTask]]) -> [NavigationItem] {
      groups.map { group in
        guard group.count > 1 else { return task(group[0]) }
        return NavigationItem(title: "In parallel", children: group.map(task), parallel: true)
      }
    }
    return festival.phases.map { phase in
      let title = PlanTitles.phase(phase, in: festival)
      var children = phase.sequences.map { sequence in
        NavigationItem(
          title: PlanTitles.sequence(sequence, in: festival), path: page(sequence.goalPath),
          children: tasks(sequence.taskGroups)
            + supporting(sequence.supportingPaths, under: sequence.path, festival, plan))
      }
      children += tasks(phase.tasks.map { [$0] })
      children += supporting(phase.supportingPaths, under: phase.path, festival, plan)
      return NavigationItem(title: title, path: page(phase.goalPath), children: children)
    }
  }

  /// Supporting documents: the folder's own files, then a heading per subfolder (`decisions/`).
  private static func supporting(
    _ paths: [String], under folder: String, _ festival: Festival, _ plan: FestivalPlan
  )
    -> [NavigationItem]
  {
    func item(_ path: String) -> NavigationItem? {
      plan.documents[path].map { NavigationItem(title: festival.document(at: path)?.title ?? path, path: $0) }
    }
    return SupportingGroups.groups(paths, under: folder).flatMap { group -> [NavigationItem] in
      let items = group.paths.compactMap(item)
      guard let name = group.folder else { return items }
      return [NavigationItem(title: name + "/", children: items)]
    }
  }
}
