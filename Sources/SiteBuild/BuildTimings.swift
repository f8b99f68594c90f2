import Foundation

/// How long each stage of a build took, for `--timings`.
public struct BuildTimings: Sendable {
  static let stages = ["read", "parse", "model", "check", "plan", "resolve", "render", "write"]
  public var durations: [String: Duration] = [:]

  public init() {}

  public mutating func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try work()
    durations[stage, default: .zero] += clock.now - start
    return result
  }

  public var report: String {
    // Stages of serve's own (the record written after the reload) follow the build's.
    (Self.stages + durations.keys.filter { !Self.stages.contains($0) }.sorted()).map { stage in
      let seconds = Self.seconds(durations[stage] ?? .zero)
      return
        "  \(stage.padding(toLength: 7, withPad: " ", startingAt: 0)) \(String(format: "%8.1f ms", seconds * 1000))"
    }.joined(separator: "\n")
  }

  public static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
