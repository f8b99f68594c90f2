import FestivalModel

/// A queue: purpose, format, consumers, dead-letter strategy and owner.
enum QueuePage {
  static func render(_ context: PageContext, festival index: Int, queue number: Int) -> PageBody {
    let festival = context.festival(index)
    guard let contract = festival.contract else { return PageBody(html: "") }
    let queue = contract.queues[number]
    var html: Markup = "<h1>\(Markup.code(queue.name))</h1>\n"
    html += HTML.facts([
      ("Purpose", HTML.text(queue.purpose)),
      ("Owner", queue.owner.map { festival.componentLink($0.component) + Ownership.note($0) } ?? ""),
      ("Message format", HTML.text(queue.messageFormat)),
      ("Consumers", HTML.text(queue.consumers)),
      ("Dead letter", HTML.text(queue.deadLetter)),
      (
        "Defined",
        festival.definedIn(.queue, number, at: queue.location, label: "in the queue specifications")
      ),
    ])
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(
        festival: index, [PageBody.Crumb(title: "Queues"), PageBody.Crumb(title: queue.name)]),
      festival: index)
  }
}
