/// The model's JSON carries what was read from a document, not its markdown tree.
extension Document: Encodable {
  private enum CodingKeys: String, CodingKey {
    case path, kind, title, frontMatter, status, progress
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(kind, forKey: .kind)
    try container.encode(title, forKey: .title)
    try container.encode(frontMatter, forKey: .frontMatter)
    try container.encodeIfPresent(status, forKey: .status)
    try container.encode(progress, forKey: .progress)
  }
}
