import Foundation

/// The findings a team has accepted, by fingerprint: `--write-baseline FILE` records the findings of a
/// run, `--baseline FILE` reports only those a baseline does not hold. A fingerprint recorded twice
/// accepts two findings, so a third one like them is still reported.
public struct Baseline: Hashable, Sendable {
  public struct Entry: Hashable, Sendable, Codable {
    public var fingerprint: String
    public var rule: String
    public var subject: String
    public var message: String
  }

  public var entries: [Entry]

  public init(_ findings: [Finding]) {
    entries = findings.map {
      Entry(fingerprint: $0.fingerprint, rule: $0.rule, subject: $0.subject, message: $0.message)
    }.sorted {
      ($0.fingerprint, $0.rule, $0.subject, $0.message) < ($1.fingerprint, $1.rule, $1.subject, $1.message)
    }
  }

  private struct File: Codable {
    var festdocBaseline: Int
    var findings: [Entry]

    enum CodingKeys: String, CodingKey {
      case festdocBaseline = "festdoc-baseline"
      case findings
    }
  }

  /// The baseline as a JSON file, sorted so it changes only when the findings do.
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(File(festdocBaseline: 1, findings: entries)) + Data("\n".utf8)
  }

  public init(decoding data: Data) throws {
    let file = try JSONDecoder().decode(File.self, from: data)
    entries = file.findings
  }

  /// Whether each finding is new: not held by the baseline, each entry accepting one finding.
  public func isNew(_ findings: [Finding]) -> [Bool] {
    var remaining: [String: Int] = [:]
    for entry in entries { remaining[entry.fingerprint, default: 0] += 1 }
    return findings.map { finding in
      guard let count = remaining[finding.fingerprint], count > 0 else { return true }
      remaining[finding.fingerprint] = count - 1
      return false
    }
  }
}
