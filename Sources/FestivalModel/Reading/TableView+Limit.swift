import Diagnostics

extension TableView {
  /// The table cut to `ContractLimits.tableRows` rows, with the warning that says so when it was longer.
  func limited() -> (TableView, Diagnostic?) {
    guard rows.count > ContractLimits.tableRows else { return (self, nil) }
    var cut = self
    cut.rows.removeLast(rows.count - ContractLimits.tableRows)
    let warning = Diagnostic(
      .warning, rule: .limitsTableRows,
      message:
        "the table has \(rows.count) rows; festdoc reads the first \(ContractLimits.tableRows) of a contract table",
      at: location, fix: "split the table, or move the rest into documents of their own")
    return (cut, warning)
  }
}
