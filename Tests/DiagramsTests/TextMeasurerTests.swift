import Diagrams
import Testing

@Suite struct TextMeasurerTests {
  /// At a size of one pixel per font unit, widths are the font's own advances plus its kerning, as
  /// summed independently with fontTools from DejaVuSans.ttf's hmtx and kern tables.
  @Test(arguments: [
    ("API Gateway", 12938.0), ("Tracking Service", 16746.0), ("Ünïcödé", 8305.0), ("→ done", 7478.0),
  ])
  func widthsAreTheFontsAdvances(text: String, units: Double) {
    #expect(FontMetrics.dejaVuSans.width(of: text, size: 2048) == units)
  }

  @Test func kerningIsApplied() {
    #expect(FontMetrics.dejaVuSans.width(of: "AV", size: 2048) == 2802 - 131)
    #expect(FontMetrics.dejaVuSans.width(of: "AB", size: 2048) == 1401 + 1405)
  }

  @Test func missingGlyphsGetBrowserLikeWidths() {
    let metrics = FontMetrics.dejaVuSans
    #expect(metrics.width(of: "日本", size: 2048) == 4096)
    #expect(metrics.width(of: "e\u{301}", size: 2048) == metrics.width(of: "e", size: 2048))
  }

  @Test func labelsWrapAtAWidth() {
    let measurer = TextMeasurer(fontSize: 14)
    let lines = measurer.wrap("Shipper and recipient UI, label printing", maxWidth: 120)
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { measurer.width($0) <= 120 })
    #expect(lines.joined(separator: " ") == "Shipper and recipient UI, label printing")
    #expect(measurer.wrap("one<br>two<br/>three", maxWidth: 500) == ["one", "two", "three"])
    // A word is never cut inside: a long one stays whole and the node grows.
    #expect(
      measurer.wrap("Supercalifragilisticexpialidocious", maxWidth: 60) == [
        "Supercalifragilisticexpialidocious"
      ])
    // A name without spaces breaks after `.`, `/`, `_`, `-` or before a capital that follows a small letter.
    #expect(measurer.wrap("FMESummary", maxWidth: 40) == ["FME", "Summary"])
    #expect(measurer.wrap("MetricPreOpportunity", maxWidth: 60) == ["Metric", "Pre", "Opportunity"])
    #expect(measurer.wrap("billing.invoice_created", maxWidth: 70) == ["billing.", "invoice_", "created"])
  }

  /// A label without a break comes back as one line, trimmed as before; breaks in any spelling split it.
  @Test(arguments: [
    ("plain", ["plain"]), (" padded ", ["padded"]), ("\u{A0}nbsp\u{A0}", ["nbsp"]), ("", [""]),
    ("a\nb", ["a", "b"]), ("a\\nb", ["a", "b"]), ("a<br/>b", ["a", "b"]), ("a <BR /> b", ["a", "b"]),
    ("x < y", ["x < y"]), ("é ü", ["é ü"]),
  ])
  func explicitBreaksSplitLabels(text: String, lines: [String]) {
    #expect(TextMeasurer(fontSize: 14).wrap(text, maxWidth: 10_000) == lines)
  }
}
