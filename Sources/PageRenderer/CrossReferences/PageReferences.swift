/// What one page refers to: the pages its links reach and the name groups of its festival it names
/// (by plan index and catalog group). The same for as long as the page's facts, the plan and the catalog
/// are, so a preview build keeps it for pages whose inputs did not change.
struct PageReferences: Equatable, Sendable {
  var pages: [Int] = []
  var groups: [Int] = []
}
