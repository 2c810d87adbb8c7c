#!/usr/bin/env python3
"""Fails when Sources/ uses `try!`, `as!` or a force-unwrap (`x!`, `x!.y`, `f()!`).

String literals and comments are skipped. A line may opt out with `// force: <reason>` when the
value cannot come from input or I/O (a literal the compiler cannot see through); say why."""
import pathlib
import re
import sys

FORCE = re.compile(r"(try!|as!|[A-Za-z0-9_)\]]!(?!=))")


def code_only(text):
    """The text with string literals and comments replaced by spaces (line breaks kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == '"' or (c == "#" and re.match(r'#+"', text[i:])):
            hashes = len(re.match(r"#*", text[i:]).group(0))
            start = i
            i += hashes
            triple = text.startswith('"""', i)
            quote = '"""' if triple else '"'
            i += len(quote)
            close = quote + "#" * hashes
            while i < n and not text.startswith(close, i):
                if text[i] == "\\" and hashes == 0:
                    i += 1
                i += 1
            i = min(n, i + len(close))
            out.append(re.sub(r"[^\n]", " ", text[start:i]))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main():
    bad = []
    for path in sorted(pathlib.Path("Sources").rglob("*.swift")):
        text = path.read_text(encoding="utf-8")
        raw_lines = text.split("\n")
        for number, line in enumerate(code_only(text).split("\n"), 1):
            if FORCE.search(line) and "// force:" not in raw_lines[number - 1]:
                bad.append(f"{path}:{number}: {raw_lines[number - 1].strip()}")
    for b in bad:
        print(b)
    if bad:
        print(f"error: {len(bad)} use(s) of try!, as! or a force-unwrap in Sources/ (see lines above); "
              "handle the failure, or mark a value that cannot come from input with `// force: why`")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
