import ArgumentParser
import Foundation

/// The content folder every reading command takes.
struct ContentOptions: ParsableArguments {
  @Argument(help: "The content folder: one festival root, or a folder holding festivals.")
  var content: String = "Content"

  var contentURL: URL { URL(fileURLWithPath: content) }

  /// What diagnostics put before a content-relative path so it reads from the current folder.
  var pathPrefix: String { content == "." ? "" : content }
}
