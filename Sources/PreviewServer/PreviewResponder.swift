import Foundation
import Hummingbird

/// Answers every request of `serve`: the site's files with their content types, folders' index pages,
/// the site's 404 page, HEAD and conditional GET; and, when live reload is on, its script and events.
struct PreviewResponder: HTTPResponder {
  typealias Context = BasicRequestContext

  let resolver: SitePathResolver
  let root: URL
  let live: LiveReload?

  func respond(to request: Request, context: Context) async throws -> Response {
    guard request.method == .get || request.method == .head else {
      return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
    }
    let path = request.uri.path
    if let live, path == LiveReloadScript.events { return events(live) }
    if live != nil, path == LiveReloadScript.path {
      return respond(
        Data(LiveReloadScript.source.utf8), type: "text/javascript; charset=utf-8", request: request)
    }
    switch resolver.resolve(request.uri.string) {
    case .redirect(let location):
      return Response(status: .movedPermanently, headers: [.location: location, .contentLength: "0"])
    case .notFound:
      let page = FileManager.default.contents(atPath: root.appendingPathComponent("404.html").path)
      return respond(
        page ?? Data("Not found\n".utf8),
        type: page == nil ? "text/plain; charset=utf-8" : ContentTypes.of("404.html"),
        request: request, status: .notFound)
    case .file(let file):
      // The tag comes from the file's attributes, so a tab's copy that is current is never read.
      guard let attributes = try? FileManager.default.attributesOfItem(atPath: file) else {
        return Response(status: .notFound)
      }
      let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
      let inode = (attributes[.systemFileNumber] as? Int) ?? 0
      let size = (attributes[.size] as? Int) ?? 0
      let milliseconds = Int(modified.timeIntervalSince1970 * 1000)
      let tag =
        "\"\(String(inode, radix: 16))-\(String(size, radix: 16))-\(String(milliseconds, radix: 16))\(live == nil ? "" : "-l")\""
      var headers: HTTPFields = [.eTag: tag, .lastModified: HTTPDate.format(modified)]
      if Self.matches(request, tag: tag, modified: modified) {
        headers[.cacheControl] = "no-cache"
        return Response(status: .notModified, headers: headers)
      }
      guard let data = FileManager.default.contents(atPath: file) else { return Response(status: .notFound) }
      return respond(data, type: ContentTypes.of(file), request: request, headers: headers)
    }
  }

  /// Whether the tab's copy is current: `If-None-Match` decides when present, else `If-Modified-Since`.
  static func matches(_ request: Request, tag: String, modified: Date) -> Bool {
    if let candidates = request.headers[.ifNoneMatch] {
      return candidates.split(separator: ",").contains {
        let value = $0.trimmingCharacters(in: .whitespaces)
        return value == "*" || value == tag || value == "W/" + tag
      }
    }
    if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse) {
      return modified.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
    }
    return false
  }

  private func respond(
    _ data: Data, type: String, request: Request, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
  ) -> Response {
    var body = data
    if live != nil, type.hasPrefix("text/html") {
      body = Data(LiveReloadScript.inject(into: String(decoding: data, as: UTF8.self)).utf8)
    }
    var fields = headers
    fields[.contentType] = type
    fields[.contentLength] = String(body.count)
    // Always asked again, so an edit shows at once; the tag keeps that cheap.
    fields[.cacheControl] = "no-cache"
    if request.method == .head { return Response(status: status, headers: fields, body: ResponseBody()) }
    return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(data: body)))
  }

  private func events(_ live: LiveReload) -> Response {
    let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
    return Response(
      status: .ok, headers: headers,
      body: ResponseBody { writer in
        let stream = await live.subscribe()
        for await message in stream {
          try await writer.write(ByteBuffer(string: message))
        }
        try await writer.finish(nil)
      })
  }
}
