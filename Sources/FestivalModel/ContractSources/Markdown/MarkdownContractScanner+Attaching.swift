import Diagnostics
import Markdown

/// Where a field table's fields go, and error registries written as code blocks.
extension MarkdownContractScanner {
  /// Onto the operation, endpoint or message the nearest heading names, request and response apart.
  mutating func attach(_ fields: [DataField], placements: [String], context: SourceContext) {
    switch context.target {
    case .operation(let s, let o):
      let operation = contract.serviceInterfaces[s].operations[o]
      if context.direction == .response {
        if operation.responseFields.isEmpty {
          contract.serviceInterfaces[s].operations[o].responseFields = fields
        }
        fillMessage(named: operation.output, with: fields, owner: service(s))
      } else {
        if operation.requestFields.isEmpty {
          contract.serviceInterfaces[s].operations[o].requestFields = fields
        }
        fillMessage(named: operation.input, with: fields, owner: service(s))
      }
    case .endpoint(let index):
      if context.direction == .response {
        if contract.endpoints[index].responseFields.isEmpty {
          contract.endpoints[index].responseFields = fields
        }
      } else {
        attachParameters(fields, placements: placements, to: index)
      }
    case .message(let index):
      if contract.entities[index].fields.isEmpty { contract.entities[index].fields = fields }
    case nil:
      // A field table under a plain heading names nothing it belongs to: left as the document's text.
      break
    }
  }

  /// The request or response message the table describes gets the fields too; one no source declared
  /// is made here, with the table as its definition.
  private mutating func fillMessage(named name: String, with fields: [DataField], owner: Ownership?) {
    guard RPCDeclaration.isTypeName(name), let first = fields.first else { return }
    let index = messageIndex(named: name, line: first.location.line, owner: owner)
    if contract.entities[index].fields.isEmpty { contract.entities[index].fields = fields }
  }

  /// Who owns the messages of the rpcs in service `index` (none for headings not yet placed).
  private func service(_ index: Int) -> Ownership? {
    let service = contract.serviceInterfaces[index]
    guard !service.name.isEmpty else { return nil }
    return Ownership(component: service.name, inferred: true, basis: "its rpcs' request or response")
  }

  /// Request fields of an endpoint: path parameters by name, else the `In` column, else the body for
  /// methods that carry one and the query for those that do not.
  private mutating func attachParameters(_ fields: [DataField], placements: [String], to index: Int) {
    let endpoint = contract.endpoints[index]
    let carriesBody = [.post, .put, .patch].contains(endpoint.method)
    let parameters = fields.enumerated().map { offset, field -> EndpointParameter in
      var written = offset < placements.count ? placements[offset] : ""
      var type = field.type
      // `header string` in the Type column, or an `X-` name: where the table has no In column.
      let typeWords = type.split(separator: " ", maxSplits: 1).map(String.init)
      if written.isEmpty, typeWords.count == 2, ParameterPlacement(rawValue: typeWords[0].lowercased()) != nil
      {
        written = typeWords[0].lowercased()
        type = typeWords[1]
      }
      let placement =
        ParameterPlacement(rawValue: TextFolding.fold(written))
        ?? (endpoint.pathParameters.contains(field.name)
          ? .path : field.name.lowercased().hasPrefix("x-") ? .header : (carriesBody ? .body : .query))
      return EndpointParameter(
        name: field.name, placement: placement,
        placementWritten: written.isEmpty ? placement.rawValue : written,
        type: type, required: field.required, requiredWritten: field.requiredWritten,
        description: field.description, extra: field.extra, location: field.location)
    }
    let known = Set(endpoint.parameters.map { TextFolding.fold($0.name) })
    contract.endpoints[index].parameters += parameters.filter { !known.contains(TextFolding.fold($0.name)) }
  }

  /// Errors listed under an rpc or endpoint are its error cases, or its error responses.
  mutating func attachErrors(from first: Int, context: SourceContext) {
    let errors = contract.errors[first...]
    switch context.target {
    case .operation(let s, let o):
      for error in errors where !contract.serviceInterfaces[s].operations[o].errorCases.contains(error.code) {
        contract.serviceInterfaces[s].operations[o].errorCases.append(error.code)
      }
    case .endpoint(let index):
      for error in errors {
        contract.endpoints[index].responses.append(
          EndpointResponse(
            statusCode: error.httpStatus,
            statusWritten: error.statusWritten.isEmpty ? error.code : error.statusWritten,
            contentType: "", structure: error.code, description: error.errorType, extra: [:],
            location: error.location))
      }
    default:
      break
    }
  }

