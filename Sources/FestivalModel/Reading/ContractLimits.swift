/// How much of a contract festdoc reads into the model (docs/limits.md). The document page still shows
/// everything; the model, and so the pages made from it, stops at the limit.
public enum ContractLimits {
  /// Rows read from one contract table: 10,000 components build in about two minutes on two cores;
  /// a 50,000-row table would make a site nobody can browse.
  public static let tableRows = 10_000
  /// Messages, enums and services read from one protobuf file or block: as many as table rows, for the
  /// same reason (each becomes pages).
  public static let sourceDeclarations = 10_000
  /// Interface elements one markdown document contributes from lists, headings and code spans.
  public static let sourceElements = 10_000
}
