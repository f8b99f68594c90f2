import FestivalModel

/// A service interface's operations and data contract, each row linking to its place in the document.
enum ServiceTables {
  static func render(_ service: ServiceInterface, _ festival: FestivalContext) -> Markup {
    var body = HTML.facts([
      ("Purpose", HTML.text(service.purpose ?? "")),
      ("Communication", HTML.text(service.communicationMethod ?? "")),
    ])
    if !service.operations.isEmpty {
      // Summaries come from protobuf comments and the words beside an rpc; template rows have none.
      let summaries = service.operations.contains { !$0.summary.isEmpty }
      body += HTML.table(
        ["Operation", "Input", "Output", "Error cases", "SLA"] + (summaries ? ["Summary"] : []),
        service.operations.map { operation in
          [
            festival.rowLink(operation.location, label: operation.name),
            message(operation.input, streaming: operation.clientStreaming, festival),
            message(operation.output, streaming: operation.serverStreaming, festival),
            HTML.text(operation.errorCases.joined(separator: ", ")), HTML.text(operation.performanceSLA),
          ] + (summaries ? [HTML.text(operation.summary)] : [])
        }, caption: "Operations")
      for operation in service.operations
      where !operation.requestFields.isEmpty || !operation.responseFields.isEmpty {
        var fields = Markup()
        if !operation.requestFields.isEmpty {
          fields += FieldTable.render(operation.requestFields, festival, caption: "Request")
        }
        if !operation.responseFields.isEmpty {
          fields += FieldTable.render(operation.responseFields, festival, caption: "Response")
        }
        body += "<h3>\(text: operation.name)</h3>" + fields
      }
    }
    if !service.dataContract.isEmpty {
      body += HTML.table(
        ["Field", "Type", "Required", "Validation", "Default"],
        service.dataContract.map { field in
          [
            festival.rowLink(field.location, label: field.name), HTML.text(field.type),
            HTML.text(field.required.map { $0 ? "yes" : "no" } ?? field.requiredWritten),
            HTML.text(field.validation),
            HTML.text(field.defaultValue ?? "—"),
          ]
        }, caption: "Data contract")
    }
    return HTML.section(service.name + " interface", id: "interface-" + Fold.key(service.name), body)
  }

  /// A request or response message, linked to its page, marked when streamed.
  private static func message(_ name: String, streaming: Bool, _ festival: FestivalContext) -> Markup {
    let link =
      FieldTable.messageIndex(name, festival).map { festival.pageLink(.entity, $0, name) } ?? HTML.text(name)
    return streaming ? "stream " + link : link
  }
}
