extension ERDiagram {
  /// Entity codes (`#quot;`, `#9829;`) in names, labels and attributes turned into their characters.
  func decodingEntities() -> ERDiagram {
    var diagram = self
    for index in diagram.entities.indices {
      diagram.entities[index].name = EntityCodes.decode(diagram.entities[index].name)
      diagram.entities[index].alias = EntityCodes.decode(diagram.entities[index].alias)
      for row in diagram.entities[index].attributes.indices {
        diagram.entities[index].attributes[row].comment = EntityCodes.decode(
          diagram.entities[index].attributes[row].comment)
      }
    }
    for index in diagram.relationships.indices {
      diagram.relationships[index].from = EntityCodes.decode(diagram.relationships[index].from)
      diagram.relationships[index].to = EntityCodes.decode(diagram.relationships[index].to)
      diagram.relationships[index].label = EntityCodes.decode(diagram.relationships[index].label)
    }
    diagram.title = diagram.title.map(EntityCodes.decode)
    return diagram
  }
}
