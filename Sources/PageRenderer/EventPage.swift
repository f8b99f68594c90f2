import FestivalModel

/// An event: who publishes it, who subscribes, when, with what payload and guarantee.
enum EventPage {
  static func render(_ context: PageContext, festival index: Int, event number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let event = contract.events[number]
    var html: Markup = "<h1>\(HTML.text(event.name))</h1>\n"
    html += HTML.facts([
      ("Publisher", event.publisher.map { festival.link($0) } ?? ""),
      ("Subscribers", event.subscribers.map { festival.link($0) }.joined(separator: ", ")),
      ("Trigger", HTML.text(event.trigger)),
      ("Payload", HTML.text(event.payload)),
      (
        "Delivery",
        HTML.text(
          event.deliveryGuarantee?.rawValue.replacingOccurrences(of: "-", with: " ") ?? event.guaranteeWritten
        )
      ),
      ("Broker", HTML.text(contract.messageBroker ?? "")),
      ("Schema standard", HTML.text(contract.eventSchemaStandard ?? "")),
      ("Defined", festival.definedIn(.event, number, at: event.location, label: "in the event catalog")),
    ])
    let flow = GeneratedGraphs.eventFlow(contract, systems: festival.lookup.systems, only: [number])
    let figure = GeneratedGraphs.figure(
      flow, caption: "Who publishes \(event.name) and who receives it.", pagePath: context.page.path,
      number: 1,
      links: GeneratedGraphs.links(flow, festival: festival), layouts: context.layouts)
    html += HTML.section("Flow", id: "flow", figure.html)
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "Events"), PageBody.Crumb(title: event.name)]),
      festival: index, files: [figure.file])
  }
}
