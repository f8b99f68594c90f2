import FestivalModel

/// An endpoint: method and URL, owner, parameters, responses and the performance rows about it.
enum EndpointPage {
  /// `GET /v1/x — Name`, linked when the endpoint has a page.
  static func summary(_ endpoint: Endpoint, href: String?) -> Markup {
    let method = endpoint.method?.rawValue ?? endpoint.methodWritten
    let methodHTML: Markup = method.isEmpty ? "" : "<span class=\"method\">\(HTML.text(method))</span> "
    let url = endpoint.urlPattern.isEmpty ? endpoint.name : endpoint.urlPattern
    let target = href.map { HTML.link($0, url) } ?? HTML.text(url)
    let named = !endpoint.urlPattern.isEmpty && endpoint.name != "\(method) \(endpoint.urlPattern)"
    let name: Markup = named ? " — " + HTML.text(endpoint.name) : ""
    return methodHTML + Markup.code(target) + name
  }

  static func render(_ context: PageContext, festival index: Int, endpoint number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let endpoint = contract.endpoints[number]
    let fromTemplate = endpoint.location.file == contract.path && festival.plan.interfaces != nil
    var html: Markup = "<h1>\(HTML.text(endpoint.name))</h1>\n<p>\(summary(endpoint, href: nil))</p>\n"
    html += HTML.facts(
      [
        ("Purpose", HTML.text(endpoint.purpose ?? "")),
        ("Service", endpoint.owner.map { festival.componentLink($0.component) + Ownership.note($0) } ?? ""),
        ("Path parameters", HTML.text(endpoint.pathParameters.joined(separator: ", "))),
      ] + endpoint.extra.sorted { $0.key < $1.key }.map { ($0.key, HTML.text($0.value)) } + [
        (
          "Defined",
          fromTemplate
            ? ""
            : festival.definedIn(.endpoint, number, at: endpoint.location, label: "in the interface document")
        )
      ])
    if !endpoint.parameters.isEmpty {
      html += HTML.section(
        "Request", id: "request",
        HTML.table(
          ["Parameter", "In", "Type", "Required", "Description"],
          endpoint.parameters.map { parameter in
            [
              Markup.code(parameter.name),
              HTML.text(parameter.placement?.rawValue ?? parameter.placementWritten),
              HTML.text(parameter.type),
              HTML.text(parameter.required.map { $0 ? "yes" : "no" } ?? parameter.requiredWritten),
              HTML.text(parameter.description),
            ]
          }, rowIDs: endpoint.parameters.map { festival.plan.anchor($0.location.file, $0.location.line) }))
    }
    if !endpoint.responses.isEmpty {
      html += HTML.section(
        "Responses", id: "responses",
        HTML.table(
          ["Status", "Content type", "Structure", "Description"],
          endpoint.responses.map { response in
            [
              HTML.text(response.statusCode.map(String.init) ?? response.statusWritten),
              HTML.text(response.contentType),
              HTML.text(response.structure), HTML.text(response.description),
            ]
          }, rowIDs: endpoint.responses.map { festival.plan.anchor($0.location.file, $0.location.line) }))
    }
    if !endpoint.responseFields.isEmpty {
      html += HTML.section(
        "Response body", id: "response-body",
        FieldTable.render(endpoint.responseFields, festival, caption: "Response fields"))
    }
    let performance = performanceRows(of: endpoint, contract, festival.lookup).map {
      contract.performance[$0]
    }
    if !performance.isEmpty { html += PerformanceTable.render(performance, festival) }
    if let interfaces = festival.plan.interfaces, fromTemplate {
      html +=
        "<p class=\"muted\">Defined in the \(HTML.link(festival.href(interfaces), "interface document")).</p>"
    }
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "Endpoints"), PageBody.Crumb(title: endpoint.name)]),
      festival: index)
  }

  /// The performance rows about an endpoint, which its page lists (and the contract's fingerprints give
  /// the page).
  static func performanceRows(of endpoint: Endpoint, _ contract: InterfaceContract, _ lookup: FestivalIndex)
    -> [Int]
  {
    (lookup.performanceBySubject[Fold.key(endpoint.name)] ?? []).filter {
      contract.performance[$0].subject.target?.kind == .endpoint
    }
  }
}
