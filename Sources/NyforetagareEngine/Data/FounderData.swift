/// The founder's own data: data item id → validated, normalized value. Entered once,
/// prefilled into every form that asks for it.
public struct FounderData: Sendable, Hashable, Codable {
  /// The values by data item id.
  public var values: [String: String]

  /// Creates founder data.
  public init(_ values: [String: String] = [:]) {
    self.values = values
  }

  /// The value of a data item, if given.
  public subscript(_ id: String) -> String? {
    get { values[id] }
    set { values[id] = newValue }
  }
}
