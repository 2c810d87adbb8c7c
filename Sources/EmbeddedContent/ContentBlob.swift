import EmbeddedContentData

/// Reads the blob ContentEmbedderTool writes: a header of little-endian 32-bit numbers
/// (magic "NYFC", version; snapshot present?/offset/length; file count, then per file path and
/// text offset/length; diagnostic count, then per diagnostic error?/located?/file offset and
/// length/line/column/message offset and length), then the data. Offsets count from the blob's
/// start. A blob that does not read gives no snapshot, no files and no diagnostics.
struct ContentBlob {
  /// A file: its path inside Content/ and its UTF-8 text.
  struct File {
    var path: UnsafeRawBufferPointer
    var text: UnsafeRawBufferPointer
  }

  /// A diagnostic of the build-time lint.
  struct Finding {
    var isError: Bool
    /// The file (relative to Content/'s parent), nil for a diagnostic without a location.
    var file: UnsafeRawBufferPointer?
    var line: Int
    var column: Int
    var message: UnsafeRawBufferPointer
  }

  var snapshot: UnsafeRawBufferPointer?
  var files: [File] = []
  var diagnostics: [Finding] = []

  /// The blob linked into this executable.
  static var linked: ContentBlob {
    ContentBlob(UnsafeRawBufferPointer(start: nyforetagare_content_bytes(), count: nyforetagare_content_size()))
  }

  /// Reads the header; the pieces point into `bytes`.
  init(_ bytes: UnsafeRawBufferPointer) {
    var position = 0
    func word() -> Int? {
      guard position + 4 <= bytes.count else { return nil }
      defer { position += 4 }
      return Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
    }
    func slice() -> UnsafeRawBufferPointer? {
      guard let offset = word(), let count = word(), offset + count <= bytes.count else { return nil }
      return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }
    guard word() == 0x4346_594E, word() == 1, let hasSnapshot = word(), let snapshot = slice(),
      let fileCount = word()
    else { return }
    var files: [File] = []
    for _ in 0..<min(fileCount, bytes.count) {
      guard let path = slice(), let text = slice() else { return }
      files.append(File(path: path, text: text))
    }
    guard let diagnosticCount = word() else { return }
    var diagnostics: [Finding] = []
    for _ in 0..<min(diagnosticCount, bytes.count) {
      guard let severity = word(), let located = word(), let file = slice(), let line = word(),
        let column = word(), let message = slice()
      else { return }
      diagnostics.append(
        Finding(
          isError: severity == 1, file: located == 1 ? file : nil, line: line, column: column, message: message))
    }
    self.snapshot = hasSnapshot == 1 ? snapshot : nil
    self.files = files
    self.diagnostics = diagnostics
  }
}
