import Diagnostics
import Foundation

extension InterfaceContractReader {
  mutating func readEvents(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      var publisher: NameReference?
      if let cell = view.cell("publisher", in: row), !TextFolding.isEmptyValue(cell.text) {
        publisher = reference(cell.text, at: cell.location, context: "publisher")
      }
      let guaranteeCell = view.cell("guarantee", in: row)
      let guarantee = Self.deliveryGuarantee(guaranteeCell?.text ?? "")
      if guarantee == nil, let guaranteeCell, !guaranteeCell.text.isEmpty {
        flag(
          "delivery guarantee", guaranteeCell.text, at: guaranteeCell.location,
          fix: "write At most once, At least once or Exactly once")
      }
      let owner = ownerColumn(view, row)
      contract.events.append(
        EventContract(
          name: view.text("name", in: row), publisher: publisher,
          subscribers: references(view.cell("subscribers", in: row), context: "subscriber"),
          trigger: view.text("trigger", in: row), payload: view.text("payload", in: row),
          deliveryGuarantee: guarantee,
          guaranteeWritten: guaranteeCell?.text ?? "", owner: owner, extra: view.extra(in: row),
          location: view.rowLocation(row)))
    }
  }

  static func deliveryGuarantee(_ text: String) -> DeliveryGuarantee? {
    let folded = TextFolding.fold(text)
    if folded.hasPrefix("atmostonce") || folded == "fireandforget" { return .atMostOnce }
    if folded.hasPrefix("atleastonce") { return .atLeastOnce }
    if folded.hasPrefix("exactlyonce") { return .exactlyOnce }
    return nil
  }

  /// A count written as a number; none for figures no `Int` holds (`1e400 workers`).
  static func count(_ value: Double) -> Int? {
    value.isFinite && abs(value) < 1e15 ? Int(value) : nil
  }

  mutating func readQueues(_ view: TableView, _ rows: [[TableView.Cell]]) {
    for row in rows {
      let owner = ownerColumn(view, row)
      let consumers = view.text("consumers", in: row)
      contract.queues.append(
        MessageQueue(
          name: view.text("name", in: row), purpose: view.text("purpose", in: row),
          messageFormat: view.text("format", in: row), consumers: consumers,
          consumerCount: QuantityParser.first(in: consumers).flatMap { Self.count($0.value) },
          deadLetter: view.text("deadLetter", in: row),
          owner: owner, extra: view.extra(in: row), location: view.rowLocation(row)))
    }
  }
}
