/// A language the program speaks: Swedish (the default) or English.
public enum Language: String, Sendable, CaseIterable, Codable {
  case sv
  case en
}
