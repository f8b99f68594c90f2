import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A raw HTTP/1.1 client for tests: the request line goes out exactly as written (clients normalize
/// `..` away, which would hide what a traversal attempt does to the server).
struct HTTPProbe {
  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  struct Reply {
    var status: Int
    var headers: [String: String]
    var body: String
  }

  let port: Int

  func connect() throws -> Int32 {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw Failure("socket") }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else {
      close(socket)
      throw Failure("connect: \(String(cString: strerror(errno)))")
    }
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    return socket
  }

  func send(_ socket: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
  }

  func request(_ path: String, method: String = "GET", headers: [String: String] = [:]) throws -> Reply {
    let socket = try connect()
    defer { close(socket) }
    var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
    send(socket, text + "\r\n")
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = recv(socket, &buffer, buffer.count, 0)
      if count <= 0 { break }
      data.append(contentsOf: buffer[0..<count])
    }
    let reply = String(decoding: data, as: UTF8.self)
    guard let split = reply.range(of: "\r\n\r\n") else { throw Failure("no reply to \(path): \(reply)") }
    let head = reply[..<split.lowerBound].split(separator: "\r\n")
    let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
    var fields: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
    }
    return Reply(status: status, headers: fields, body: String(reply[split.upperBound...]))
  }

  /// The server-sent events stream, read until `until` shows in it or the time runs out.
  final class Events: @unchecked Sendable {
    let socket: Int32
    private let lock = NSLock()
    private var text = ""

    init(socket: Int32) {
      self.socket = socket
      Thread { [self] in
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
          let count = recv(socket, &buffer, buffer.count, 0)
          if count <= 0 { break }
          lock.lock()
          text += String(decoding: buffer[0..<count], as: UTF8.self)
          lock.unlock()
        }
      }.start()
    }

    var received: String {
      lock.lock()
      defer { lock.unlock() }
      return text
    }

    func waitFor(_ needle: String, seconds: Double = 20) -> Bool {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if received.contains(needle) { return true }
        Thread.sleep(forTimeInterval: 0.02)
      }
      return received.contains(needle)
    }

    func close() { shutdown(socket, Int32(SHUT_RDWR)) }
  }

  func events() throws -> Events {
    let socket = try connect()
    send(socket, "GET /__festdoc/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
    return Events(socket: socket)
  }
}
