import Foundation
import NyforetagareEngine
import Yams

/// Reads kiosk configuration YAML strictly and collects every problem with its place.
struct KioskConfigParser {
  let file: String
  let kommunNames: [String]
  let allowShortTimeouts: Bool
  private var problems: [KioskConfigError.Problem] = []

  init(file: String, kommunNames: [String], allowShortTimeouts: Bool) {
    self.file = file
    self.kommunNames = kommunNames
    self.allowShortTimeouts = allowShortTimeouts
  }

  mutating func parse(_ text: String) throws(KioskConfigError) -> KioskConfig {
    if let violation = YAMLGuard.check(text) {
      throw KioskConfigError(problems: [
        KioskConfigError.Problem(file: file, line: violation.line, column: violation.column, message: violation.message)
      ])
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      throw KioskConfigError(problems: [yamlProblem(error, text: text)])
    } catch {
      throw KioskConfigError(problems: [problem(at: nil, "not valid YAML: \(Echo.quote("\(error)", limit: 200))")])
    }
    guard let root else {
      throw KioskConfigError(problems: [
        problem(at: nil, "the file is empty; it needs at least export_folder and pin_hash")
      ])
    }
    guard case .mapping(let mapping) = root else {
      throw KioskConfigError(problems: [
        problem(at: root, "expected a mapping of keys (\(KioskConfig.keys.joined(separator: ", ")))")
      ])
    }

    var values: [String: (key: Node, value: Node)] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        report(key, "a key must be a plain name; allowed keys: \(KioskConfig.keys.joined(separator: ", "))")
        continue
      }
      guard KioskConfig.keys.contains(scalar.string) else {
        report(
          key, "unknown key '\(Echo.quote(scalar.string))'; allowed keys: \(KioskConfig.keys.joined(separator: ", "))")
        continue
      }
      values[scalar.string] = (key, value)
    }

    let kommun = values["kommun"].flatMap { readKommun($0.value) }
    let languages = values["languages"].map { readLanguages($0.value) } ?? Language.allCases
    let exportFolder = readExportFolder(values["export_folder"]?.value, mapping: root)
    let printCommand = values["print_command"].flatMap { readPrintCommand($0.value) }
    let printFormat = values["print_format"].flatMap { readPrintFormat($0.value) } ?? .text
    let shortest = allowShortTimeouts ? 1 : KioskConfig.minimumIdleTimeoutSeconds
    let idle =
      values["idle_timeout_seconds"].flatMap {
        readSeconds($0.value, key: "idle_timeout_seconds", range: shortest...KioskConfig.maximumIdleTimeoutSeconds)
      } ?? KioskConfig.defaultIdleTimeoutSeconds
    let shortestCountdown = allowShortTimeouts ? 1 : KioskConfig.minimumCountdownSeconds
    let countdown =
      values["countdown_seconds"].flatMap {
        readSeconds(
          $0.value, key: "countdown_seconds", range: shortestCountdown...KioskConfig.maximumCountdownSeconds)
      } ?? KioskConfig.defaultCountdownSeconds
    let pinHash = readPINHash(values["pin_hash"]?.value, mapping: root)

    guard problems.isEmpty, let exportFolder, let pinHash else {
      throw KioskConfigError(problems: sortedProblems)
    }
    return KioskConfig(
      kommun: kommun, languages: languages, exportFolder: exportFolder, printCommand: printCommand,
      printFormat: printFormat, idleTimeoutSeconds: idle, countdownSeconds: countdown, pinHash: pinHash)
  }

  // MARK: Keys

  private mutating func readKommun(_ node: Node) -> String? {
    guard let name = text(node, key: "kommun", example: "kommun: Malmö") else { return nil }
    if let exact = kommunNames.first(where: { $0 == name }) { return exact }
    if let folded = kommunNames.first(where: { $0.compare(name, options: [.caseInsensitive]) == .orderedSame }) {
      return folded
    }
    guard !kommunNames.isEmpty else {
      report(node, "kommun '\(Echo.quote(name))' cannot be checked: the content lists no kommuner")
      return nil
    }
    let suggestions = kommunNames.filter {
      let a = $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      let b = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      return a == b || (b.count >= 3 && a.hasPrefix(b.prefix(3)))
    }.prefix(5)
    let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
    report(
      node,
      "kommun '\(Echo.quote(name))' is not one of Sweden's kommuner as the content names them (e.g. Malmö, Göteborg, Stockholm)\(hint)"
    )
    return nil
  }

  private mutating func readLanguages(_ node: Node) -> [Language] {
    let allowed = Language.allCases.map(\.rawValue).joined(separator: ", ")
    guard case .sequence(let sequence) = node else {
      report(node, "languages must be a list of language codes, e.g. [sv, en]; allowed: \(allowed)")
      return Language.allCases
    }
    var result: [Language] = []
    for item in sequence {
      guard case .scalar(let scalar) = item, let language = Language(rawValue: scalar.string) else {
        report(
          item, "languages: '\(Echo.quote(item.scalar?.string ?? "…"))' is not a language code; allowed: \(allowed)")
        continue
      }
      if result.contains(language) {
        report(item, "languages: '\(language.rawValue)' is listed twice")
        continue
      }
      result.append(language)
    }
    if sequence.isEmpty { report(node, "languages must list at least one language; allowed: \(allowed)") }
    return result.isEmpty ? Language.allCases : result
  }

  private mutating func readExportFolder(_ node: Node?, mapping: Node) -> String? {
    guard let node else {
      report(
        mapping, "missing key export_folder: the folder exports are written to, e.g. export_folder: /media/kiosk-usb")
      return nil
    }
    guard let path = text(node, key: "export_folder", example: "export_folder: /media/kiosk-usb") else { return nil }
    guard path.hasPrefix("/") else {
      report(
        node,
        "export_folder must be an absolute path (starting with /), e.g. /media/kiosk-usb; got '\(Echo.quote(path, limit: 200))'"
      )
      return nil
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      report(
        node,
        "export_folder '\(Echo.quote(path, limit: 200))' does not exist; create it or mount the USB stick there first")
      return nil
    }
    guard isDirectory.boolValue else {
      report(
        node,
        "export_folder '\(Echo.quote(path, limit: 200))' is not a directory; it must be the folder exports are written to"
      )
      return nil
    }
    if let problem = SafeExport.folderProblem(path) {
      report(node, "export_folder '\(Echo.quote(path, limit: 200))' \(problem)")
      return nil
    }
    return path
  }

  private mutating func readPrintCommand(_ node: Node) -> [String]? {
    let example = "print_command: [lp, -d, lobby]"
    guard case .sequence(let sequence) = node else {
      report(
        node,
        "print_command must be a list of arguments, e.g. \(example); it is run directly, never through a shell")
      return nil
    }
    var argv: [String] = []
    for item in sequence {
      guard case .scalar(let scalar) = item, !isNull(scalar) else {
        report(item, "print_command: each argument must be text, e.g. \(example)")
        return nil
      }
      argv.append(scalar.string)
    }
    guard let first = argv.first, !first.isEmpty else {
      report(node, "print_command must name a program, e.g. \(example); leave the key out to turn printing off")
      return nil
    }
    return argv
  }

  private mutating func readPrintFormat(_ node: Node) -> KioskConfig.PrintFormat? {
    let allowed = KioskConfig.PrintFormat.allCases.map(\.rawValue).joined(separator: ", ")
    guard let name = text(node, key: "print_format", example: "print_format: text") else { return nil }
    guard let format = KioskConfig.PrintFormat(rawValue: name) else {
      report(
        node,
        "print_format '\(Echo.quote(name))' is not a paper layout; allowed: \(allowed) (text for lp, html for a filter that takes HTML)"
      )
      return nil
    }
    return format
  }

  private mutating func readSeconds(_ node: Node, key: String, range: ClosedRange<Int>) -> Int? {
    guard case .scalar(let scalar) = node, scalar.style == .plain, !scalar.string.isEmpty,
      scalar.string.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(scalar.string)
    else {
      report(node, "\(key) must be a whole number of seconds from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    guard range.contains(value) else {
      report(node, "\(key) is \(value); it must be from \(range.lowerBound) to \(range.upperBound) seconds")
      return nil
    }
    return value
  }

  private mutating func readPINHash(_ node: Node?, mapping: Node) -> String? {
    let how = "make one with `nyforetagare kiosk-pin`"
    guard let node else {
      report(mapping, "missing key pin_hash: the adviser's PIN as a $6$ hash; \(how)")
      return nil
    }
    guard let hash = text(node, key: "pin_hash", example: "pin_hash: '$6$…'") else { return nil }
    guard PIN.isWellFormedHash(hash) else {
      report(node, "pin_hash must be a SHA-512 crypt hash ($6$salt$hash), never the PIN itself; \(how)")
      return nil
    }
    if let rounds = PIN.rounds(of: hash), rounds > PIN.maximumRounds {
      let shown = rounds == Int.max ? "a huge number of" : "\(rounds)"
      report(
        node,
        "pin_hash asks for \(shown) rounds; at most \(PIN.maximumRounds) are allowed, or every PIN check takes too long; \(how)"
      )
      return nil
    }
    return hash
  }

  // MARK: Helpers

  private mutating func text(_ node: Node, key: String, example: String) -> String? {
    guard case .scalar(let scalar) = node, !isNull(scalar) else {
      report(node, "\(key) must be text, e.g. \(example)")
      return nil
    }
    return scalar.string
  }

  private func isNull(_ scalar: Node.Scalar) -> Bool {
    scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  private mutating func report(_ node: Node?, _ message: String) {
    problems.append(problem(at: node, message))
  }

  private func problem(at node: Node?, _ message: String) -> KioskConfigError.Problem {
    let mark = node?.mark
    return KioskConfigError.Problem(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message)
  }

  private var sortedProblems: [KioskConfigError.Problem] {
    problems.enumerated().sorted { a, b in
      let la = (a.element.line ?? 0, a.element.column ?? 0, a.offset)
      let lb = (b.element.line ?? 0, b.element.column ?? 0, b.offset)
      return la < lb
    }.map(\.element)
  }

  private func yamlProblem(_ error: YamlError, text: String) -> KioskConfigError.Problem {
    let (line, column, message) = YAMLProblem.describe(error, in: text)
    let shown =
      error.isDuplicate
      ? "key given twice: " + message.dropFirst("duplicate key: ".count) : "not valid YAML: " + message
    return KioskConfigError.Problem(file: file, line: line, column: column, message: shown)
  }
}

extension YamlError {
  var isDuplicate: Bool {
    if case .duplicatedKeysInMapping = self { return true }
    return false
  }
}
