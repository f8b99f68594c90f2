import Foundation

/// Writes to standard error without buffering surprises.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
