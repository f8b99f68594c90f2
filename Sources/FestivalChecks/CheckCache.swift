import Diagnostics
import FestivalModel
import Foundation

/// Findings of the contract checks kept between the builds of one preview session: checking a thousand
/// components' contract again after a task edit took longer than planning the site. An entry is used
/// only for the same contract; entries of contracts no festival has any more go at the next run.
public final class CheckCache: @unchecked Sendable {
  private var entries: [String: (contract: InterfaceContract, findings: [Diagnostic])] = [:]
  private let lock = NSLock()
  /// Contracts answered from the cache since it was made, for tests.
  public private(set) var hits = 0

  public init() {}

  func findings(_ contract: InterfaceContract, check: () -> [Diagnostic]) -> [Diagnostic] {
    lock.lock()
    if let entry = entries[contract.path], entry.contract == contract {
      hits += 1
      lock.unlock()
      return entry.findings
    }
    lock.unlock()
    let findings = check()
    lock.lock()
    entries[contract.path] = (contract, findings)
    lock.unlock()
    return findings
  }

  func keep(only paths: Set<String>) {
    lock.lock()
    entries = entries.filter { paths.contains($0.key) }
    lock.unlock()
  }
}
