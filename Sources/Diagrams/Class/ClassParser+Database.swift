extension ClassParser {
  /// Mermaid's `splitClassNameAndType`: `Name~T~` is class `Name` of generic type `T`.
  static func splitGeneric(_ id: String) -> (name: String, type: String) {
    guard let tilde = id.firstIndex(of: "~"), tilde > id.startIndex else { return (id, "") }
    let parts = id.split(separator: "~", omittingEmptySubsequences: false)
    return (String(parts[0]), String(parts[1]))
  }

  /// A relation's or member's text after `:`, trimmed.
  static func cleanupLabel(_ label: String) -> String {
    String(label.hasPrefix(":") ? label.dropFirst() : Substring(label)).trimmingCharacters(
      in: .whitespacesAndNewlines)
  }

  /// A class is added once, where it is first named.
  mutating func addClass(_ id: String, line: Int) {
    let (name, type) = Self.splitGeneric(id)
    guard places[name] == nil else { return }
    places[name] = diagram.classes.count
    diagram.classes.append(ClassNode(id: name, genericType: type, line: line))
  }

  mutating func setLabel(_ id: String, _ label: String) {
    guard let place = places[Self.splitGeneric(id).name] else { return }
    diagram.classes[place].label = label
  }

  /// One line of a class: `<<annotation>>`, a method (it holds `)`), or an attribute.
  mutating func addMember(_ id: String, _ text: String, line: Int) throws {
    addClass(id, line: line)
    guard let place = places[Self.splitGeneric(id).name] else { return }
    let member = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if member.hasPrefix("<<") && member.hasSuffix(">>") {
      diagram.classes[place].annotations.append(String(member.dropFirst(2).dropLast(2)))
    } else if let close = member.firstIndex(of: ")"), close > member.startIndex {
      guard let method = ClassMember.method(member) else {
        throw DiagramError(
          "'\(member)' reads as a method but has no name before its '('", line: line, column: 1)
      }
      diagram.classes[place].methods.append(method)
    } else if !member.isEmpty {
      diagram.classes[place].members.append(ClassMember.attribute(member))
    }
  }

  mutating func addMembers(_ id: String, _ members: [(String, Int)]) throws {
    for (text, line) in members { try addMember(id, text, line: line) }
  }

  mutating func addAnnotation(_ id: String, _ annotation: String, at token: LexToken) throws {
    guard let place = places[Self.splitGeneric(id).name] else {
      throw DiagramError(
        "<<\(annotation)>> names class '\(id)', which is not declared", line: token.line, column: token.column
      )
    }
    diagram.classes[place].annotations.append(annotation)
  }

  /// A lollipop end with nothing at the other makes an interface beside the class; otherwise both
  /// ends are classes.
  mutating func addRelation(_ relation: ClassRelation) {
    var relation = relation
    if relation.fromEnd == .lollipop && relation.toEnd == .none {
      addClass(relation.to, line: relation.line)
      relation.from = addInterface(relation.from, classID: relation.to)
    } else if relation.toEnd == .lollipop && relation.fromEnd == .none {
      addClass(relation.from, line: relation.line)
      relation.to = addInterface(relation.to, classID: relation.from)
    } else {
      addClass(relation.from, line: relation.line)
      addClass(relation.to, line: relation.line)
    }
    relation.from = Self.splitGeneric(relation.from).name
    relation.to = Self.splitGeneric(relation.to).name
    relation.fromCardinality = relation.fromCardinality?.trimmingCharacters(in: .whitespacesAndNewlines)
    relation.toCardinality = relation.toCardinality?.trimmingCharacters(in: .whitespacesAndNewlines)
    diagram.relations.append(relation)
  }

  private mutating func addInterface(_ label: String, classID: String) -> String {
    let id = "interface\(diagram.interfaces.count)"
    diagram.interfaces.append(ClassInterface(id: id, label: label, classID: classID))
    return id
  }

  /// The classes named in `ids` (comma-separated, as written: no spaces trimmed) that exist, in order.
  /// A name starting with a digit is looked up under mermaid's DOM prefix, so it never matches.
  func existingPlaces(_ ids: String) -> [Int] {
    ids.split(separator: ",", omittingEmptySubsequences: false).compactMap { id in
      if let first = id.first, first.isASCII, first.isNumber { return nil }
      return places[String(id)]
    }
  }

  mutating func setCssClass(_ ids: String, _ className: String) {
    for place in existingPlaces(ids) { diagram.classes[place].cssClasses += " " + className }
  }

  mutating func setStyle(_ id: String, _ styles: [String]) {
    guard let place = places[id] else { return }
    for style in styles {
      diagram.classes[place].styles += style.split(separator: ",", omittingEmptySubsequences: false).map(
        String.init)
    }
  }

  /// A `classDef`, which also styles every class whose class attribute already contains its name.
  mutating func defineClass(_ ids: [String], _ styles: [String]) {
    for id in ids {
      if let place = diagram.styleClasses.firstIndex(where: { $0.name == id }) {
        diagram.styleClasses[place].add(styles)
      } else {
        var styleClass = StyleClassDef(name: id)
        styleClass.add(styles)
        diagram.styleClasses.append(styleClass)
      }
      let split = styles.flatMap {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      }
      for place in diagram.classes.indices where diagram.classes[place].cssClasses.contains(id) {
        diagram.classes[place].styles += split
      }
    }
  }

  mutating func setLink(_ ids: String, url: String, target: String?) {
    let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
    for place in existingPlaces(ids) {
      diagram.classes[place].link = trimmed.isEmpty ? nil : trimmed
      diagram.classes[place].linkTarget = target ?? "_blank"
    }
    setCssClass(ids, "clickable")
  }

  mutating func setCallback(_ ids: String, tooltip: String?, at token: LexToken) throws {
    for id in ids.split(separator: ",", omittingEmptySubsequences: false) {
      guard let place = places[String(id)] else { throw undeclared(String(id), at: token) }
      diagram.classes[place].hasCallback = true
    }
    setCssClass(ids, "clickable")
    if let tooltip { try setTooltip(ids, tooltip, at: token) }
  }

  mutating func setTooltip(_ ids: String, _ tooltip: String, at token: LexToken) throws {
    for id in ids.split(separator: ",", omittingEmptySubsequences: false) {
      guard let place = places[String(id)] else { throw undeclared(String(id), at: token) }
      diagram.classes[place].tooltip = tooltip
    }
  }

  private func undeclared(_ id: String, at token: LexToken) -> DiagramError {
    DiagramError(
      "'\(token.text)' names class '\(id)', which is not declared", line: token.line, column: token.column)
  }

  /// Mermaid's `addNamespace`: the id is qualified by the enclosing namespace, and every ancestor of a
  /// dotted id is created on the way (not explicit).
  mutating func addNamespace(_ name: String, label: String?) -> String {
    let id = namespaceStack.last.map { $0 + "." + name } ?? name
    namespaceStack.append(id)
    if let place = namespacePlaces[id] {
      diagram.namespaces[place].explicit = true
      if let label, !label.isEmpty { diagram.namespaces[place].label = label }
      return id
    }
    let parts = id.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    var parent: String?
    for index in parts.indices {
      let current = parts[...index].joined(separator: ".")
      let isLeaf = index == parts.count - 1
      if let place = namespacePlaces[current] {
        if isLeaf { diagram.namespaces[place].explicit = true }
      } else {
        namespacePlaces[current] = diagram.namespaces.count
        let nodeLabel = isLeaf && !(label ?? "").isEmpty ? label! : parts[index]
        diagram.namespaces.append(
          ClassNamespace(id: current, label: nodeLabel, parent: parent, explicit: isLeaf))
      }
      if let parent, let parentPlace = namespacePlaces[parent], let place = namespacePlaces[current] {
        if !diagram.namespaces[parentPlace].children.contains(current) {
          diagram.namespaces[parentPlace].children.append(current)
        }
        if diagram.namespaces[place].parent == nil { diagram.namespaces[place].parent = parent }
      }
      parent = current
    }
    return id
  }

  /// Mermaid's `addClassesToNamespace`, run when the namespace's body has been read.
  mutating func addToNamespace(_ id: String, classes: [String], notes: [String]) {
    guard let namespacePlace = namespacePlaces[id] else { return }
    for name in classes {
      let className = Self.splitGeneric(name).name
      guard let place = places[className] else { continue }
      diagram.classes[place].namespace = id
      if !diagram.namespaces[namespacePlace].classes.contains(className) {
        diagram.namespaces[namespacePlace].classes.append(className)
      }
    }
    for note in notes {
      guard let place = diagram.notes.firstIndex(where: { $0.id == note }) else { continue }
      diagram.notes[place].namespace = id
      if !diagram.namespaces[namespacePlace].notes.contains(note) {
        diagram.namespaces[namespacePlace].notes.append(note)
      }
    }
  }
}
