import ArgumentParser
import EmbeddedContent
import Foundation
import NyforetagareEngine

/// Loads the landscape from the embedded content or a folder, printing problems to stderr.
enum ContentSource {
  /// The content files: a folder's, or the embedded copy's.
  static func files(_ directory: String?) throws -> [ContentFile] {
    if let directory {
      do {
        return try ContentLoader.files(inDirectory: directory)
      } catch let d as Diagnostic {
        Console.error(d.description)
        throw ExitCode(1)
      }
    }
    return EmbeddedContent.files.map {
      ContentFile(displayPath: "Content/" + $0.path, relativePath: $0.path, text: $0.text)
    }
  }

  /// The landscape, or an exit after printing every error. The embedded content comes from the
  /// snapshot made at build time (no YAML to parse); another folder is loaded and checked.
  static func landscape(_ directory: String?) throws -> Landscape {
    if directory == nil, let bytes = EmbeddedContent.snapshotBytes,
      let landscape = LandscapeSnapshot.decode(inPlace: bytes)
    {
      return landscape
    }
    let result = ContentLoader.load(try files(directory))
    guard let landscape = result.landscape else {
      for d in result.diagnostics.sorted where d.severity == .error { Console.error(d.description) }
      Console.error("error: the content has errors; run `nyforetagare lint` for the full list")
      throw ExitCode(1)
    }
    return landscape
  }

  /// What `lint` reports: every diagnostic, sorted, and the landscape when it has no errors.
  /// For the embedded content that is the result the build found in the same files with the
  /// same loader (the files cannot change since), so no YAML is parsed at run time; a folder
  /// is loaded and checked.
  static func lint(_ directory: String?) throws -> (diagnostics: [Diagnostic], landscape: Landscape?) {
    if directory == nil {
      let found = EmbeddedContent.lint.map { d in
        Diagnostic(
          d.isError ? .error : .warning, d.message,
          at: d.file.map { SourceLocation(file: $0, line: d.line, column: d.column) })
      }
      if !found.contains(where: { $0.severity == .error }), let bytes = EmbeddedContent.snapshotBytes,
        let landscape = LandscapeSnapshot.decode(inPlace: bytes)
      {
        return (found, landscape)
      }
    }
    let result = ContentLoader.load(try files(directory))
    return (result.diagnostics.sorted, result.landscape)
  }
}
