import FestivalModel

/// A data entity: purpose, storage, relationships (linked), access patterns, owner and who may reach it.
enum EntityPage {
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
    html += HTML.facts([
      ("Purpose", HTML.text(entity.purpose)),
      ("Storage", HTML.text(entity.storage)),
      ("Owner", entity.owner.map { festival.componentLink($0.component) + Ownership.note($0) } ?? ""),
      ("Access patterns", HTML.text(entity.accessPatterns.joined(separator: ", "))),
      ("Defined", festival.rowLink(line: entity.location.line, label: "in the entity table")),
    ])
    if !relationships.isEmpty {
      html += HTML.section("Relationships", id: "relationships", HTML.list(relationships))
    }
    if let matrix = contract.authorization {
      let rows = festival.lookup.resourcesByStem[Fold.stem(entity.name)] ?? []
      if !rows.isEmpty {
        html += HTML.section(
          "Authorization", id: "authorization", AuthorizationTable.render(matrix, rows: rows, festival))
      }
    }
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "Entities"), PageBody.Crumb(title: entity.name)]),
      festival: index)
  }
}
