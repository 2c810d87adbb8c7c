import NyforetagareEngine

/// Why ``SafeFile`` did not write: what is wrong, where, and what to do. `description` is English;
/// `message(in:)` is for the screen.
public enum SafeFileError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What kind of thing a path that is not a regular file is.
  public enum Kind: Sendable, Equatable {
    /// A named pipe (FIFO).
    case namedPipe
    /// A character or block device.
    case device
    /// A Unix socket.
    case socket
    /// Anything else that is not a regular file.
    case other
  }

  /// The path is a symbolic link (to `destination`); links are not followed or replaced.
  case symbolicLink(String, destination: String)
  /// The path is a folder.
  case directory(String)
  /// The path is a pipe, device or socket.
  case notRegular(String, kind: Kind)
  /// The folder the file would go in does not exist (or is not a folder).
  case folderMissing(String)
  /// The folder or file may not be written (permissions, read-only disk).
  case notWritable(String, reason: String)
  /// The disk is full.
  case full(String)
  /// The path was replaced by something else while the file was being written.
  case changed(String)
  /// The write was stopped before the file was replaced.
  case interrupted(String)
  /// Anything else, with the system's reason.
  case failed(String, reason: String)

  public var description: String { message(in: .en) }

  /// The path the message is about.
  public var path: String {
    switch self {
    case .symbolicLink(let p, _), .directory(let p), .notRegular(let p, _), .folderMissing(let p),
      .notWritable(let p, _), .full(let p), .changed(let p), .interrupted(let p), .failed(let p, _):
      return p
    }
  }

  /// One line: what, where, and what to do, in `language`. Paths are shown with control
  /// characters escaped.
  public func message(in language: Language) -> String {
    let sv = language == .sv
    let p = Echo.quote(path, limit: nil)
    switch self {
    case .symbolicLink(_, let destination):
      let d = Echo.quote(destination, limit: nil)
      return sv
        ? "\(p) är en symbolisk länk (till \(d)); inget skrevs. Ange den riktiga filens sökväg eller ta bort länken."
        : "\(p) is a symbolic link (to \(d)); nothing was written. Give the real file's path or remove the link."
    case .directory:
      return sv
        ? "\(p) är en mapp; inget skrevs. Ange ett filnamn i mappen."
        : "\(p) is a folder; nothing was written. Give a file name inside it."
    case .notRegular(_, let kind):
      let what: String
      switch kind {
      case .namedPipe: what = sv ? "en namngiven pipe (FIFO)" : "a named pipe (FIFO)"
      case .device: what = sv ? "en enhetsfil" : "a device"
      case .socket: what = sv ? "en socket" : "a socket"
      case .other: what = sv ? "ingen vanlig fil" : "not a regular file"
      }
      return sv
        ? "\(p) är \(what); bara vanliga filer skrivs. Ange ett vanligt filnamn, eller utelämna --output för standard output."
        : "\(p) is \(what); only regular files are written. Give a regular file name, or leave out --output for standard output."
    case .folderMissing:
      return sv
        ? "mappen \(p) finns inte; inget skrevs. Skapa den eller välj en annan mapp."
        : "the folder \(p) does not exist; nothing was written. Create it or choose another folder."
    case .notWritable(_, let reason):
      return sv
        ? "det går inte att skriva i \(p) (\(reason)); inget skrevs. Välj en mapp du får skriva i."
        : "\(p) cannot be written (\(reason)); nothing was written. Choose a folder you may write in."
    case .full:
      return sv
        ? "disken för \(p) är full; filen lämnades som den var. Frigör utrymme och försök igen."
        : "the disk holding \(p) is full; the file was left as it was. Free some space and try again."
    case .changed:
      return sv
        ? "\(p) byttes ut medan filen skrevs; inget skrevs. Försök igen."
        : "\(p) was replaced while the file was being written; nothing was written. Try again."
    case .interrupted:
      return sv
        ? "skrivningen till \(p) avbröts; filen lämnades som den var."
        : "the write to \(p) was interrupted; the file was left as it was."
    case .failed(_, let reason):
      return sv
        ? "det gick inte att skriva \(p) (\(reason)); filen lämnades som den var."
        : "cannot write \(p) (\(reason)); the file was left as it was."
    }
  }
}
