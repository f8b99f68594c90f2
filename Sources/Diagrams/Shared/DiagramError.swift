/// Why a diagram does not parse, at its line and column (both from 1, in the diagram's own text).
public struct DiagramError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var line: Int
  public var column: Int

  public init(_ message: String, line: Int, column: Int) {
    self.message = message
    self.line = line
    self.column = column
  }

  public var description: String { "\(line):\(column): \(message)" }
}
