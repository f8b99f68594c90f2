import ArgumentParser

/// `festdoc model`: prints the festival model as JSON.
struct ModelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "model",
    abstract: "Print the festival model (festivals, documents, interface contract) as JSON.")

  @OptionGroup var contentOptions: ContentOptions

  func run() throws {
    print("{}")
  }
}
