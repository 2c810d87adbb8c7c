/// Escapes text for HTML and SVG: element content and double-quoted attribute values.
func htmlEscape(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count)
  for ch in text {
    switch ch {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default: out.append(ch)
    }
  }
  return out
}
