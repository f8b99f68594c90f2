/// Every page of the site and where each model element lives: the fourth stage's output.
public struct SitePlan: Hashable, Sendable {
  public var pages: [PlannedPage]
  public var festivals: [FestivalPlan]
  /// Content path of each loose document -> its page.
  public var looseDocuments: [String: String]

  public init(pages: [PlannedPage], festivals: [FestivalPlan], looseDocuments: [String: String]) {
    self.pages = pages
    self.festivals = festivals
    self.looseDocuments = looseDocuments
  }

  /// The page of a markdown file by its content path, in any festival or loose.
  public func page(forDocument contentPath: String) -> String? {
    if let loose = looseDocuments[contentPath] { return loose }
    for festival in festivals {
      if let page = festival.documents[contentPath] { return page }
    }
    return nil
  }
}
