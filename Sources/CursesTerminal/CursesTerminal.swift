import CNcursesw
import TerminalUI

/// The one thin layer over ncursesw: starts and stops the terminal, copies a ``CellBuffer`` to
/// the screen, and turns curses input into ``Key``s.
public final class CursesTerminal: Terminal {
  /// Why the terminal could not start.
  public enum Failure: Error, CustomStringConvertible {
    case noUTF8Locale
    case cannotOpenTerminal

    public var description: String {
      switch self {
      case .noUTF8Locale:
        return "no UTF-8 locale is available; set LANG=C.UTF-8 (or another UTF-8 locale) and try again, or use --plain"
      case .cannotOpenTerminal:
        return "cannot open the terminal (is TERM set?); use --plain for line-by-line prompts"
      }
    }
  }

  private var previous: CellBuffer?
  private let codes: [Int32: Key]

  /// Sets the locale and starts curses. `color` false gives a monochrome UI; `raw` true makes
  /// Ctrl-C, Ctrl-Z and Ctrl-\ ordinary keys.
  public init(color: Bool, raw: Bool = true) throws(Failure) {
    guard nyf_setup_locale() == 1 else { throw .noUTF8Locale }
    nyf_install_signal_handlers()
    guard nyf_start(color ? 1 : 0, raw ? 1 : 0) == 0 else { throw .cannotOpenTerminal }
    var map: [Int32: Key] = [:]
    let pairs: [(String, Key)] = [
      ("up", .up), ("down", .down), ("left", .left), ("right", .right), ("home", .home), ("end", .end),
      ("ppage", .pageUp), ("npage", .pageDown), ("backspace", .backspace), ("dc", .delete),
      ("enter", .enter), ("btab", .backTab),
    ]
    for (name, key) in pairs { map[nyf_key_code(name)] = key }
    codes = map
  }

  deinit { stop() }

  /// Restores the terminal (safe to call twice).
  public func stop() {
    nyf_stop()
  }

  /// The terminal's size.
  public var size: (width: Int, height: Int) {
    var rows: Int32 = 0
    var cols: Int32 = 0
    nyf_size(&rows, &cols)
    return (Int(cols), Int(rows))
  }

  /// Whether SIGTERM or SIGHUP arrived.
  public var terminated: Bool { nyf_terminated() != 0 }

  /// Waits up to `timeoutMilliseconds` for a key, a resize or a termination signal.
  public func next(timeoutMilliseconds: Int) -> TerminalEvent {
    if terminated { return .terminated }
    var value: UInt32 = 0
    let rc = nyf_read(Int32(timeoutMilliseconds), &value)
    switch rc {
    case 0:
      return Self.decode(character: value).map(TerminalEvent.key) ?? .timeout
    case 1:
      if Int32(value) == nyf_key_code("resize") {
        let s = size
        previous = nil
        return .resize(width: s.width, height: s.height)
      }
      let f0 = nyf_key_code("f0")
      if Int32(value) > f0 && Int32(value) <= f0 + 12 { return .key(.function(Int(Int32(value) - f0))) }
      return codes[Int32(value)].map(TerminalEvent.key) ?? .timeout
    case -2:
      return .terminated
    default:
      return terminated ? .terminated : .timeout
    }
  }

  /// Decodes a character from get_wch into a key.
  public static func decode(character value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter
    case 27: return .escape
    case 9: return .tab
    case 8, 127: return .backspace
    case 1...26:
      return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
    case 28: return .control("\\")
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// Draws a buffer: each row as runs of one style, then places the cursor.
  public func draw(_ buffer: CellBuffer) {
    if previous?.width != buffer.width || previous?.height != buffer.height {
      nyf_clear_all()
      previous = nil
    }
    nyf_erase()
    for y in 0..<buffer.height {
      var x = 0
      while x < buffer.width {
        let style = buffer[x, y].style
        var run = ""
        let startX = x
        while x < buffer.width && buffer[x, y].style == style {
          let c = buffer[x, y]
          if !c.isContinuation { run.append(c.character) }
          x += 1
        }
        // Avoid writing the bottom-right cell, which scrolls some terminals.
        if y == buffer.height - 1 && x == buffer.width, let last = run.last, DisplayWidth.of(last) == 1 {
          run.removeLast()
        }
        run.withCString { nyf_put(Int32(y), Int32(startX), $0, Int32(style.rawValue)) }
      }
    }
    if let c = buffer.cursor {
      nyf_show(Int32(c.y), Int32(c.x))
    } else {
      nyf_show(-1, -1)
    }
    previous = buffer
  }

  /// Turns off core dumps (kiosk).
  public static func disableCoreDumps() { nyf_disable_core_dumps() }

  /// Ignores the signals that stop or suspend a program from the keyboard (kiosk); call before
  /// starting curses.
  public static func ignoreJobControlSignals() { nyf_ignore_job_signals() }

  /// Clears the whole terminal on the next draw (after a kiosk session is wiped).
  public func clearAll() {
    previous = nil
    nyf_erase()
    nyf_clear_all()
    nyf_show(-1, -1)
  }
}
