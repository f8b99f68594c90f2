/// Two lists of one kind of element lined up: by key, then the rest by sameness under other names.
struct Pairing<Element> {
  var matched: [(old: Element, new: Element)] = []
  /// Elements whose key changed while everything else stayed equal.
  var renamed: [(old: Element, new: Element)] = []
  var removed: [Element] = []
  var added: [Element] = []

  /// `key` identifies an element across the sides (a folded name); `likeness` is everything but the
  /// key, or nil where a rename must not be guessed. The first element of a key wins; later ones with
  /// the same key are duplicates the checks already report.
  /// `oldKey`, when given, keys the old side instead (to read old names as the new side calls them).
  init(
    old: [Element], new: [Element], key: (Element) -> String, oldKey: ((Element) -> String)? = nil,
    likeness: ((Element) -> String)? = nil
  ) {
    let oldKeys = old.map { oldKey?($0) ?? key($0) }
    var newByKey: [String: Int] = [:]
    for (index, element) in new.enumerated() where newByKey[key(element)] == nil {
      newByKey[key(element)] = index
    }
    var usedNew = Set<Int>()
    var seenOld = Set<String>()
    var unmatchedOld: [Element] = []
    for (element, elementKey) in zip(old, oldKeys) {
      guard seenOld.insert(elementKey).inserted else { continue }
      if let index = newByKey[elementKey] {
        matched.append((element, new[index]))
        usedNew.insert(index)
      } else {
        unmatchedOld.append(element)
      }
    }
    var unmatchedNew = new.indices.filter { !usedNew.contains($0) && newByKey[key(new[$0])] == $0 }
    for element in unmatchedOld {
      if let likeness,
        let position = unmatchedNew.firstIndex(where: { likeness(new[$0]) == likeness(element) })
      {
        renamed.append((element, new[unmatchedNew[position]]))
        unmatchedNew.remove(at: position)
      } else {
        removed.append(element)
      }
    }
    added = unmatchedNew.map { new[$0] }
  }
}
