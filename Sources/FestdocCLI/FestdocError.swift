/// An error that makes a command unusable (exit 2): a missing folder, an unwritable output.
public struct FestdocError: Error, CustomStringConvertible {
  public var description: String

  public init(_ description: String) {
    self.description = description
  }
}
