extension SequenceDiagram {
  /// Texts with entity placeholders turned back into characters.
  func decodingEntities() -> SequenceDiagram {
    var diagram = self
    for index in diagram.actors.indices {
      diagram.actors[index].description = EntityCodes.decode(diagram.actors[index].description)
    }
    for index in diagram.messages.indices {
      diagram.messages[index].text = EntityCodes.decode(diagram.messages[index].text)
    }
    diagram.title = diagram.title.map(EntityCodes.decode)
    return diagram
  }
}
