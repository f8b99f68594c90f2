extension StateTranslator {
  /// The database's pass over the root document: root states with their classes, `classDef`s, styles.
  mutating func extract(_ root: [StateStatement]) {
    for statement in root {
      switch statement {
      case .state(let item): register(item)
      case .relation(let first, let second, _):
        register(first)
        register(second)
      case .classDef(let id, let styles): addClassDef(id, styles)
      case .style(let ids, let styles):
        for id in ids.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
          let key = registry[id] == nil ? id.trimmingCharacters(in: .whitespaces) : id
          if registry[key] == nil { registry[key] = ([], []) }
          registry[key]!.styles = styles.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.replacingOccurrences(of: ";", with: "").trimmingCharacters(in: .whitespaces)
          }
        }
      case .applyClass(let ids, let className): setClass(ids, className)
      default: continue
      }
    }
  }

  mutating func register(_ item: StateStatement.Item) {
    if registry[item.id] == nil { registry[item.id] = ([], []) }
    for name in item.classes { setClass(item.id, name.trimmingCharacters(in: .whitespaces)) }
  }

  mutating func setClass(_ ids: String, _ className: String) {
    for id in ids.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
      let key = registry[id] == nil ? id.trimmingCharacters(in: .whitespaces) : id
      if registry[key] == nil { registry[key] = ([], []) }
      registry[key]!.classes.append(className)
    }
  }

  /// Each comma-separated attribute, one trailing `;` dropped; one naming a colour also a text style.
  mutating func addClassDef(_ id: String, _ attributes: String) {
    let place =
      classDefs.firstIndex { $0.name == id }
      ?? {
        classDefs.append((id, [], []))
        return classDefs.count - 1
      }()
    guard !attributes.isEmpty else { return }
    for attribute in attributes.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
      var fixed = attribute
      if let semicolon = fixed.firstIndex(of: ";") { fixed.remove(at: semicolon) }
      fixed = fixed.trimmingCharacters(in: .whitespaces)
      if attribute.contains("color") {
        let background = MermaidText.replacingFirst("fill", with: "bgFill", in: fixed)
        classDefs[place].textStyles.append(MermaidText.replacingFirst("color", with: "fill", in: background))
      }
      classDefs[place].styles.append(fixed)
    }
  }
}
