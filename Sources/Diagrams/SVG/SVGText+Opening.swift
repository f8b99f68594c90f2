extension SVGText {
  /// A diagram's opening `<svg>` tag, sized to the drawing, with its `<title>` and `<desc>` for
  /// assistive technology: what every kind of diagram starts with.
  static func opening(
    id: String, kind: String, width: Double, height: Double, title: String?, description: String?
  ) -> String {
    let n = CurvePath.number
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" class=\"fd-diagram fd-\(kind)\""
    svg +=
      " viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\""
    var labelledBy: [String] = []
    if title != nil { labelledBy.append("\(id)-title") }
    if description != nil { labelledBy.append("\(id)-desc") }
    if !labelledBy.isEmpty { svg += " aria-labelledby=\"\(labelledBy.joined(separator: " "))\"" }
    svg += ">\n"
    if let title { svg += "<title id=\"\(id)-title\">\(text(title))</title>\n" }
    if let description { svg += "<desc id=\"\(id)-desc\">\(text(description))</desc>\n" }
    return svg
  }
}
