import Foundation
import Hummingbird
import Logging

/// Serves a site folder over HTTP/1.1 until cancelled.
public enum PreviewServer {
  /// Runs the server; `onRunning` gets the port it listens on (the one asked for, or the one the system
  /// picked for port 0). Returns when the task running it is cancelled.
  public static func run(
    root: URL, host: String, port: Int, live: LiveReload?, onRunning: @escaping @Sendable (Int) async -> Void
  ) async throws {
    var logger = Logger(label: "festdoc.serve")
    logger.logLevel = .critical
    let responder = PreviewResponder(resolver: SitePathResolver(root: root), root: root, live: live)
    let app = Application(
      responder: responder,
      configuration: .init(address: .hostname(host, port: port), serverName: "festdoc"),
      onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
      logger: logger)
    try await app.run()
  }
}
