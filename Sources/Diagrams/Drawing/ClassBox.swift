/// The box of one class, as UML draws it: a title compartment (annotations as `«interface»` above the
/// bold name with its generic type), then one compartment of attributes and one of methods, each a
/// line a member. Empty compartments keep a sliver of height, so every class reads as a class.
public struct ClassBox: Hashable, Sendable {
  public var node: ClassNode
  public var titleLines: [String]
  public var lineHeight: Double
  public var titleHeight: Double
  public var membersHeight: Double
  public var methodsHeight: Double
  public var width: Double
  public var height: Double { titleHeight + membersHeight + methodsHeight }

  static let padding = 8.0
  static let emptyCompartment = 10.0
  static let minimumWidth = 100.0

  init(_ node: ClassNode, measurer: TextMeasurer) {
    self.node = node
    let lineHeight = measurer.lineHeight
    self.lineHeight = lineHeight
    titleLines = node.annotations.map { "«\($0)»" } + [node.title]
    titleHeight = Double(titleLines.count) * lineHeight + 2 * Self.padding
    let compartment = { (count: Int) in
      count == 0 ? Self.emptyCompartment : Double(count) * lineHeight + Self.padding
    }
    membersHeight = compartment(node.members.count)
    methodsHeight = compartment(node.methods.count)
    // The name is bold, a little wider than measured.
    var widest = measurer.width(node.title) * 1.08
    for line in titleLines.dropLast() { widest = max(widest, measurer.width(line)) }
    for member in node.members + node.methods { widest = max(widest, measurer.width(member.displayText)) }
    width = max(Self.minimumWidth, widest + 2 * Self.padding + 8).rounded(.up)
  }

  /// The top of member line `index` of the attributes (`methods` false) or the methods, from the
  /// box's top.
  public func lineTop(_ index: Int, methods: Bool) -> Double {
    (methods ? titleHeight + membersHeight : titleHeight) + Self.padding / 2 + Double(index) * lineHeight
  }
}
