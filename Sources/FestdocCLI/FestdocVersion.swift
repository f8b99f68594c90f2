/// The version `festdoc --version` prints.
public enum FestdocVersion {
  public static let current = "0.1.0"
}
