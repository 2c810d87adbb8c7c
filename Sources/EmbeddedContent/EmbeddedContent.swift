/// The Content/ folder this binary was built with.
public enum EmbeddedContent {
  /// Every content file: its path inside Content/ and its text.
  public static var files: [(path: String, text: String)] {
    generatedContentFiles.map { entry in
      (entry.0, String(decoding: base64Decode(entry.1), as: UTF8.self))
    }
  }

  /// A binary snapshot of the checked landscape, made at build time from the same files; nil
  /// when the content had errors (the program then loads the YAML and reports them).
  public static var snapshot: [UInt8]? {
    generatedSnapshot.map(base64Decode)
  }
}

/// Decodes base64 without Foundation (kept tiny: the embedder writes standard base64).
func base64Decode(_ text: String) -> [UInt8] {
  var table = [UInt8](repeating: 255, count: 256)
  for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
    table[Int(c)] = UInt8(i)
  }
  var out: [UInt8] = []
  out.reserveCapacity(text.utf8.count * 3 / 4)
  var buffer: UInt32 = 0
  var bits = 0
  for c in text.utf8 {
    let v = table[Int(c)]
    if v == 255 { continue }
    buffer = (buffer << 6) | UInt32(v)
    bits += 6
    if bits >= 8 {
      bits -= 8
      out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
    }
  }
  return out
}
