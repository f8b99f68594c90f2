import Foundation

extension StateTranslator {
  /// The renderer's data step over a document: each state, each transition's two states and then the
  /// transition.
  mutating func setUp(parent: String?, _ document: [StateStatement], alternate: Bool) {
    for statement in document {
      switch statement {
      case .state(let item): fetch(parent: parent, item, alternate: alternate)
      case .relation(let first, let second, let description):
        fetch(parent: parent, first, alternate: alternate)
        fetch(parent: parent, second, alternate: alternate)
        transitions.append(
          StateTransition(from: first.id, to: second.id, label: Self.breaks(description ?? "")))
        itemCount += 1
      default: continue
      }
    }
  }

  /// One state: remembered by id on first sight, its description growing with each statement that
  /// gives one, a group once it has a document; then its node, or its note's group, note and node.
  mutating func fetch(parent: String?, _ item: StateStatement.Item, alternate: Bool) {
    let id = item.id
    var shape = "rect"
    if item.start == true { shape = "stateStart" } else if item.start == false { shape = "stateEnd" }
    if item.type != "default" { shape = item.type ?? "" }
    if memory[id] == nil {
      let known = registry[id]
      memory[id] = Memory(
        shape: shape, label: [id],
        cssClasses: (known?.classes.joined(separator: " ") ?? "") + " statediagram-state",
        styles: known?.styles ?? [])
    }
    var remembered = memory[id]!
    describe(&remembered, item.descriptions.map(Self.breaks), id: id)
    if !remembered.isGroup, let document = item.document {
      remembered.isGroup = true
      remembered.direction = document.reduce(FlowDirection.topToBottom) {
        if case .direction(let value) = $1 { return value }
        return $0
      }
      remembered.shape = item.type == "divider" ? "divider" : "roundedWithTitle"
      remembered.cssClasses += " statediagram-cluster " + (alternate ? "statediagram-cluster-alt" : "")
    }
    memory[id] = remembered
    var node = StateNode(
      id: id, kind: .state, label: remembered.shape == "divider" ? "" : remembered.label[0])
    if remembered.isList && remembered.shape != "divider" {
      node.descriptions = Array(remembered.label.dropFirst())
    }
    node.shape = remembered.shape
    node.kind = Self.kind(shape: remembered.shape, isGroup: remembered.isGroup)
    node.cssClasses = remembered.cssClasses
    node.styles = remembered.styles
    node.classes = remembered.cssClasses.split(separator: " ").map(String.init).filter {
      !$0.hasPrefix("statediagram-")
    }
    node.direction = remembered.isGroup ? remembered.direction : nil
    node.parent = parent
    if let position = item.notePosition {
      addNote(
        for: node, position: position, text: Self.breaks(item.noteText), cssClasses: remembered.cssClasses)
    } else {
      insert(node)
    }
    if let document = item.document { setUp(parent: id, document, alternate: !alternate) }
  }

  /// Mermaid's description rules: the first one replaces the id; later ones make a list, and the
  /// box a box with a title.
  func describe(_ remembered: inout Memory, _ descriptions: [String], id: String) {
    guard !descriptions.isEmpty, descriptions != [""] else { return }
    if remembered.isList {
      remembered.shape = "rectWithTitle"
      remembered.label += descriptions
    } else if !remembered.label[0].isEmpty {
      remembered.shape = "rectWithTitle"
      remembered.label = remembered.label[0] == id ? descriptions : [remembered.label[0]] + descriptions
      remembered.isList = true
    } else {
      remembered.shape = "rect"
      remembered.label = descriptions
      remembered.isList = descriptions.count > 1
    }
    if remembered.isList && remembered.label.count == 1 && remembered.shape == "rectWithTitle" {
      remembered.shape = remembered.isGroup ? "roundedWithTitle" : "rect"
    }
  }

  /// Every way of writing a line break (`<br>`, `<br />`, `<BR/>`) as `<br/>`, as mermaid's sanitizer
  /// leaves it.
  static func breaks(_ text: String) -> String {
    guard text.contains("<") else { return text }
    return text.replacingOccurrences(
      of: #"<br\s*/?>"#, with: "<br/>", options: [.regularExpression, .caseInsensitive])
  }

  static func kind(shape: String, isGroup: Bool) -> StateNodeKind {
    switch shape {
    case "stateStart": .start
    case "stateEnd": .end
    case "fork": .fork
    case "join": .join
    case "choice": .choice
    case "divider": .divider
    case "note": .note
    default: isGroup ? .composite : .state
    }
  }

  /// A note: a group beside its state holding the note, joined to the state by a line.
  mutating func addNote(for node: StateNode, position: String, text: String, cssClasses: String) {
    let noteID = node.id + "----note-\(itemCount)"
    let groupID = node.id + "----parent"
    itemCount += 1
    var group = StateNode(id: groupID, kind: .noteGroup, label: text)
    group.shape = "noteGroup"
    group.cssClasses = cssClasses
    group.notePosition = position
    var note = StateNode(id: noteID, kind: .note, label: text, parent: groupID)
    note.shape = "note"
    note.cssClasses = "statediagram-note"
    note.notePosition = position
    insert(group)
    insert(note)
    insert(node)
    let (from, to) = position == "left of" ? (noteID, node.id) : (node.id, noteID)
    transitions.append(StateTransition(from: from, to: to, isNote: true))
  }

  /// Adds a node, or updates the one with its id in place (keeping its parent when the new sight
  /// names none, as mermaid's `Object.assign` does).
  mutating func insert(_ node: StateNode) {
    guard !node.id.isEmpty, node.id != "</join></fork>", node.id != "</choice>" else { return }
    if let place = nodes.firstIndex(where: { $0.id == node.id }) {
      let parent = node.parent ?? nodes[place].parent
      nodes[place] = node
      nodes[place].parent = parent
    } else {
      nodes.append(node)
    }
  }
}
