import Foundation
import NyforetagareEngine

#if canImport(Glibc)
  import Glibc
#endif

/// Writing to the standard streams, without ever trapping.
///
/// - A closed pipe (`EPIPE`, when SIGPIPE is ignored as under many supervisors) ends the program
///   quietly the way `cat` ends: by SIGPIPE with the default action (status 141 in a shell).
/// - Any other failure on standard output (a full disk, a closed descriptor) prints one line to
///   standard error and exits with status 1.
/// - A failure on standard error cannot be reported; the program goes on, and exits non-zero at
///   the end (``exitStatusAfterRun``).
enum Console {
  /// Set when a write to standard error failed.
  nonisolated(unsafe) static var errorStreamFailed = false

  /// Makes sure descriptors 0, 1 and 2 are open before anything else opens a file: a closed one is
  /// replaced by /dev/null opened the wrong way round, so writes to it fail (and are reported)
  /// instead of landing in whatever file the program opens next.
  static func guardStandardStreams() {
    for fd: Int32 in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let replacement = open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY)
      if replacement >= 0 && replacement != fd {
        dup2(replacement, fd)
        close(replacement)
      }
    }
  }

  /// The language of the streams' own messages: `--lang`'s, read from the raw arguments since a
  /// write can fail before or after the arguments are parsed (`--help`); Swedish by default.
  static let language: Language = {
    let arguments = CommandLine.arguments
    for (i, argument) in arguments.enumerated() {
      if argument == "--lang=en" || (argument == "--lang" && arguments.dropFirst(i + 1).first == "en") {
        return .en
      }
    }
    return .sv
  }()

  /// "Cannot write to standard output" with the reason, in ``language``.
  static func cannotWriteStandardOutput(_ reason: String) -> String {
    LocalizedText(
      sv: "nyforetagare: fel: kan inte skriva till standard output (\(reason)); utdata är ofullständig",
      en: "nyforetagare: error: cannot write to standard output (\(reason)); the output is incomplete")[language]
  }

  /// Why a closed descriptor cannot be written, in ``language``.
  static var closedReason: String { LocalizedText(sv: "den är stängd", en: "it is closed")[language] }

  /// Writes one line to standard error.
  static func error(_ line: String) {
    if !write(Array((line + "\n").utf8), to: STDERR_FILENO) { errorStreamFailed = true }
  }

  /// Writes text to standard output; exits on failure (see the type's description).
  static func out(_ text: String) {
    if !write(Array(text.utf8), to: STDOUT_FILENO) {
      let reason = errno == EBADF ? closedReason : String(cString: strerror(errno))
      error(cannotWriteStandardOutput(reason))
      exit(1)
    }
  }

  /// Flushes what went through the C library's standard output (the argument parser's help and
  /// usage text) and reports a failure like ``out(_:)`` does. Registered with `atexit`.
  static func flushStandardOutput() {
    if fflush(nil) != 0 {
      let code = errno
      if code == EPIPE { endLikeClosedPipe() }
      let reason = code == EBADF ? closedReason : String(cString: strerror(code))
      error(cannotWriteStandardOutput(reason))
      _exit(1)
    }
  }

  /// The status to end with after a command that returned normally.
  static var exitStatusAfterRun: Int32 { errorStreamFailed ? 1 : 0 }

  /// Writes all bytes; false on failure with errno set. A closed pipe ends the program.
  static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw in
        Glibc.write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if n < 0 {
        let code = errno
        if code == EINTR { continue }
        if code == EAGAIN {
          // A non-blocking descriptor that is full: wait until it takes more, without spinning.
          var waiting = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
          _ = poll(&waiting, 1, 1000)
          continue
        }
        if code == EPIPE { endLikeClosedPipe() }
        errno = code
        return false
      }
      if n == 0 {
        errno = EIO
        return false
      }
      offset += n
    }
    return true
  }

  /// Ends the program as the conventional tools do when the reader went away: by SIGPIPE with
  /// its default action, quietly; `_exit(141)` if the signal did not end it.
  static func endLikeClosedPipe() -> Never {
    signal(SIGPIPE, SIG_DFL)
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGPIPE)
    sigprocmask(SIG_UNBLOCK, &set, nil)
    raise(SIGPIPE)
    _exit(141)
  }
}
