import Diagnostics
import FestivalModel

extension AuthorizationRow {
  /// Every field of the row and its cells fed straight to a fingerprint: at 10,000 components the
  /// matrix holds 200,000 cells, and encoding them through `Encodable` took most of a second.
  /// `AuthorizationRowFingerprintTests` fails when either type gains a field this leaves out.
  var fingerprint: String {
    var hasher = Fingerprint()
    hasher.add(resource)
    Self.add(location, to: &hasher)
    hasher.add(number: UInt64(cells.count))
    for cell in cells {
      hasher.add(cell.role)
      hasher.add(cell.written)
      hasher.add(number: UInt64(cell.capabilities.count))
      for capability in cell.capabilities { hasher.add(capability.rawValue) }
      hasher.add(cell.scope.rawValue)
      hasher.add(number: (cell.understood ? 1 : 0) | (cell.capabilitiesAssumed ? 2 : 0))
      Self.add(cell.location, to: &hasher)
    }
    return hasher.value
  }

  private static func add(_ location: SourceLocation, to hasher: inout Fingerprint) {
    hasher.add(location.file)
    hasher.add(number: UInt64(truncatingIfNeeded: location.line))
    hasher.add(number: UInt64(truncatingIfNeeded: location.column))
  }
}
