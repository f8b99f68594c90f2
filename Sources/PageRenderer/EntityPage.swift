import FestivalModel

/// A data entity: purpose, storage, relationships (linked), access patterns, owner and who may reach it.
enum EntityPage {
  /// The authorization rows an entity's page lists: the resources named like it.
  static func authorizationRows(of entity: DataEntity, _ lookup: FestivalIndex) -> [Int] {
    lookup.resourcesByStem[Fold.stem(entity.name)] ?? []
  }

  static func render(_ context: PageContext, festival index: Int, entity number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let entity = contract.entities[number]
    var html: Markup = "<h1>\(HTML.text(entity.name))</h1>\n"
    let relationships = entity.relationships.map { relation -> Markup in
      let target = festival.lookup.entitiesByStem[Fold.stem(relation.target)]
      let name =
        target.map { festival.pageLink(.entity, $0, relation.target) }
        ?? HTML.text(relation.target)
      return (relation.cardinality.map { "\(Markup.code($0)) with " } ?? "") + name
    }
    let usedBy = entity.usedBy.map { reference in
      reference.target == nil ? HTML.text(reference.written) : festival.link(reference)
    }
    html += HTML.facts([
      ("Kind", entity.form == .entity ? "" : HTML.text(entity.form.label)),
      ("Group", HTML.text(entity.group ?? "")),
      ("Package", entity.package.map { Markup.code($0) } ?? ""),
      ("Purpose", HTML.text(entity.purpose)),
      ("Storage", HTML.text(entity.storage)),
      ("Owner", entity.owner.map { festival.componentLink($0.component) + Ownership.note($0) } ?? ""),
      ("Access patterns", HTML.text(entity.accessPatterns.joined(separator: ", "))),
      ("Used by", usedBy.isEmpty ? "" : usedBy.joined(separator: ", ")),
      ("Defined", festival.definedIn(.entity, number, at: entity.location, label: "in the entity table")),
    ])
    if !entity.fields.isEmpty {
      html += HTML.section(
        "Fields", id: "fields", FieldTable.render(entity.fields, festival, caption: "Fields"))
    }
    if !entity.values.isEmpty {
      html += HTML.section(
        "Values", id: "values",
        HTML.table(
          ["Value", "Number", "Description"],
          entity.values.map { value in
            [
              festival.rowLink(value.location, label: value.name), HTML.text(value.number),
              HTML.text(value.description),
            ]
          }))
    }
    html += carriers(of: entity, contract, festival)
    if !relationships.isEmpty {
      html += HTML.section("Relationships", id: "relationships", HTML.list(relationships))
    }
    var files: [RenderedFile] = []
    if let model = GeneratedDataModel.neighbourhood(contract, of: number) {
      let figure = GeneratedDataModel.figure(
        model, caption: "\(entity.name) and the entities related to it.", festival: festival,
        pagePath: context.page.path, number: 1)
      html += HTML.section("Data model", id: "data-model", figure.html)
      files.append(figure.file)
    }
    if let figure = GeneratedLifecycle.section(
      entity.fields, owner: entity.name, pagePath: context.page.path, number: 2)
    {
      html += HTML.section("Lifecycle", id: "lifecycle", figure.html)
      files.append(figure.file)
    }
    if let matrix = contract.authorization {
      let rows = authorizationRows(of: entity, festival.lookup)
      if !rows.isEmpty {
        html += HTML.section(
          "Authorization", id: "authorization", AuthorizationTable.render(matrix, rows: rows, festival))
      }
    }
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index,
        [
          PageBody.Crumb(
            title: festival.lookup.entitiesTitle,
            href: festival.plan.entities.map(context.href)),
          PageBody.Crumb(title: entity.name),
        ]),
      festival: index, files: files)
  }

  /// The rpcs whose request or response is this message, and the events that carry it.
  private static func carriers(
    of entity: DataEntity, _ contract: InterfaceContract, _ festival: FestivalContext
  )
    -> Markup
  {
    let name = Fold.key(entity.name)
    var items: [Markup] = []
    for use in festival.lookup.messageUses[name] ?? [] {
      let service = contract.serviceInterfaces[use.service]
      let operation = service.operations[use.operation]
      items.append(
        festival.rowLink(operation.location, label: "\(service.name).\(operation.name)") + " "
          + HTML.text(use.role))
    }
    for index in festival.lookup.payloadEvents[name] ?? [] {
      items.append(festival.pageLink(.event, index, contract.events[index].name) + " payload")
    }
    return items.isEmpty ? "" : HTML.section("Carried by", id: "carried-by", HTML.list(items))
  }
}
