/// One class of a class diagram: its id (generic part removed), the label drawn, the generic type
/// (`~T~` gives `T`), annotations such as `interface`, and its attributes and methods in document order.
public struct ClassNode: Hashable, Sendable {
  public var id: String
  public var label: String
  public var genericType: String
  public var annotations: [String] = []
  public var members: [ClassMember] = []
  public var methods: [ClassMember] = []
  /// Mermaid's class attribute: `default` and the classes applied, space-separated.
  public var cssClasses = "default"
  public var styles: [String] = []
  /// The qualified id of the namespace that holds it.
  public var namespace: String?
  public var link: String?
  public var linkTarget: String?
  public var tooltip: String?
  public var hasCallback = false
  /// Where the class was first named, from 1 in the diagram.
  public var line: Int

  public init(id: String, genericType: String = "", line: Int) {
    self.id = id
    self.label = id
    self.genericType = genericType
    self.line = line
  }

  /// The title drawn: the label with its generic type as `<T>`.
  public var title: String {
    genericType.isEmpty ? label : "\(label)<\(ClassMember.genericTypes(genericType))>"
  }
}
