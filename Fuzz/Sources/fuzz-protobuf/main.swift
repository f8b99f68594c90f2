import Diagnostics
import FestivalModel
import Foundation
import FuzzerDriver

/// Any bytes as a `.proto` file: read into a contract fragment with diagnostics for what does not parse,
/// never a crash or a hang; every finding points into the file.
func fuzzProtobuf(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let (contract, found) = ProtobufReading.read(text, path: "fuzz.proto")
  let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
  for diagnostic in found {
    let line = diagnostic.location?.line ?? 1
    precondition(line >= 1 && line <= max(lines, 1), "a finding outside the file")
  }
  for entity in contract.entities { precondition(!entity.name.isEmpty, "a message without a name") }
  return 0
}

exit(FuzzerDriver.run { data, size in fuzzProtobuf(data, size) })
