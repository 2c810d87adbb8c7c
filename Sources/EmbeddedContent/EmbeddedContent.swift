import EmbeddedContentData

/// The Content/ folder this binary was built with: files, the lint result and a checked
/// snapshot, read in place from the bytes the linker put in the executable.
public enum EmbeddedContent {
  /// Every content file: its path inside Content/ and its text (decoded when asked for).
  public static var files: [(path: String, text: String)] {
    let blob = ContentBlob.linked
    return blob.files.map { (String(decoding: $0.path, as: UTF8.self), String(decoding: $0.text, as: UTF8.self)) }
  }

  /// The binary snapshot of the checked landscape, in place in the executable (nothing is
  /// copied); nil when the content had errors (the program then loads the YAML and reports
  /// them). The memory is the program's read-only data: valid for the whole run.
  public static var snapshotBytes: UnsafeRawBufferPointer? {
    ContentBlob.linked.snapshot
  }

  /// The snapshot as an array (a copy; for tests and tools).
  public static var snapshot: [UInt8]? {
    snapshotBytes.map { Array($0) }
  }

  /// What `ContentLoader.load` found in these files when the build embedded them, sorted as
  /// `lint` prints them: error or warning, where (nil without a location) and the message.
  /// The files cannot change after the build, so this is the lint of the embedded content.
  public static var lint: [(isError: Bool, file: String?, line: Int, column: Int, message: String)] {
    ContentBlob.linked.diagnostics.map {
      (
        $0.isError, $0.file.map { String(decoding: $0, as: UTF8.self) }, $0.line, $0.column,
        String(decoding: $0.message, as: UTF8.self)
      )
    }
  }
}
