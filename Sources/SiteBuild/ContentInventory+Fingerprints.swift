import ContentReader
import PageRenderer

extension ContentInventory {
  /// Every content file's fingerprint by path, for the incremental build's record.
  func fingerprints(known: SourceFingerprints? = nil) -> [String: String] {
    var files =
      looseDocuments + referencedFiles
      + festivals.flatMap {
        // fest's state files decide statuses on every page of their festival.
        $0.documents + [$0.config, $0.progressEvents, $0.statusHistory].compactMap { $0 }
      }
    if let siteConfig { files.append(siteConfig) }
    var result: [String: String] = [:]
    for file in files {
      result[file.path] = known?.fingerprint(of: file.text, at: file.path) ?? Fingerprint.of(file.text)
    }
    known?.keep(only: Set(files.map(\.path)))
    for file in staticFiles {
      var hasher = Fingerprint()
      hasher.add(file.data)
      result[file.path] = hasher.value
    }
    return result
  }
}
