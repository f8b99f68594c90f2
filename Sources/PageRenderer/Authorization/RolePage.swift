import FestivalModel

/// One role: what it may do on every resource.
enum RolePage {
  static func render(_ context: PageContext, festival index: Int, role: Int) -> PageBody {
    let festival = context.festival(index)
    guard let matrix = festival.contract?.authorization, role < matrix.roles.count else {
      return PageBody(html: "", festival: index)
    }
    let name = matrix.roles[role]
    var html: Markup = "<h1>\(HTML.text(name)) <span class=\"muted\">role</span></h1>\n"
    let rows = matrix.rows.enumerated().map { rowIndex, row -> [Markup] in
      let resource = festival.pageLink(.resource, rowIndex, row.resource)
      let cell = role < row.cells.count ? festival.lookup.authorizationCells.markup(row.cells[role]) : ""
      return [resource, cell]
    }
    html += HTML.table(["Resource", "May"], rows, className: "access-grid") + AuthorizationTable.legend
    html += HTML.section(
      "Anomalies", id: "anomalies", AuthorizationPage.anomalies(matrix, festival, rows: nil, role: role))
    return PageBody(
      html: html, breadcrumbs: AuthorizationPage.crumbs(context, festival, name), festival: index)
  }
}
