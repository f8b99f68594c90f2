import TestSupport
import Testing

@testable import Diagrams

/// SVG numbers are written digit by digit; they must read exactly as the long way spells them.
@Suite struct SVGNumberTests {
  @Test func numbersReadAsSpelledTheLongWay() {
    let edges: [Double] = [
      0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.01, 0.05, 0.1, 0.5, 0.99, 0.995, 1, -1, 9.99, 9.995, 10, 99.5,
      100.01, 1044.06, -508.01, 123_456.78, 99_999_999_999.99, -99_999_999_999.99, 100_000_000_000,
      1e12, -1e12, 1e15, .nan, .infinity, -.infinity,
    ]
    for value in edges {
      #expect(CurvePath.number(value) == CurvePath.spelledNumber(value), "\(value)")
    }
    var random = SeededRandom(seed: 3)
    for _ in 0..<20_000 {
      let scale = [1.0, 100, 10_000, 1e9][Int.random(in: 0..<4, using: &random)]
      let value = Double.random(in: -scale...scale, using: &random)
      #expect(CurvePath.number(value) == CurvePath.spelledNumber(value), "\(value)")
    }
  }

  @Test func numbersAreShortAndPlain() {
    #expect(CurvePath.number(1044.06) == "1044.06")
    #expect(CurvePath.number(-0.5) == "-0.5")
    #expect(CurvePath.number(3.004) == "3")
    #expect(CurvePath.number(2.05) == "2.05")
  }
}
