import Diagnostics
import Foundation

/// Resolves names written in table cells to the components and external systems (and, where a table
/// allows it, endpoints and operations) that the document defines.
public struct NameResolver: Sendable {
  struct Candidate: Sendable {
    var name: String
    var kind: ReferenceTarget.Kind
    var folded: String
    var words: [String]
  }

  private(set) var candidates: [Candidate] = []
  /// Folded name -> candidates, so exact matches (nearly all of them) take no scan.
  private var byFolded: [String: [Candidate]] = [:]

  public init() {}

  /// A resolver for the names a contract defines: its components and external systems.
  public init(contract: InterfaceContract) {
    for component in contract.components { add(component.name, as: .component) }
    for system in contract.externalSystems { add(system.name, as: .externalSystem) }
  }

  public mutating func add(_ name: String, as kind: ReferenceTarget.Kind) {
    let folded = TextFolding.fold(name)
    guard !folded.isEmpty, !(byFolded[folded] ?? []).contains(where: { $0.kind == kind }) else {
      return
    }
    let candidate = Candidate(name: name, kind: kind, folded: folded, words: TextFolding.words(name))
    candidates.append(candidate)
    byFolded[folded, default: []].append(candidate)
  }

  /// Resolves one name. Returns the reference and, for anything but an exact match, a diagnostic.
  public func resolve(
    _ written: String, at location: SourceLocation,
    kinds: Set<ReferenceTarget.Kind> = [.component, .externalSystem],
    context: String
  ) -> (NameReference, Diagnostic?) {
    for variant in variants(of: written) {
      let folded = TextFolding.fold(variant)
      if let exact = byFolded[folded]?.first(where: { kinds.contains($0.kind) }) {
        return (reference(written, exact, .exact, location), nil)
      }
    }
    let pool = candidates.filter { kinds.contains($0.kind) }
    let words = TextFolding.words(written)
    if !words.isEmpty {
      let containing = pool.filter { containsRun($0.words, words) || containsRun(words, $0.words) }
      let names = Set(containing.map(\.folded))
      if names.count == 1, let only = containing.first {
        let note = Diagnostic(
          .note, rule: .namesPartialMatch,
          message: "\(context) '\(written)' is taken to mean \(label(only.kind)) '\(only.name)'",
          at: location, fix: "write '\(only.name)' in full")
        return (reference(written, only, .containment, location), note)
      }
    }
    let suggestion = closest(to: written, in: pool)
    var message = "\(context) '\(written)' names no component or external system"
    if let suggestion { message += "; did you mean '\(suggestion.name)'?" }
    let warning = Diagnostic(
      .warning, rule: .namesUnknown, message: message, at: location,
      fix: suggestion.map { "replace with '\($0.name)'" })
    return (NameReference(written: written, target: nil, match: .unresolved, location: location), warning)
  }

  /// The name as written, then without a parenthetical (`Redis (sessions)` -> `Redis`).
  private func variants(of written: String) -> [String] {
    var result = [written]
    if let open = written.firstIndex(of: "(") {
      let stripped = written[..<open].trimmingSpaces()
      if !stripped.isEmpty { result.append(stripped) }
    }
    return result
  }

  private func reference(
    _ written: String, _ candidate: Candidate, _ match: NameReference.Match, _ location: SourceLocation
  )
    -> NameReference
  {
    NameReference(
      written: written, target: ReferenceTarget(kind: candidate.kind, name: candidate.name), match: match,
      location: location)
  }

  /// True when `needle` appears as consecutive whole words in `haystack`.
  private func containsRun(_ haystack: [String], _ needle: [String]) -> Bool {
    guard !needle.isEmpty, needle.count <= haystack.count else { return false }
    for start in 0...(haystack.count - needle.count)
    where Array(haystack[start..<(start + needle.count)]) == needle {
      return true
    }
    return false
  }

  /// A known name within two edits, or sharing all words but one.
  private func closest(to written: String, in pool: [Candidate]) -> Candidate? {
    let folded = TextFolding.fold(written)
    let words = Set(TextFolding.words(written))
    var best: (Candidate, Int)?
    for candidate in pool {
      let distance = EditDistance.between(folded, candidate.folded, limit: 2)
      if distance <= 2, best == nil || distance < best!.1 { best = (candidate, distance) }
    }
    if let best { return best.0 }
    // Sharing all words but one counts only when a shared word says something (not just "service").
    let generic: Set<String> = ["service", "services", "api", "app", "system", "the", "of", "and"]
    return pool.first { candidate in
      let other = Set(candidate.words)
      let shared = words.intersection(other)
      return words.count >= 2 && other.count >= 2 && words.symmetricDifference(other).count <= 2
        && shared.count >= max(words.count, other.count) - 1 && !shared.subtracting(generic).isEmpty
    }
  }

  private func label(_ kind: ReferenceTarget.Kind) -> String {
    switch kind {
    case .component: "component"
    case .externalSystem: "external system"
    case .endpoint: "endpoint"
    case .operation: "operation"
    }
  }

  /// Splits a list cell (`API Gateway, CDN`, `Inventory and Shipping`) into names; `none` gives none.
  static func split(_ cell: String) -> [String] {
    if TextFolding.isEmptyValue(cell) { return [] }
    var text = cell
    // Most cells hold commas alone: replacing through Foundation is then five copies for nothing.
    let hasOtherSeparator = cell.utf8.contains {
      $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "+") || $0 == 0x0A
    }
    if hasOtherSeparator || cell.containsBytes(" and ") {
      for separator in [";", " and ", " & ", "+", "\n"] {
        text = text.replacingOccurrences(of: separator, with: ",")
      }
    }
    return text.split(separator: ",").map { $0.trimmingSpaces() }.filter {
      !TextFolding.isEmptyValue($0)
    }
  }
}
