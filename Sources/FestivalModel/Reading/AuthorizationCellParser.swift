/// Reads an authorization cell (`Own profile only`, `Read/Write`, `Read, create own`) into capabilities
/// and a scope, so cells can be compared.
enum AuthorizationCellParser {
  struct Reading {
    var capabilities: Set<Capability>
    var scope: AccessScope
    var understood: Bool
    var capabilitiesAssumed: Bool
  }

  private static let capabilityWords: [String: [Capability]] = [
    "read": [.read], "reads": [.read], "view": [.read], "get": [.read], "r": [.read], "ro": [.read],
    "readonly": [.read], "see": [.read], "download": [.read],
    "list": [.list], "search": [.list], "browse": [.list],
    "create": [.create], "add": [.create], "post": [.create], "submit": [.create], "upload": [.create],
    "c": [.create], "register": [.create],
    "update": [.update], "edit": [.update], "modify": [.update], "change": [.update], "put": [.update],
    "patch": [.update], "u": [.update], "cancel": [.update],
    "delete": [.delete], "remove": [.delete], "d": [.delete],
    "write": [.create, .update, .delete], "w": [.create, .update, .delete],
    "rw": [.read, .create, .update, .delete],
    "append": [.append], "comment": [.append],
    "approve": [.approve], "reject": [.approve],
    "execute": [.execute], "run": [.execute], "trigger": [.execute], "invoke": [.execute],
    "crud": [.read, .create, .update, .delete],
    "manage": [.read, .create, .update, .delete, .manage],
    "admin": [.read, .create, .update, .delete, .manage],
    "full": [.read, .create, .update, .delete, .manage],
  ]

  private static let scopeWords: [String: AccessScope] = [
    "own": .own, "self": .own, "mine": .own, "their": .own, "personal": .own,
    "assigned": .assigned,
    "team": .scoped, "tenant": .scoped, "department": .scoped, "org": .scoped, "organization": .scoped,
    "scoped": .scoped, "project": .scoped, "group": .scoped, "region": .scoped, "shared": .scoped,
    "all": .all, "any": .all, "every": .all, "global": .all,
  ]

  private static let noneWords: Set<String> = ["none", "no", "denied", "deny", "forbidden", "na", "n/a", "-"]

  static func read(_ written: String) -> Reading {
    let lower = written.lowercased().trimmingSpaces()
    if TextFolding.isEmptyValue(lower) || lower == "no access" || lower == "denied" || lower == "forbidden"
      || lower == "✗" || lower == "❌"
    {
      return Reading(capabilities: [], scope: .none, understood: !lower.isEmpty, capabilitiesAssumed: false)
    }
    if lower == "✓" || lower == "✅" || lower == "yes" || lower == "allowed" {
      return Reading(
        capabilities: [.read, .create, .update, .delete], scope: .all, understood: true,
        capabilitiesAssumed: true)
    }
    var capabilities = Set<Capability>()
    var scope: AccessScope?
    let words = lower.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    for word in words {
      if let found = capabilityWords[word] { capabilities.formUnion(found) }
      if let found = scopeWords[word] { scope = max(scope ?? found, found) }
    }
    if lower.contains("read only") || lower.contains("read-only") {
      capabilities = capabilities.union([.read])
    }
    if words.contains("full") && words.contains("access") { scope = scope ?? .all }
    let noneOnly = words.allSatisfy { noneWords.contains($0) || $0 == "access" }
    if capabilities.isEmpty && scope == nil {
      return Reading(capabilities: [], scope: .none, understood: noneOnly, capabilitiesAssumed: false)
    }
    var assumed = false
    if capabilities.isEmpty {
      // "Own orders" names a scope only; reading is the least a grant of access can mean.
      capabilities = [.read]
      assumed = true
    }
    return Reading(
      capabilities: capabilities, scope: scope ?? .all, understood: true, capabilitiesAssumed: assumed)
  }
}
