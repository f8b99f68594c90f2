import FestivalModel

/// Performance rows with their parsed figures.
enum PerformanceTable {
  static func render(_ rows: [PerformanceRequirement], _ festival: FestivalContext) -> Markup {
    func figure(_ quantity: Quantity?, _ column: String, _ row: PerformanceRequirement) -> Markup {
      if let quantity {
        return HTML.text(quantity.written.isEmpty ? String(quantity.value) : quantity.written)
      }
      return HTML.text(row.written.first { Fold.key($0.key).hasPrefix(Fold.key(column)) }?.value ?? "")
    }
    let percentile = rows.first?.percentile.map { " (\($0))" } ?? ""
    return HTML.section(
      "Performance", id: "performance",
      HTML.table(
        ["Subject", "Response time" + percentile, "Throughput", "Availability", "Error rate"],
        rows.map { row in
          [
            festival.link(row.subject), figure(row.responseTime, "response", row),
            row.throughput.map { HTML.text("\($0.written) \($0.unit)".trimmingSpaces()) }
              ?? "",
            figure(row.availability, "availability", row), figure(row.errorRate, "error", row),
          ]
        }))
  }
}