  /// `**Errors:** `NOT_FOUND`, `INVALID_ARGUMENT`` under an rpc: its error cases. True when read.
  mutating func readErrorLine(_ paragraph: Paragraph, context: SourceContext) -> Bool {
    guard case .operation(let s, let o) = context.target else { return false }
    let text = paragraph.content.plainText.trimmingSpaces()
    let lower = text.lowercased()
    guard
      let prefix = ["errors:", "error cases:", "error codes:", "throws:", "fails with:", "errors -"].first(
        where: {
          lower.hasPrefix($0)
        })
    else { return false }
    let codes = Self.names(in: String(text.dropFirst(prefix.count))).filter { $0.count <= 64 }
    for code in codes where !contract.serviceInterfaces[s].operations[o].errorCases.contains(code) {
      contract.serviceInterfaces[s].operations[o].errorCases.append(code)
    }
    return !codes.isEmpty
  }

  /// A code block of `CODE  meaning` lines under a heading about errors (or with three such lines or
  /// more): an error registry.
  mutating func readRegistry(_ code: CodeBlock, context: SourceContext) {
    guard ["", "text", "txt", "plain", "plaintext", "errors"].contains(code.language ?? "") else { return }
    let lines = code.code.split(separator: "\n", omittingEmptySubsequences: false)
    var found: [(Int, String, String)] = []
    var considered = 0
    for (offset, line) in lines.enumerated() {
      let text = line.trimmingSpaces()
      if text.isEmpty || text.hasPrefix("#") || text.hasPrefix("//") { continue }
      considered += 1
      if let (code, meaning) = Self.registryLine(text) { found.append((offset, code, meaning)) }
    }
    let aboutErrors = context.headings.contains { $0.contains("error") || $0.contains("code") }
    guard found.count >= 2, found.count * 5 >= considered * 3, aboutErrors || found.count >= 3 else { return }
    let first = contract.errors.count
    defer { attachErrors(from: first, context: context) }
    for (offset, errorCode, written) in found {
      // `CODE  401  meaning`: a status between the code and its meaning is the HTTP status.
      var meaning = Substring(written)
      var status = Self.httpStatus(errorCode)
      let leading = meaning.prefix { $0.isNumber }
      if status == nil, leading.count == 3, let value = Self.httpStatus(String(leading)),
        meaning.dropFirst(3).first?.isWhitespace == true
      {
        status = value
        meaning = meaning.dropFirst(3).drop { $0 == " " || $0 == "\t" }
      }
      contract.errors.append(
        ErrorStandard(
          errorType: String(meaning), httpStatus: status, statusWritten: status.map(String.init) ?? "",
          code: errorCode,
          responseFormat: "", userAction: "", extra: [:], location: at(code.firstCodeLine + offset)))
    }
  }

  /// `NOT_FOUND    the order does not exist`, `E1002 - card declined`, `404: not found`.
  static func registryLine(_ text: String) -> (String, String)? {
    let code = text.prefix { !$0.isWhitespace && $0 != ":" && $0 != "=" }
    guard code.count >= 2, code.count <= 64, isErrorCode(code) else { return nil }
    var rest = text.dropFirst(code.count)
    let gap = rest.prefix { $0 == " " || $0 == "\t" }
    rest = rest.dropFirst(gap.count)
    if let first = rest.first, "-:=|–—".contains(first) {
      rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
    } else if gap.count < 2 && !gap.contains("\t") {
      return nil
    }
    let meaning = rest.trimmingSpaces()
    return meaning.isEmpty ? nil : (String(code), meaning)
  }

  /// `NOT_FOUND`, `ERR_TIMEOUT`, `E1002`, `404`, `grpc.NotFound`-free: upper case with digits and `_`.
  static func isErrorCode(_ code: Substring) -> Bool {
    if code.allSatisfy(\.isNumber) { return code.count >= 3 && code.count <= 6 }
    guard let first = code.first, first.isUppercase else { return false }
    return code.allSatisfy {
      ($0.isUppercase || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") && $0.isASCII
    }
  }
}
