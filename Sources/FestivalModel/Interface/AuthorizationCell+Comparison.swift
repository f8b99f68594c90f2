extension AuthorizationCell {
  /// Whether this cell grants more, less or the same as `other`: more capabilities at no narrower scope is
  /// wider. A cell with no access at all is narrower than any cell that grants something.
  public func compare(to other: AuthorizationCell) -> AccessComparison {
    let mine = Set(capabilities)
    let theirs = Set(other.capabilities)
    let myScope = mine.isEmpty ? AccessScope.none : scope
    let theirScope = theirs.isEmpty ? AccessScope.none : other.scope
    if mine == theirs && myScope == theirScope { return .same }
    if mine.isSuperset(of: theirs) && myScope >= theirScope { return .wider }
    if mine.isSubset(of: theirs) && myScope <= theirScope { return .narrower }
    return .incomparable
  }
}
