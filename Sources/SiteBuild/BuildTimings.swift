import Foundation

/// How long each stage of a build took, and how much memory the process had held at most by its end, for
/// `--timings`.
public struct BuildTimings: Sendable {
  static let stages = [
    "read", "parse", "model", "check", "drawAhead", "plan", "tablesAhead", "resolve", "render", "write",
  ]
  public var durations: [String: Duration] = [:]
  /// The process's resident high-water mark after each stage, in bytes, where the system reports it.
  public var peaks: [String: Int] = [:]

  public init() {}

  public mutating func measure<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try work()
    record(stage, clock.now - start)
    return result
  }

  /// Adds `duration` to `stage` and notes the memory high-water mark at its end.
  public mutating func record(_ stage: String, _ duration: Duration) {
    durations[stage, default: .zero] += duration
    if let peak = Self.residentPeak() { peaks[stage] = peak }
  }

  public var report: String {
    // Stages of serve's own (the record written after the reload) follow the build's.
    let stages = Self.stages + durations.keys.filter { !Self.stages.contains($0) }.sorted()
    let width = stages.map(\.count).max() ?? 0
    return stages.map { stage in
      let seconds = Self.seconds(durations[stage] ?? .zero)
      let name = stage.padding(toLength: width, withPad: " ", startingAt: 0)
      let peak = peaks[stage].map { String(format: "   peak %7.1f MB", Double($0) / 1_048_576) } ?? ""
      return "  \(name) \(String(format: "%8.1f ms", seconds * 1000))\(peak)"
    }.joined(separator: "\n")
  }

  public static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  /// `getrusage`'s maximum resident set size, which Linux reports in kilobytes.
  static func residentPeak() -> Int? {
    var usage = rusage()
    #if os(Linux)
      let who = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
      let who = RUSAGE_SELF
    #endif
    guard getrusage(who, &usage) == 0, usage.ru_maxrss > 0 else { return nil }
    #if os(Linux)
      return Int(usage.ru_maxrss) * 1024
    #else
      return Int(usage.ru_maxrss)
    #endif
  }
}
