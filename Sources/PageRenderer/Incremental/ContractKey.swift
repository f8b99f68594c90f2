import FestivalModel
import SitePlan

/// What a festival's name catalog, look-up index, search rows and the sidebar's interface section are
/// made from: its contract, the interface document and where the contract's pages went. Comparing two
/// keys is quick when the model and plan caches handed back the same values, as they do in a preview.
struct ContractKey: Equatable {
  var contract: InterfaceContract?
  var document: Document?
  var home: String
  var interfaces: String?
  var pages: [ElementID: String]
  var rowAnchors: [String: [Int: String]]
  var authorization: String?
  var entities: String?

  init(_ festival: Festival, _ plan: FestivalPlan) {
    contract = festival.interfaces
    document = festival.interfaces.flatMap { contract in
      festival.documents.first { $0.path == contract.path }
    }
    home = plan.home
    interfaces = plan.interfaces
    pages = plan.elementPages
    rowAnchors = plan.rowAnchors
    authorization = plan.authorization
    entities = plan.entities
  }
}
