import Diagnostics
import Foundation

extension InterfaceContractReader {
  mutating func readAuthorization(_ view: TableView, _ rows: [[TableView.Cell]]) {
    let resourceIndex = view.columnIndex["resource"] ?? 0
    let roles = view.headers.enumerated().filter { $0.offset != resourceIndex }
    var matrixRows: [AuthorizationRow] = []
    // A matrix repeats a handful of cell texts (`Read`, `Own`, `-`) over thousands of cells.
    var readings: [String: (reading: AuthorizationCellParser.Reading, sorted: [Capability])] = [:]
    for row in rows {
      var cells: [AuthorizationCell] = []
      for (index, role) in roles where index < row.count {
        let cell = row[index]
        let known: (reading: AuthorizationCellParser.Reading, sorted: [Capability])
        if let cached = readings[cell.text] {
          known = cached
        } else {
          let read = AuthorizationCellParser.read(cell.text)
          known = (read, read.capabilities.sorted())
          readings[cell.text] = known
        }
        let reading = known.reading
        if !reading.understood {
          flag(
            "authorization cell", cell.text, at: cell.location,
            fix: "name capabilities (read, create, update, delete) and a scope (own, assigned, all)")
        }
        cells.append(
          AuthorizationCell(
            role: role, written: cell.text, capabilities: known.sorted, scope: reading.scope,
            understood: reading.understood, capabilitiesAssumed: reading.capabilitiesAssumed,
            location: cell.location))
      }
      matrixRows.append(
        AuthorizationRow(
          resource: resourceIndex < row.count ? row[resourceIndex].text : "", cells: cells,
          location: view.rowLocation(row)))
    }
    if var existing = contract.authorization {
      // A second matrix joins the first: its roles are added to the columns, and every row gets one cell
      // per column in that order (empty where its table has no such role).
      let written = roles.map(\.element)
      existing.roles += written.filter { !existing.roles.contains($0) }
      var aligned: [AuthorizationRow] = []
      for var row in existing.rows + matrixRows {
        let byRole = Dictionary(row.cells.map { ($0.role, $0) }, uniquingKeysWith: { first, _ in first })
        row.cells = existing.roles.map { role in
          byRole[role]
            ?? AuthorizationCell(
              role: role, written: "", capabilities: [], scope: .none, understood: true,
              capabilitiesAssumed: false,
              location: row.location)
        }
        aligned.append(row)
      }
      existing.rows = aligned
      contract.authorization = existing
    } else {
      contract.authorization = AuthorizationMatrix(
        roles: roles.map(\.element), rows: matrixRows, location: view.location)
    }
  }

  mutating func readSecurity(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      contract.security.append(
        SecurityRequirement(
          aspect: view.text("aspect", in: row), requirement: view.text("requirement", in: row),
          implementation: view.text("implementation", in: row), validation: view.text("validation", in: row),
          extra: view.extra(in: row), location: view.rowLocation(row)))
    }
  }

  mutating func readPerformance(_ view: TableView, _ rows: [[TableView.Cell]]) {
    let responseHeader = view.columnIndex["responseTime"].map { view.headers[$0] } ?? ""
    let percentile = responseHeader.range(
      of: #"p\d{2,3}(\.\d+)?"#, options: [.regularExpression, .caseInsensitive]
    )
    .map { String(responseHeader[$0]).lowercased() }
    let throughputUnit = view.columnIndex["throughput"].flatMap { unitInParentheses(view.headers[$0]) }
    for row in rows {
      guard let subjectCell = view.cell("subject", in: row) else { continue }
      var written: [String: String] = [:]
      for (index, header) in view.headers.enumerated() where index < row.count {
        written[header] = row[index].text
      }
      contract.performance.append(
        PerformanceRequirement(
          subject: reference(
            subjectCell.text, at: subjectCell.location, context: "performance subject",
            kinds: [.component, .externalSystem, .endpoint, .operation]),
          responseTime: QuantityParser.first(in: view.text("responseTime", in: row), defaultUnit: "ms"),
          percentile: percentile,
          throughput: QuantityParser.first(
            in: view.text("throughput", in: row), defaultUnit: throughputUnit ?? "req/s"),
          availability: QuantityParser.first(in: view.text("availability", in: row), defaultUnit: "%"),
          errorRate: QuantityParser.first(in: view.text("errorRate", in: row), defaultUnit: "%"),
          written: written, location: view.rowLocation(row)))
    }
  }

  private func unitInParentheses(_ header: String) -> String? {
    guard let open = header.firstIndex(of: "("), let close = header.lastIndex(of: ")"), open < close else {
      return nil
    }
    return String(header[header.index(after: open)..<close])
  }

  mutating func readScalability(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      guard let cell = view.cell("component", in: row) else { continue }
      let current = view.text("current", in: row)
      let trigger = view.text("trigger", in: row)
      let max = view.text("max", in: row)
      contract.scalability.append(
        ScalabilityPlan(
          component: reference(cell.text, at: cell.location, context: "scalability component"),
          currentCapacity: current, currentFigures: QuantityParser.quantities(in: current),
          scaleTrigger: trigger,
          triggerFigures: QuantityParser.quantities(in: trigger), scaleMethod: view.text("method", in: row),
          maxCapacity: max, maxFigures: QuantityParser.quantities(in: max), extra: view.extra(in: row),
          location: view.rowLocation(row)))
    }
  }

  mutating func readErrors(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      contract.errors.append(
        ErrorStandard(
          errorType: view.text("type", in: row), httpStatus: readStatusCode(view.cell("status", in: row)),
          statusWritten: view.text("status", in: row), code: view.text("code", in: row),
          responseFormat: view.text("format", in: row), userAction: view.text("action", in: row),
          extra: view.extra(in: row), location: view.rowLocation(row)))
    }
  }

  mutating func readMonitoring(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let threshold = view.text("threshold", in: row)
      let response = view.text("responseTime", in: row)
      contract.monitoring.append(
        MonitoringRequirement(
          metricType: view.text("type", in: row), metricName: view.text("name", in: row),
          alertThreshold: threshold,
          thresholdFigures: QuantityParser.quantities(in: threshold), responseTime: response,
          responseFigures: QuantityParser.quantities(in: response), extra: view.extra(in: row),
          location: view.rowLocation(row)))
    }
  }

  func guidelines(_ view: TableView, _ rows: [[TableView.Cell]]) -> [GuidelineRow] {
    rows.map { row in
      var values: [String: String] = [:]
      for (index, header) in view.headers.enumerated() where index > 0 && index < row.count {
        values[header] = row[index].text
      }
      return GuidelineRow(name: row.first?.text ?? "", values: values, location: view.rowLocation(row))
    }
  }
}
