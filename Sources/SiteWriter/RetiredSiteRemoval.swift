/// How the previous site leaves once the new one is swapped in.
public enum RetiredSiteRemoval: Sendable {
  /// Removed before the write returns.
  case now
  /// Handed to a detached `rm -rf`, so that a command which exits right after the write does not wait
  /// for thousands of unlinks (a third of a second at 10,000 components); removed at once when `rm`
  /// cannot be started. A build that starts before it is done removes what is left itself.
  case detached
}
