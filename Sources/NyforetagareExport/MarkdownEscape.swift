/// Escapes text for a Markdown table cell or inline text.
func markdownEscape(_ text: String, inTable: Bool = false) -> String {
  var out = ""
  for ch in text {
    switch ch {
    case "|" where inTable: out += "\\|"
    case "\n": out += inTable ? "<br>" : " "
    case "*", "_", "`", "[", "]", "<", ">", "\\": out += "\\\(ch)"
    default: out.append(ch)
    }
  }
  return out
}
