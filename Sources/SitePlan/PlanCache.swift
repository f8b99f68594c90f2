import FestivalModel
import Foundation

/// Contract plans kept between the builds of one preview session: a task edit leaves the contract as it
/// was, and planning a thousand components' pages and anchors again was most of the plan stage. An
/// edit of what a row says (a component's responsibility, a field's type) changes the contract but not
/// what its plan is made from, so the plan is kept too. An entry is used only for the same festival
/// position and slug; unused ones go at the next build.
public final class PlanCache: @unchecked Sendable {
  private struct Entry {
    var contract: InterfaceContract
    var index: Int
    var slug: String
    var inputs: ContractPlanInputs
    var plan: ContractPlan
  }

  private var entries: [String: Entry] = [:]
  private let lock = NSLock()
  private var counted = 0

  /// Contract plans answered from the cache since it was made, for tests.
  public var hits: Int { lock.withLock { counted } }

  public init() {}

  /// The plan step of a preview session: the plans of unchanged contracts are those of the build before.
  public func plan(_ model: ContentModel, changesFeed: Bool = false) -> SitePlan {
    SitePlanner.plan(model, memo: self, changesFeed: changesFeed)
  }

  /// The plan of the contract of the festival at `index`, planned again only when what it is made from
  /// changed. The contract compares quickly when the model cache handed back the same value; else its
  /// plan's inputs are gathered and compared.
  func plan(_ contract: InterfaceContract, festival index: Int, slug: String) -> ContractPlan {
    let last = lock.withLock { entries[contract.path] }.flatMap {
      $0.index == index && $0.slug == slug ? $0 : nil
    }
    if let last, last.contract == contract {
      lock.withLock { counted += 1 }
      return last.plan
    }
    let inputs = ContractPlanInputs(contract)
    if let last, last.inputs == inputs {
      remember(Entry(contract: contract, index: index, slug: slug, inputs: last.inputs, plan: last.plan))
      lock.withLock { counted += 1 }
      return last.plan
    }
    var plan = ContractPlan(inputs, festival: index, slug: slug)
    // Equal row anchors are handed on as the table the build before had: the resolve step, the
    // document cache and the plan's own comparison then find them equal without reading them.
    if let before = lock.withLock({ entries[contract.path] }), before.plan.rowAnchors == plan.rowAnchors {
      plan.rowAnchors = before.plan.rowAnchors
    }
    remember(Entry(contract: contract, index: index, slug: slug, inputs: inputs, plan: plan))
    return plan
  }

  private func remember(_ entry: Entry) {
    lock.withLock { entries[entry.contract.path] = entry }
  }

  /// Forgets the contracts no festival has now.
  func keep(only paths: Set<String>) {
    lock.withLock { entries = entries.filter { paths.contains($0.key) } }
  }
}
