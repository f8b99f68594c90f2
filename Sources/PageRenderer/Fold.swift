import FestivalModel

/// Comparison keys for names: case, spacing and punctuation do not count. The model's own folding, so a
/// page finds a name exactly as the reader resolved it.
enum Fold {
  static func key(_ text: String) -> String { TextFolding.fold(text) }

  /// Singular and plural folded together (`Shipments` and `Shipment`).
  static func stem(_ text: String) -> String { TextFolding.stem(text) }
}
