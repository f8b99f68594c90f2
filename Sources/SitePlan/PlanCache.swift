import ContentReader
import FestivalModel

/// Contract plans kept between the builds of one preview session: a task edit leaves the contract as it
/// was, and planning a thousand components' pages and anchors again was most of the plan stage. An
/// entry is used only for the same contract, festival position and slug; unused ones go at the next.
public final class PlanCache: Sendable {
  private struct Source: Equatable {
    var contract: InterfaceContract
    var index: Int
    var slug: String
  }

  private let memo = PathMemo<Source, ContractPlan>()

  /// Contract plans answered from the cache since it was made, for tests.
  public var hits: Int { memo.hits }

  public init() {}

  /// The plan step of a preview session: the plans of unchanged contracts are those of the build before.
  public func plan(_ model: ContentModel, changesFeed: Bool = false) -> SitePlan {
    SitePlanner.plan(model, memo: self, changesFeed: changesFeed)
  }

  /// The plan of the contract of the festival at `index`, planned again only when it changed. The
  /// contract compares quickly when the model cache handed back the same value.
  func plan(_ contract: InterfaceContract, festival index: Int, slug: String) -> ContractPlan {
    memo.value(at: contract.path, from: Source(contract: contract, index: index, slug: slug)) {
      var plan = ContractPlan(contract, festival: index, slug: slug)
      // Equal row anchors are handed on as the table the build before had: the resolve step, the
      // document cache and the plan's own comparison then find them equal without reading them.
      if let last = memo.last(at: contract.path), last.rowAnchors == plan.rowAnchors {
        plan.rowAnchors = last.rowAnchors
      }
      return plan
    }
  }

  /// Forgets the contracts no festival has now.
  func keep(only paths: Set<String>) { memo.keep(only: paths) }
}
