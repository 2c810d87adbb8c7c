import NyforetagareEngine
import NyforetagareExport

/// The UI's phrases: the shared ones (amounts, durations, fees, case states) and its own.
typealias UIText = ExportText

extension ExportText {
  var unknownOption: String { Phrases.unknown[language] }
  var yes: String { t("Ja", "Yes") }
  var no: String { t("Nej", "No") }
}
