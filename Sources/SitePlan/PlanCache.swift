import FestivalModel
import Foundation

/// Contract plans kept between the builds of one preview session: a task edit leaves the contract as it
/// was, and planning a thousand components' pages and anchors again was most of the plan stage. An
/// entry is used only for the same contract, festival position and slug; unused ones go at the next.
public final class PlanCache: @unchecked Sendable {
  private struct Entry {
    var contract: InterfaceContract
    var index: Int
    var slug: String
    var plan: ContractPlan
  }

  private var entries: [String: Entry] = [:]
  private let lock = NSLock()
  /// Contract plans answered from the cache since it was made, for tests.
  public private(set) var hits = 0

  public init() {}

  /// The plan of the contract of the festival at `index`, planned again only when it changed. The
  /// contract compares quickly when the model cache handed back the same value.
  func plan(_ contract: InterfaceContract, festival index: Int, slug: String) -> ContractPlan {
    lock.lock()
    defer { lock.unlock() }
    if let entry = entries[contract.path], entry.index == index, entry.slug == slug,
      entry.contract == contract
    {
      hits += 1
      return entry.plan
    }
    let plan = ContractPlan(contract, festival: index, slug: slug)
    entries[contract.path] = Entry(contract: contract, index: index, slug: slug, plan: plan)
    return plan
  }

  /// Forgets the contracts no festival has now.
  func keep(only paths: Set<String>) {
    lock.lock()
    entries = entries.filter { paths.contains($0.key) }
    lock.unlock()
  }
}
