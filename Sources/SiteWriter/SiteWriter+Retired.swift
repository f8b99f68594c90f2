import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension SiteWriter {
  /// Removes the previous site as `removal` says.
  static func remove(retired folder: String, _ removal: RetiredSiteRemoval) {
    if removal == .detached && startRemoval(of: folder) { return }
    removeRetired(folder)
  }

  /// Starts `rm -rf -- folder` in a session of its own (no terminal's signal reaches it), its standard
  /// streams on /dev/null; false when it could not be started. `rm` unlinks links, never follows them.
  /// The child is not waited for: the command exits right after, and init reaps it.
  static func startRemoval(of folder: String) -> Bool {
    let tool = "/bin/rm"
    guard access(tool, X_OK) == 0 else { return false }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // POSIX_SPAWN_SETSID (glibc 2.26), which the Glibc module does not export.
    posix_spawnattr_setflags(&attributes, 0x80)
    let words: [String] = ["rm", "-rf", "--", folder]
    var arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
    defer { for argument in arguments { free(argument) } }
    var child = pid_t()
    return posix_spawn(&child, tool, &actions, &attributes, &arguments, environ) == 0
  }
}
