import Foundation

/// Writes the build record's values as length-prefixed bytes: fast to write and read back for the
/// thousands of pages of a large festival, where JSON took seconds.
struct RecordWriter {
  /// Bytes, not `Data`: appending to `Data` piece by piece cost serve a tenth of its rebuild.
  private var bytes: [UInt8] = []

  var data: Data { Data(bytes) }

  mutating func integer(_ value: Int) {
    let little = UInt64(bitPattern: Int64(value))
    for shift in stride(from: 0, to: 64, by: 8) {
      bytes.append(UInt8(truncatingIfNeeded: little >> UInt64(shift)))
    }
  }

  mutating func string(_ value: String) {
    integer(value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  mutating func strings(_ values: [String]) {
    integer(values.count)
    for value in values { string(value) }
  }
}
