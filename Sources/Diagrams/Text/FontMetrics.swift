/// Advance widths and kerning of a font, to measure text without a browser.
public struct FontMetrics: Sendable {
  public let unitsPerEm: Int
  public let ascent: Int
  public let descent: Int
  let advances: [UInt32: Int]
  /// `(first << 20) | second` -> adjustment, in font units.
  let kerning: [UInt64: Int]

  init(unitsPerEm: Int, ascent: Int, descent: Int, advances: [UInt32: Int], kerning: [UInt64: Int]) {
    self.unitsPerEm = unitsPerEm
    self.ascent = ascent
    self.descent = descent
    self.advances = advances
    self.kerning = kerning
  }

  /// The advance of one character in font units; characters the font lacks get a browser-like guess:
  /// a full em for wide (CJK) characters, nothing for combining marks, else the width of `n`.
  func advance(of scalar: Unicode.Scalar) -> Int {
    if let known = advances[scalar.value] { return known }
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark {
      return 0
    }
    if (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
      || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
      || (0xFF00...0xFF60).contains(scalar.value) || (0x1F300...0x1FAFF).contains(scalar.value)
    {
      return unitsPerEm
    }
    return advances[0x6E] ?? unitsPerEm / 2
  }

  /// The width of `text` at `size` pixels, kerning applied.
  public func width(of text: String, size: Double) -> Double {
    var units = 0
    var previous: UInt32?
    for scalar in text.unicodeScalars {
      units += advance(of: scalar)
      if let previous, let adjustment = kerning[UInt64(previous) << 20 | UInt64(scalar.value)] {
        units += adjustment
      }
      previous = scalar.value
    }
    return Double(units) * size / Double(unitsPerEm)
  }

  /// Line height at `size`: ascent plus descent.
  public func lineHeight(size: Double) -> Double { Double(ascent + descent) * size / Double(unitsPerEm) }
}
