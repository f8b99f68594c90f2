/// What a theme template is given: text, a flag, a list or a record of named values. Typed, so that the
/// compiled templates look values up without the dynamic casts a `[String: Any]` context costs.
public enum TemplateValue: Sendable {
  case text(String)
  case flag(Bool)
  case list([TemplateValue])
  case record([String: TemplateValue])

  /// The same value as the mustache library takes it, for themes the compiled templates cannot run.
  var anyValue: Any {
    switch self {
    case .text(let text): text
    case .flag(let flag): flag
    case .list(let items): items.map(\.anyValue)
    case .record(let fields): fields.mapValues(\.anyValue)
    }
  }
}
