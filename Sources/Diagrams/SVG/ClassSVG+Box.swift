extension ClassSVG {
  /// A class's box: the title compartment (annotations in guillemets, the bold name), a rule, the
  /// attributes, a rule, the methods; a static member underlined and an abstract one in italics, as
  /// UML writes them. `link` (a page of the site) wins over the diagram's own `click`/`link`.
  static func box(_ placed: ClassDrawing.Box, diagram: ClassDiagram, link: String?) -> String {
    let n = CurvePath.number
    let box = placed.box
    let node = box.node
    let (x, y) = (placed.origin.x, placed.origin.y)
    let declarations = classStyles(node, diagram) + node.styles
    let shapeStyle = SVGText.safeStyle(declarations.filter { !$0.lowercased().hasPrefix("color:") })
    let textStyle = declarations.last { $0.lowercased().hasPrefix("color:") }.map {
      SVGText.safeStyle(["fill:" + $0.dropFirst(6)])
    }
    var svg = ""
    let href = link ?? node.link.flatMap(SVGText.safeHref)
    if let href {
      svg += "<a href=\"\(SVGText.attribute(href))\""
      if link == nil, let target = node.linkTarget, ["_blank", "_self", "_parent", "_top"].contains(target) {
        svg += " target=\"\(target)\"\(target == "_blank" ? " rel=\"noopener noreferrer\"" : "")"
      }
      svg += ">"
    }
    svg += "<g class=\"fd-node fd-class\" data-id=\"\(SVGText.attribute(node.id))\">"
    if let tooltip = node.tooltip { svg += "<title>\(SVGText.text(tooltip))</title>" }
    svg += "<rect class=\"fd-shape\" x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(placed.width))\""
    svg +=
      " height=\"\(n(placed.height))\"\(shapeStyle.isEmpty ? "" : " style=\"\(SVGText.attribute(shapeStyle))\"")/>"
    // The engine may have made the box taller for its ports: the title compartment takes the room.
    let titleHeight = box.titleHeight + (placed.height - box.height)
    // A class styled with its own fill keeps it behind the title too.
    if !shapeStyle.lowercased().contains("fill") {
      svg += "<rect class=\"fd-class-title\" x=\"\(n(x + 0.75))\" y=\"\(n(y + 0.75))\""
      svg += " width=\"\(n(placed.width - 1.5))\" height=\"\(n(titleHeight - 1.5))\"/>"
    }
    svg += title(
      box, x: x + placed.width / 2,
      top: y + (titleHeight - Double(box.titleLines.count) * box.lineHeight) / 2, style: textStyle)
    let shift = titleHeight - box.titleHeight
    for rule in [box.titleHeight, box.titleHeight + box.membersHeight] {
      let ruleY = y + rule + shift
      svg += "<line x1=\"\(n(x))\" y1=\"\(n(ruleY))\" x2=\"\(n(x + placed.width))\" y2=\"\(n(ruleY))\"/>"
    }
    for (index, member) in node.members.enumerated() {
      svg += self.member(
        member, x: x + ClassBox.padding, top: y + shift + box.lineTop(index, methods: false), box: box,
        style: textStyle)
    }
    for (index, method) in node.methods.enumerated() {
      svg += self.member(
        method, x: x + ClassBox.padding, top: y + shift + box.lineTop(index, methods: true), box: box,
        style: textStyle)
    }
    svg += "</g>"
    if href != nil { svg += "</a>" }
    return svg + "\n"
  }

  /// The annotations, muted, then the name in bold.
  static func title(_ box: ClassBox, x: Double, top: Double, style: String?) -> String {
    let n = CurvePath.number
    var svg = "<text text-anchor=\"middle\"\(style.map { " style=\"\(SVGText.attribute($0))\"" } ?? "")>"
    for (index, line) in box.titleLines.enumerated() {
      let baseline = top + Double(index) * box.lineHeight + box.lineHeight * 0.75
      let isName = index == box.titleLines.count - 1
      svg +=
        "<tspan x=\"\(n(x))\" y=\"\(n(baseline))\"\(isName ? " font-weight=\"600\"" : " class=\"fd-annotation\"")>"
      svg += SVGText.text(line) + "</tspan>"
    }
    return svg + "</text>"
  }

  static func member(_ member: ClassMember, x: Double, top: Double, box: ClassBox, style: String?) -> String {
    let n = CurvePath.number
    var svg = "<text x=\"\(n(x))\" y=\"\(n(top + box.lineHeight * 0.75))\""
    switch member.classifier {
    case "$": svg += " text-decoration=\"underline\""
    case "*": svg += " font-style=\"italic\""
    default: break
    }
    if let style { svg += " style=\"\(SVGText.attribute(style))\"" }
    return svg + ">" + SVGText.text(member.displayText) + "</text>"
  }

  /// The styles of the `classDef`s named in a class's class attribute.
  static func classStyles(_ node: ClassNode, _ diagram: ClassDiagram) -> [String] {
    node.cssClasses.split(separator: " ").flatMap { name in
      diagram.styleClasses.first { $0.name == name }?.styles ?? []
    }
  }
}
