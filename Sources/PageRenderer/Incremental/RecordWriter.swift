import Foundation

/// Writes the build record's values as length-prefixed bytes: fast to write and read back for the
/// thousands of pages of a large festival, where JSON took seconds.
struct RecordWriter {
  private(set) var data = Data()

  mutating func integer(_ value: Int) {
    var little = UInt64(bitPattern: Int64(value)).littleEndian
    withUnsafeBytes(of: &little) { data.append(contentsOf: $0) }
  }

  mutating func string(_ value: String) {
    let bytes = Array(value.utf8)
    integer(bytes.count)
    data.append(contentsOf: bytes)
  }

  mutating func strings(_ values: [String]) {
    integer(values.count)
    for value in values { string(value) }
  }
}
