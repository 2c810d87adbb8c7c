import Foundation

/// A child started with posix_spawnp: stdin is a socket we write to (send with MSG_NOSIGNAL, so
/// a child that exits early cannot raise SIGPIPE in the kiosk), stdout is /dev/null, stderr another socket we read.
struct ChildProcess {
  /// How a child ended.
  enum End: Equatable {
    case exited(Int32)
    case signaled(Int32)
    case timedOut
  }

  let pid: pid_t
  let input: Int32
  let errors: Int32

  /// Starts `argv`; on failure returns the errno.
  static func spawn(_ argv: [String]) -> Result<ChildProcess, Errno> {
    var pair: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
      return .failure(Errno(errno))
    }
    var pipeFDs: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pipeFDs) == 0 else {
      let code = errno
      close(pair[0])
      close(pair[1])
      return .failure(Errno(code))
    }
    defer {
      close(pair[1])
      close(pipeFDs[1])
    }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pair[1], 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var all = sigset_t()
    sigfillset(&all)
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))

    let cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cArgs { free(p) } }
    var pid: pid_t = 0
    let status = cArgs.withUnsafeBufferPointer { args -> Int32 in
      guard let base = args.baseAddress else { return EINVAL }
      return posix_spawnp(&pid, argv[0], &actions, &attributes, base, environ)
    }
    guard status == 0 else {
      close(pair[0])
      close(pipeFDs[0])
      return .failure(Errno(status))
    }
    _ = fcntl(pair[0], F_SETFL, fcntl(pair[0], F_GETFL) | O_NONBLOCK)
    _ = fcntl(pipeFDs[0], F_SETFL, fcntl(pipeFDs[0], F_GETFL) | O_NONBLOCK)
    return .success(ChildProcess(pid: pid, input: pair[0], errors: pipeFDs[0]))
  }

  /// Writes `bytes` to the child's stdin, closes it, collects up to 4 KiB of stderr and waits for
  /// the child; kills its process group after `timeout`.
  func feedAndWait(_ bytes: [UInt8], timeout: Duration) -> (end: End, stderr: [UInt8]) {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: timeout)
    var inputFD: Int32 = input
    var errorFD: Int32 = errors
    var written = 0
    var stderr: [UInt8] = []
    var end: End?
    defer {
      if inputFD >= 0 { close(inputFD) }
      if errorFD >= 0 { close(errorFD) }
    }
    if bytes.isEmpty {
      close(inputFD)
      inputFD = -1
    }

    while clock.now < deadline {
      if end == nil, let finished = reap(blocking: false) { end = finished }
      if end != nil && inputFD < 0 {
        if errorFD >= 0 { drain(errorFD, into: &stderr) }
        break
      }
      var fds: [pollfd] = []
      if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
      if errorFD >= 0 { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
      if fds.isEmpty {
        usleep(10_000)
        continue
      }
      _ = poll(&fds, nfds_t(fds.count), 50)
      for entry in fds where entry.revents != 0 {
        if entry.fd == inputFD {
          if entry.revents & Int16(POLLOUT) != 0 {
            let n = bytes.withUnsafeBytes { buffer in
              send(inputFD, buffer.baseAddress.map { $0 + written }, bytes.count - written, Int32(MSG_NOSIGNAL))
            }
            if n > 0 { written += n }
            if (n < 0 && errno != EAGAIN && errno != EINTR) || written == bytes.count {
              close(inputFD)
              inputFD = -1
            }
          } else {
            close(inputFD)  // the child closed its end
            inputFD = -1
          }
        } else if entry.fd == errorFD {
          if !drain(errorFD, into: &stderr) {
            close(errorFD)
            errorFD = -1
          }
        }
      }
    }
    if let end { return (end, stderr) }
    if let finished = reap(blocking: false) { return (finished, stderr) }
    kill(-pid, SIGKILL)
    kill(pid, SIGKILL)
    _ = reap(blocking: true)
    return (.timedOut, stderr)
  }

  /// Reads what is available; false at end of file or on error.
  @discardableResult
  private func drain(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n > 0 {
        if buffer.count < 4096 { buffer.append(contentsOf: chunk[0..<min(n, 4096 - buffer.count)]) }
        continue
      }
      if n < 0 && (errno == EAGAIN || errno == EINTR) { return true }
      return false
    }
  }

  private func reap(blocking: Bool) -> End? {
    var status: Int32 = 0
    while true {
      let r = waitpid(pid, &status, blocking ? 0 : WNOHANG)
      if r < 0 && errno == EINTR { continue }
      guard r == pid else { return nil }
      let low = status & 0x7f
      return low == 0 ? .exited((status >> 8) & 0xff) : .signaled(low)
    }
  }
}

/// An errno value.
struct Errno: Error {
  let code: Int32
  init(_ code: Int32) { self.code = code }
}
