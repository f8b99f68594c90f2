import FestivalModel

/// An external system: what it is for, how we connect and authenticate, its limits and who uses it.
enum ExternalSystemPage {
  static func render(_ context: PageContext, festival index: Int, system number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let system = contract.externalSystems[number]
    let key = Fold.key(system.name)
    // From the festival's index: scanning every component and integration for each system's page grew
    // with the square of the festival.
    let integration = festival.lookup.integrations[key].map { contract.externalIntegrations[$0] }
    var html: Markup = "<h1>\(HTML.text(system.name))</h1>\n"
    html += HTML.facts([
      ("Purpose", HTML.text(system.purpose)),
      ("Protocol", HTML.text(system.protocol)),
      ("SLA", HTML.text(system.sla)),
      ("Authentication", HTML.text(integration?.authentication ?? "")),
      ("Rate limits", HTML.text(integration?.rateLimits ?? "")),
      ("Error handling", HTML.text(integration?.errorHandling ?? "")),
      (
        "Defined",
        festival.definedIn(
          .externalSystem, number, at: system.location, label: "in the external systems table")
      ),
    ])
    let users = (festival.lookup.systemUsers[key] ?? []).map { contract.components[$0] }
    html += HTML.section(
      "Used by", id: "used-by",
      users.isEmpty
        ? "<p class=\"muted\">No component lists it as a dependency.</p>"
        : HTML.list(users.map { festival.componentLink($0.name) }))
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "External systems"), PageBody.Crumb(title: system.name)]),
      festival: index)
  }
}
