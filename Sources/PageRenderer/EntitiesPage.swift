import FestivalModel

/// The entities overview: the data model drawn from the contract, then every entity (or message,
/// enum and schema) with its kind, owner, purpose and relationships, each linking to its page.
enum EntitiesPage {
  static func render(_ context: PageContext, festival index: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "", festival: index) }
    let onlyEntities = contract.entities.allSatisfy { $0.form == .entity }
    let title = onlyEntities ? "Entities" : "Data contracts"
    var html: Markup = "<h1>\(HTML.text(title))</h1>\n"
    var files: [RenderedFile] = []
    if let model = GeneratedDataModel.festival(contract) {
      let figure = GeneratedDataModel.figure(
        model, caption: "Entities, their relationships, and the services that own them.", festival: festival,
        pagePath: context.page.path, number: 1)
      html += HTML.section("Data model", id: "data-model", figure.html)
      files.append(figure.file)
    }
    // The kind column only where messages, enums or schemas stand beside the entities table's rows.
    let rows = contract.entities.enumerated().map { position, entity -> [Markup] in
      [festival.pageLink(.entity, position, entity.name)]
        + (onlyEntities ? [] : [HTML.text(entity.form == .entity ? "entity" : entity.form.label)])
        + [
          entity.owner.map { festival.componentLink($0.component) + Ownership.note($0) } ?? "",
          HTML.text(entity.purpose), HTML.text(entity.relationshipsWritten),
        ]
    }
    let headers = ["Name"] + (onlyEntities ? [] : ["Kind"]) + ["Owner", "Purpose", "Relationships"]
    html += HTML.section("All \(title.lowercased())", id: "all", HTML.table(headers, rows))
    return PageBody(
      html: html, breadcrumbs: context.crumbs(festival: index, [PageBody.Crumb(title: title)]),
      festival: index,
      files: files)
  }
}
