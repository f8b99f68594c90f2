import FestivalModel

extension Ownership {
  /// " (owner inferred from its purpose)" after an owner festdoc had to guess.
  static func note(_ ownership: Ownership?) -> Markup {
    guard let ownership, ownership.inferred else { return "" }
    return " " + HTML.badge("owner inferred from \(ownership.basis)", kind: "inferred")
  }
}
