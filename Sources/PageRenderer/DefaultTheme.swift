import Foundation

/// The theme compiled into the binary (source: `Themes/default/`), so festdoc works from any folder.
public enum DefaultTheme {
  enum Payload {
    case text(String)
    case base64(String)

    var data: Data {
      switch self {
      case .text(let text): Data(text.utf8)
      case .base64(let encoded): Data(base64Encoded: encoded) ?? Data()
      }
    }
  }

  /// Every file of the default theme by its path in the theme folder.
  public static var fileData: [String: Data] { files.mapValues(\.data) }
}
