import Foundation

/// Measures and wraps label text in the font the site ships (DejaVu Sans), so layouts made at build time
/// match what browsers draw.
public struct TextMeasurer: Sendable {
  public var metrics: FontMetrics
  public var fontSize: Double

  public init(fontSize: Double = 14, metrics: FontMetrics = .dejaVuSans) {
    self.metrics = metrics
    self.fontSize = fontSize
  }

  public var lineHeight: Double { (metrics.lineHeight(size: fontSize) * 1.1).rounded(toPlaces: 2) }

  public func width(_ text: String) -> Double { metrics.width(of: text, size: fontSize) }

  /// Lines of `text` no wider than `maxWidth`: explicit breaks (`<br>`, new lines) first, then greedy
  /// word wrapping; a word longer than a line is broken between characters.
  public func wrap(_ text: String, maxWidth: Double) -> [String] {
    var lines: [String] = []
    for paragraph in Self.explicitLines(text) {
      var current = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
        let candidate = current.isEmpty ? word : current + " " + word
        if width(candidate) <= maxWidth {
          current = candidate
          continue
        }
        if !current.isEmpty { lines.append(current) }
        current = ""
        if width(word) <= maxWidth {
          current = word
        } else {
          // A long name breaks only where it may (after `.`, `/`, `_`, `-`, before a capital after a
          // small letter); a piece that is still too wide stays whole and the line grows.
          for piece in Self.breakablePieces(word) {
            if !current.isEmpty && width(current + piece) > maxWidth {
              lines.append(current)
              current = ""
            }
            current += piece
          }
        }
      }
      lines.append(current)
    }
    return lines.isEmpty ? [""] : lines
  }

  /// `FMESummary.generate_report` -> `FME`, `Summary.`, `generate_`, `report`: the places a word without
  /// spaces may break.
  static func breakablePieces(_ word: String) -> [String] {
    let characters = Array(word)
    var pieces: [String] = []
    var current = ""
    for (index, character) in characters.enumerated() {
      let previous: Character? = index > 0 ? characters[index - 1] : nil
      let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
      let afterPunctuation = previous.map { ".:/_-".contains($0) } ?? false
      // `preOpportunity` before the `O`; `FMESummary` before the `S` that starts a word after capitals.
      let camelHump =
        character.isUppercase
        && ((previous?.isLowercase ?? false)
          || ((previous?.isUppercase ?? false) && (next?.isLowercase ?? false)))
      if !current.isEmpty && (afterPunctuation || camelHump) {
        pieces.append(current)
        current = ""
      }
      current.append(character)
    }
    if !current.isEmpty { pieces.append(current) }
    return pieces
  }

  /// Splits at new lines and `<br>` in any spelling.
  static func explicitLines(_ text: String) -> [String] {
    // Most labels have no break and nothing to trim: Foundation's replacing and trimming of every
    // label showed in large builds.
    let mayBreak = text.utf8.contains {
      $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n")
    }
    if !mayBreak && text.first?.isWhitespace != true && text.last?.isWhitespace != true { return [text] }
    var normalized = text
    for breakTag in ["<br/>", "<br />", "<BR/>", "<BR />", "<br>", "<BR>", "\\n"] {
      normalized = normalized.replacingOccurrences(of: breakTag, with: "\n")
    }
    return normalized.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
  }
}

extension Double {
  func rounded(toPlaces places: Int) -> Double {
    var factor = 1.0
    for _ in 0..<places { factor *= 10 }
    return (self * factor).rounded() / factor
  }
}
