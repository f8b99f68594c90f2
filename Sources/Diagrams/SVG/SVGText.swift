import Foundation
import MarkupSafety

/// Escaping for SVG text and attribute values, and the few checks that keep festival strings from
/// becoming markup, script or style.
public enum SVGText {
  public static func text(_ value: String) -> String { XMLEscaping.text(value) }

  public static func attribute(_ value: String) -> String { XMLEscaping.attribute(value) }

  /// A link target for `click`/`href`, by the one policy pages follow too (`URLSafety`).
  public static func safeHref(_ url: String) -> String? { URLSafety.href(url) }

  /// `fill:#f96`, `stroke-width:2px` ... as a safe inline style: property names of letters and dashes,
  /// values without anything that could end the attribute or load something.
  public static func safeStyle(_ declarations: [String]) -> String {
    var parts: [String] = []
    for declaration in declarations {
      let pieces = declaration.split(separator: ":", maxSplits: 1).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard pieces.count == 2, !pieces[0].isEmpty, pieces[0].allSatisfy({ $0.isLetter || $0 == "-" }) else {
        continue
      }
      let value = pieces[1]
      let lower = value.lowercased()
      guard !value.isEmpty, !value.contains(where: { "<>\"';{}\\".contains($0) }), !lower.contains("url("),
        !lower.contains("expression"), !lower.contains("javascript")
      else { continue }
      parts.append("\(pieces[0].lowercased()):\(value)")
    }
    return parts.joined(separator: ";")
  }

  /// A short, stable id prefix derived from the diagram's text (FNV-1a), so two diagrams on one page
  /// never share marker ids and the same diagram always gets the same ids.
  public static func idPrefix(for source: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in source.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return "fd" + String(hash, radix: 36).prefix(8)
  }
}

extension SVGText {
  /// Lines of text as one `<text>` with a `<tspan>` per line, the first line's top at `top`.
  static func block(
    _ lines: [String], x: Double, top: Double, lineHeight: Double, anchor: String = "middle",
    weight: String? = nil,
    style: String? = nil, markup: [String]? = nil
  ) -> String {
    let n = CurvePath.number
    var svg = "<text text-anchor=\"\(anchor)\""
    if let weight { svg += " font-weight=\"\(weight)\"" }
    if let style, !style.isEmpty { svg += " style=\"\(attribute(style))\"" }
    svg += ">"
    for (index, line) in lines.enumerated() {
      let baseline = top + Double(index) * lineHeight + lineHeight * 0.75
      // `markup` holds each line already escaped, with its emphasis.
      let content = markup.map { index < $0.count ? $0[index] : text(line) } ?? text(line)
      svg += "<tspan x=\"\(n(x))\" y=\"\(n(baseline))\">\(content)</tspan>"
    }
    return svg + "</text>"
  }
}
