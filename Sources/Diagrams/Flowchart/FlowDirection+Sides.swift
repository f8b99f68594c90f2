extension FlowDirection {
  /// A side of a box.
  public enum Side: Sendable {
    case top, bottom, left, right
  }

  /// The side flow starts from: the top for `TB`, the left for `LR` ...
  public var startSide: Side {
    switch self {
    case .topToBottom: .top
    case .bottomToTop: .bottom
    case .leftToRight: .left
    case .rightToLeft: .right
    }
  }

  /// The side flow ends at.
  public var endSide: Side {
    switch self {
    case .topToBottom: .bottom
    case .bottomToTop: .top
    case .leftToRight: .right
    case .rightToLeft: .left
    }
  }
}
