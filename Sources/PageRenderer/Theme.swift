import Foundation
import Mustache

/// The theme a build uses: the default theme with any files of a user theme folder laid over it.
/// Templates (`*.mustache`) render pages; every other file is an asset copied to `assets/`.
public struct Theme: Sendable {
  public private(set) var assets: [String: Data]
  /// Every file of the theme, templates too, folded into one value: an incremental build re-renders
  /// every page when it changes.
  public private(set) var fingerprint = ""
  private var library: MustacheLibrary
  /// The templates compiled for typed values, when every one of them could be (the default theme's
  /// are); otherwise the mustache library renders them all, partials being shared.
  private var compiled: [String: CompiledTemplate]?

  public enum LoadError: Error, CustomStringConvertible {
    case unreadable(String)
    case badTemplate(String, String)

    public var description: String {
      switch self {
      case .unreadable(let path): "theme folder '\(path)' cannot be read"
      case .badTemplate(let name, let reason): "theme template '\(name)' does not parse: \(reason)"
      }
    }
  }

  /// The default theme, overlaid by the files of `overlay` when given. The default theme alone is made
  /// once per process: a preview rebuild parsed its templates and hashed its font every time.
  public static func load(overlay: URL?) throws -> Theme {
    guard let overlay else { return try builtIn.get() }
    return try make(overlay: overlay)
  }

  private static let builtIn = Result { try make(overlay: nil) }

  private static func make(overlay: URL?) throws -> Theme {
    var files = DefaultTheme.fileData
    if let overlay {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: overlay.path, isDirectory: &isFolder), isFolder.boolValue
      else {
        throw LoadError.unreadable(overlay.path)
      }
      guard
        let enumerator = FileManager.default.enumerator(
          at: overlay, includingPropertiesForKeys: [.isRegularFileKey])
      else { throw LoadError.unreadable(overlay.path) }
      let base = overlay.standardizedFileURL.path
      for case let url as URL in enumerator {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
          !url.lastPathComponent.hasPrefix("."), let data = FileManager.default.contents(atPath: url.path)
        else { continue }
        let relative = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
        files[relative] = data
      }
    }
    var library = MustacheLibrary()
    var compiled: [String: CompiledTemplate]? = [:]
    var assets: [String: Data] = [:]
    for (path, data) in files {
      if path.hasSuffix(".mustache") {
        let name = String(path.dropLast(".mustache".count))
        let source = String(decoding: data, as: UTF8.self)
        do {
          try library.register(source, named: name)
        } catch {
          throw LoadError.badTemplate(path, String(describing: error))
        }
        compiled?[name] = TemplateCompiler.compile(source)
        if compiled?[name] == nil { compiled = nil }
      } else {
        assets[path] = data
      }
    }
    var theme = Theme(assets: assets, library: library, compiled: compiled)
    var hasher = Fingerprint()
    for path in files.keys.sorted() {
      hasher.add(path)
      hasher.add(files[path]!)
    }
    theme.fingerprint = hasher.value
    return theme
  }

  /// Renders `layout.mustache` around a page.
  func renderLayout(_ values: [String: TemplateValue]) -> String {
    render(values, template: "layout")
  }

  /// Renders one of the theme's templates over typed values: compiled when the theme could be.
  func render(_ values: [String: TemplateValue], template: String) -> String {
    if let compiled { return CompiledTemplate.render(template, in: compiled, root: .record(values)) }
    return render(values.mapValues(\.anyValue), template: template)
  }

  /// Whether the theme's templates run compiled (for tests).
  var isCompiled: Bool { compiled != nil }

  /// Renders one of the theme's templates (`single` for the single-file export).
  public func render(_ context: [String: Any], template: String) -> String {
    library.render(context, withTemplate: template) ?? ""
  }
}
