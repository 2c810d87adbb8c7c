/// The limits every input is held to, so no file a user (or a broken disk) gives can make the
/// program trap, hang or fill memory. Each refusal names the file and the limit.
public enum InputLimits {
  /// The largest answers file (the largest real one is a few KB).
  public static let answersFileBytes = 1 << 20
  /// The largest content file (the largest in Content/ is about 40 KB).
  public static let contentFileBytes = 4 << 20
  /// The largest content folder, all files together.
  public static let contentTotalBytes = 64 << 20
  /// The most files a content folder may have.
  public static let contentFiles = 5_000
  /// The largest kiosk configuration file.
  public static let kioskConfigBytes = 64 << 10
  /// The largest saved plan file.
  public static let planFileBytes = 16 << 20
  /// The most YAML nodes a file may stand for once its aliases are expanded.
  public static let yamlNodes = 250_000
  /// The most aliases (`*name`) a YAML file may use.
  public static let yamlAliases = 500
  /// The deepest a YAML file may nest (mappings and lists, aliases expanded).
  public static let yamlDepth = 64
  /// The longest list in an input (answers, content).
  public static let listLength = 10_000
  /// The longest text value (characters) in answers, founder data and saved plans.
  public static let textLength = 10_000
  /// How many problems are listed for one file before the rest are summed up.
  public static let diagnosticsPerFile = 50
}
