extension YAMLValue {
  /// The value under a path of map keys (`["metadata", "id"]`), the last entry winning as in YAML.
  public func value(at keys: [String]) -> YAMLValue? {
    var current: YAMLValue = self
    for key in keys {
      guard case .map(let entries) = current, let next = entries.last(where: { $0.key == key }) else {
        return nil
      }
      current = next.value
    }
    return current
  }
}
