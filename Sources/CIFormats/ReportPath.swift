/// Paths in reports: a content-relative path led by the content folder as the command was given it.
public enum ReportPath {
  public static func join(_ prefix: String, _ file: String) -> String {
    let base = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
    if base.isEmpty || base == "." { return file }
    return file.isEmpty ? base : base + "/" + file
  }
}
