import CCrypt
import Foundation
import NyforetagareEngine

/// The adviser's PIN: hashed and verified with the system's crypt(3) (libxcrypt), SHA-512
/// (`$6$`) with a 16-character random salt. The PIN itself is never stored.
public enum PIN {
  /// The shortest PIN `hash(_:)` accepts.
  public static let minimumLength = 4
  /// The most bytes a PIN may have (the kiosk's check refuses longer ones too).
  public static let maximumBytes = 1_024
  /// The most SHA-512 rounds a hash may ask for: each check of a PIN costs that many rounds, and
  /// `rounds=999999999` would make every check take minutes. crypt's default is 5,000.
  public static let maximumRounds = 100_000

  /// The salt alphabet crypt(3) uses.
  static let saltAlphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

  /// Hashes a PIN with a fresh 16-character salt from /dev/urandom; returns `$6$<salt>$<hash>`.
  public static func hash(_ pin: String) throws(PINError) -> String {
    guard pin.count >= minimumLength else { throw .tooShort(minimum: minimumLength) }
    guard pin.utf8.count <= maximumBytes else { throw .tooLong(maximum: maximumBytes) }
    guard !pin.contains(where: \.isNewline), !pin.utf8.contains(0) else { throw .invalidCharacters }
    let salt = try randomSalt()
    guard let result = crypt(pin, setting: "$6$" + salt) else { throw .cryptFailed }
    return result
  }

  /// Whether `pin` matches `storedHash` (a `$6$…` line from `hash(_:)`). The comparison of the
  /// hashes takes the same time wherever they differ.
  public static func verify(_ pin: String, against storedHash: String) -> Bool {
    guard isWellFormedHash(storedHash), !pin.utf8.contains(0), pin.utf8.count <= maximumBytes else { return false }
    guard (rounds(of: storedHash) ?? 0) <= maximumRounds else { return false }
    guard let computed = crypt(pin, setting: storedHash) else { return false }
    return constantTimeEqual(Array(computed.utf8), Array(storedHash.utf8))
  }

  /// Whether a string has the shape of a SHA-512 crypt hash: `$6$`, an optional `rounds=N$`, a
  /// salt of 1–16 characters from `./0-9A-Za-z`, `$` and 86 hash characters.
  public static func isWellFormedHash(_ text: String) -> Bool {
    var rest = Substring(text)
    guard rest.hasPrefix("$6$") else { return false }
    rest = rest.dropFirst(3)
    if rest.hasPrefix("rounds=") {
      let afterRounds = rest.dropFirst("rounds=".count)
      guard let dollar = afterRounds.firstIndex(of: "$") else { return false }
      let digits = afterRounds[..<dollar]
      guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return false }
      rest = afterRounds[afterRounds.index(after: dollar)...]
    }
    let parts = rest.split(separator: "$", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return false }
    let alphabet = Set(saltAlphabet)
    let salt = Array(parts[0].utf8)
    let hash = Array(parts[1].utf8)
    return (1...16).contains(salt.count) && salt.allSatisfy(alphabet.contains)
      && hash.count == 86 && hash.allSatisfy(alphabet.contains)
  }

  /// The `rounds=N` a hash asks for, or nil when it gives none (crypt's default, 5,000).
  /// A number too long to read counts as `Int.max`.
  public static func rounds(of hash: String) -> Int? {
    guard hash.hasPrefix("$6$rounds=") else { return nil }
    let digits = hash.dropFirst("$6$rounds=".count).prefix { $0.isASCII && $0.isNumber }
    return Int(digits) ?? Int.max
  }

  /// Compares two byte strings in time that depends only on their lengths.
  static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    var difference = UInt8(truncatingIfNeeded: a.count ^ b.count)
    if a.count != b.count { difference |= 1 }
    let n = max(a.count, b.count)
    for i in 0..<n {
      let x = i < a.count ? a[i] : 0
      let y = i < b.count ? b[i] : 0
      difference |= x ^ y
    }
    return difference == 0
  }

  /// 16 salt characters from 12 random bytes (96 bits, 6 bits a character).
  static func randomSalt() throws(PINError) -> String {
    let bytes = try randomBytes(12)
    var salt: [UInt8] = []
    for chunk in stride(from: 0, to: 12, by: 3) {
      let v = UInt32(bytes[chunk]) << 16 | UInt32(bytes[chunk + 1]) << 8 | UInt32(bytes[chunk + 2])
      for shift in stride(from: 18, through: 0, by: -6) {
        salt.append(saltAlphabet[Int((v >> UInt32(shift)) & 0x3f)])
      }
    }
    return String(decoding: salt, as: UTF8.self)
  }

  /// Reads `count` bytes from /dev/urandom.
  static func randomBytes(_ count: Int) throws(PINError) -> [UInt8] {
    let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .noRandomness(String(cString: strerror(errno))) }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: count)
    var filled = 0
    while filled < count {
      let n = bytes.withUnsafeMutableBytes { buffer in
        read(fd, buffer.baseAddress.map { $0 + filled }, count - filled)
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw .noRandomness(n == 0 ? "end of file" : String(cString: strerror(errno))) }
      filled += n
    }
    return bytes
  }

  /// crypt(3) through the C shim; nil when crypt refuses the setting.
  static func crypt(_ phrase: String, setting: String) -> String? {
    var out = [CChar](repeating: 0, count: 512)
    let status = out.withUnsafeMutableBufferPointer { buffer in
      ccrypt_hash(phrase, setting, buffer.baseAddress, buffer.count)
    }
    defer { for i in out.indices { out[i] = 0 } }
    guard status == 0 else { return nil }
    return out.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { String(cString: $0) }
    }
  }
}

/// Why a PIN could not be hashed.
public enum PINError: Error, Equatable, CustomStringConvertible {
  /// The PIN is shorter than the minimum.
  case tooShort(minimum: Int)
  /// The PIN is longer than the maximum (in bytes).
  case tooLong(maximum: Int)
  /// The PIN contains a line break or a NUL.
  case invalidCharacters
  /// /dev/urandom could not be read.
  case noRandomness(String)
  /// crypt(3) refused to hash (SHA-512 not supported by this libcrypt?).
  case cryptFailed

  public var description: String { message(in: .en) }

  /// What is wrong, in a language.
  public func message(in language: Language) -> String {
    switch self {
    case .tooShort(let minimum):
      return LocalizedText(
        sv: "PIN-koden måste ha minst \(minimum) tecken", en: "the PIN must have at least \(minimum) characters")[
          language]
    case .tooLong(let maximum):
      return LocalizedText(
        sv: "PIN-koden får ha högst \(maximum) byte", en: "the PIN must have at most \(maximum) bytes")[language]
    case .invalidCharacters:
      return LocalizedText(
        sv: "PIN-koden får inte innehålla radbrytningar", en: "the PIN must not contain line breaks")[language]
    case .noRandomness(let reason):
      return LocalizedText(
        sv: "det går inte att läsa /dev/urandom för saltet: \(reason)",
        en: "cannot read /dev/urandom for the salt: \(reason)")[language]
    case .cryptFailed:
      return LocalizedText(
        sv: "crypt(3) kunde inte göra en SHA-512-hash ($6$) på det här systemet",
        en: "crypt(3) could not make a SHA-512 ($6$) hash on this system")[language]
    }
  }
}
