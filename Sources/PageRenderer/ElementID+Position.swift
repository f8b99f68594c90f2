import FestivalModel

extension ElementID {
  /// Where the element stands in the contract of the festival at `festival`, when it has it.
  func position(in context: PageContext, _ festival: Int) -> Int? {
    guard context.model.festivals.indices.contains(festival) else { return nil }
    return context.model.festivals[festival].interfaces?.elements.position(of: self)
  }
}
