/// A `classDef` of an ER, state or class diagram: its styles, and those of them that colour text (mermaid
/// keeps both, `fill` read there as the background).
public struct StyleClassDef: Hashable, Sendable {
  public var name: String
  public var styles: [String]
  public var textStyles: [String]

  public init(name: String, styles: [String] = [], textStyles: [String] = []) {
    self.name = name
    self.styles = styles
    self.textStyles = textStyles
  }
}

extension StyleClassDef {
  /// Mermaid's `defineClass` for ER and class diagrams: every style is kept, and one naming a colour
  /// also goes to the text styles with its first `fill` read as the background.
  mutating func add(_ newStyles: [String]) {
    for style in newStyles {
      if style.contains("color") {
        textStyles.append(MermaidText.replacingFirst("fill", with: "bgFill", in: style))
      }
      styles.append(style)
    }
  }
}

extension StyleClassDef {
  /// `classDef`s in mermaid's vocabulary: by name, each with its `styles` and `textStyles`.
  static func json(_ classes: [StyleClassDef]) -> JSONValue {
    .object(
      classes.map { style in
        (
          style.name,
          .object([
            ("styles", .array(style.styles.map { .string($0) })),
            ("textStyles", .array(style.textStyles.map { .string($0) })),
          ])
        )
      })
  }
}
