import Diagnostics
import FestivalModel

/// What the build found about one festival, each finding with its rule, severity and a link to the page
/// made from the file.
enum DiagnosticsPage {
  static func render(_ context: PageContext, festival index: Int, diagnostics: [Diagnostic]) -> PageBody {
    let festival = context.festival(index)
    let own = diagnostics.filter(festival.concerns)
    var html: Markup = "<h1>Build diagnostics</h1>\n"
    let counts = Severity.allCases.reversed().map { severity in
      "\(own.filter { $0.severity == severity }.count) \(severity.rawValue)s"
    }.joined(separator: ", ")
    html += "<p>\(HTML.text(counts)) in the files of this festival.</p>\n"
    if !own.isEmpty {
      let rows = own.map { finding -> [Markup] in
        let location = finding.location
        let place = location.map { "\($0.file):\($0.line):\($0.column)" } ?? ""
        let link =
          location.flatMap { context.plan.page(forDocument: $0.file) }.map {
            HTML.link(context.href($0), place)
          }
          ?? HTML.text(place)
        var message = HTML.text(finding.message)
        if let fix = finding.fix { message += "<br><span class=\"muted\">\(HTML.text(fix))</span>" }
        return [
          HTML.badge(finding.severity.rawValue, kind: "severity-" + finding.severity.rawValue), link, message,
          Markup.code(finding.rule.id),
        ]
      }
      html += HTML.table(["Severity", "Where", "Message", "Rule"], rows)
    }
    return PageBody(
      html: html,
      breadcrumbs: context.crumbs(festival: index, [PageBody.Crumb(title: "Build diagnostics")]),
      festival: index)
  }
}
