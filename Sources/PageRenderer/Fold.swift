/// Comparison keys for names: case, spacing and punctuation do not count.
enum Fold {
  static func key(_ text: String) -> String {
    String(
      text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// Singular and plural folded together (`Shipments` and `Shipment`).
  static func stem(_ text: String) -> String {
    let folded = key(text)
    return folded.hasSuffix("s") ? String(folded.dropLast()) : folded
  }
}
