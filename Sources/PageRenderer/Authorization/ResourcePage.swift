import FestivalModel

/// One resource: who may do what to it.
enum ResourcePage {
  static func render(_ context: PageContext, festival index: Int, resource: Int) -> PageBody {
    let festival = context.festival(index)
    guard let matrix = festival.contract?.authorization, resource < matrix.rows.count else {
      return PageBody(html: "", festival: index)
    }
    let row = matrix.rows[resource]
    var html: Markup = "<h1>\(HTML.text(row.resource)) <span class=\"muted\">resource</span></h1>\n"
    let rows = row.cells.enumerated().map { roleIndex, cell -> [Markup] in
      let role = festival.pageLink(.role, roleIndex, cell.role)
      return [role, festival.lookup.authorizationCells.markup(cell)]
    }
    html += HTML.table(["Role", "May"], rows, className: "access-grid") + AuthorizationTable.legend
    html += HTML.section(
      "Anomalies", id: "anomalies", AuthorizationPage.anomalies(matrix, festival, rows: [resource]))
    return PageBody(
      html: html, breadcrumbs: AuthorizationPage.crumbs(context, festival, row.resource), festival: index)
  }
}
