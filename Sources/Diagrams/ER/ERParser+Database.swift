extension ERParser {
  /// Mermaid's `addEntity`: a new name is added; a known one only takes an alias it lacked.
  mutating func addEntity(_ name: String, alias: String = "", line: Int) {
    if let place = places[name] {
      if diagram.entities[place].alias.isEmpty && !alias.isEmpty { diagram.entities[place].alias = alias }
      return
    }
    places[name] = diagram.entities.count
    diagram.entities.append(EREntity(name: name, alias: alias, line: line))
  }

  mutating func addAttributes(_ name: String, _ attributes: [ERAttribute]) {
    guard let place = places[name] else { return }
    diagram.entities[place].attributes += attributes
  }

  mutating func setClass(_ names: [String], _ classes: [String]) {
    for name in names {
      guard let place = places[name] else { continue }
      diagram.entities[place].cssClasses += classes
    }
  }

  /// Mermaid's `addCssStyles` stops at the first name that is not an entity.
  mutating func addStyles(_ names: [String], _ styles: [String]) {
    for name in names {
      guard let place = places[name] else { return }
      diagram.entities[place].cssStyles += styles
    }
  }

  /// A `classDef`: styles naming a colour also go to the text styles, `fill` read as the background.
  mutating func addClass(_ names: [String], styles: [String]) {
    for name in names {
      let place =
        diagram.classes.firstIndex { $0.name == name }
        ?? {
          diagram.classes.append(StyleClassDef(name: name))
          return diagram.classes.count - 1
        }()
      diagram.classes[place].add(styles)
    }
  }

}
