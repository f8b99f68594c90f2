import FestivalModel

/// The whole matrix as a grid, its anomalies, and links to every role and resource.
enum AuthorizationPage {
  static func render(_ context: PageContext, festival index: Int) -> PageBody {
    let festival = context.festival(index)
    guard let matrix = festival.contract?.authorization else { return PageBody(html: "", festival: index) }
    var html: Markup = "<h1>Authorization</h1>\n"
    html +=
      "<p>Who may do what, resource by resource. Each cell shows what festdoc understood of it and the "
      + "words as written; roles and resources open pages of their own.</p>\n"
    html += AuthorizationTable.render(matrix, rows: Array(matrix.rows.indices), festival)
    html += HTML.section("Anomalies", id: "anomalies", anomalies(matrix, festival, rows: nil))
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(festival: index, [PageBody.Crumb(title: "Authorization")]), festival: index)
  }

  /// Site > festival > Authorization > `title`, for the role and resource pages.
  static func crumbs(_ context: PageContext, _ festival: FestivalContext, _ title: String) -> [PageBody.Crumb]
  {
    var trail = [PageBody.Crumb(title: title)]
    if let grid = festival.plan.authorization {
      trail.insert(PageBody.Crumb(title: "Authorization", href: context.href(grid)), at: 0)
    }
    return context.crumbs(festival: festival.index, trail)
  }

  /// The matrix's anomalies in sentences, each naming the roles and resources with links; limited to the
  /// rows in `rows` (or about the role `role`) when given.
  static func anomalies(
    _ matrix: AuthorizationMatrix, _ festival: FestivalContext, rows: Set<Int>?, role: Int? = nil
  ) -> Markup {
    func roleLink(_ index: Int) -> Markup {
      guard index < matrix.roles.count else { return "column \(index + 1)" }
      return festival.pageLink(.role, index, matrix.roles[index])
    }
    func resourceLink(_ index: Int) -> Markup {
      guard index < matrix.rows.count else { return "row \(index + 1)" }
      return festival.pageLink(.resource, index, matrix.rows[index].resource)
    }
    func concerns(row: Int?, roles: [Int]) -> Bool {
      if let rows, let row, !rows.contains(row) { return false }
      if let role, !roles.contains(role) { return false }
      if rows != nil && row == nil { return false }
      return true
    }
    var items: [Markup] = []
    for anomaly in festival.lookup.authorizationAnomalies {
      switch anomaly {
      case .unreachableResource(let row) where concerns(row: row, roles: role.map { [$0] } ?? []):
        items.append("No role may reach \(resourceLink(row)).")
      case .emptyRole(let index) where concerns(row: nil, roles: [index]):
        items.append("\(roleLink(index)) may do nothing anywhere.")
      case .writeWithoutRead(let row, let index, let changes) where concerns(row: row, roles: [index]):
        items.append(
          "\(roleLink(index)) may \(HTML.text(changes.map(\.rawValue).joined(separator: ", "))) "
            + "\(resourceLink(row)) but may not read it.")
      case .emptyCell(let row, let index) where concerns(row: row, roles: [index]):
        items.append("The cell of \(roleLink(index)) on \(resourceLink(row)) is empty.")
      case .notUnderstood(let row, let index) where concerns(row: row, roles: [index]):
        let written = matrix.rows[row].cells[index].written
        items.append(
          "The cell of \(roleLink(index)) on \(resourceLink(row)), <q>\(HTML.text(written))</q>, names no "
            + "capability or scope festdoc knows.")
      case .inversion(let row, let index, let higher) where concerns(row: row, roles: [index, higher]):
        items.append(
          "\(roleLink(index)) may do more to \(resourceLink(row)) than \(roleLink(higher)), listed after it "
            + "(the columns read as a hierarchy).")
      default:
        continue
      }
    }
    return items.isEmpty
      ? "<p class=\"muted\">None found.</p>"
      : "<ul class=\"anomalies\">" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
  }
}
