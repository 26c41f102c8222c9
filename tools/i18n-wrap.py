#!/usr/bin/env python3
"""i18n-wrap.py — gives every player-facing string literal in engine/game and engine/ui a
stable line id, once, the way Yarn Spinner tags lines: "Play" becomes TR("title.play",
"Play"). Run it after adding screens, review the diff, commit it; `rapport i18n check`
then stays clean. Literals in static tables become TR_NOOP(...) and are listed, because
their use site must call i18n_text() (a function call cannot sit in a static initialiser).

usage: tools/i18n-wrap.py [--dry-run] [FILE.c ...]   (default: engine/game/*.c engine/ui/*.c)
"""
import os
import re
import sys

# The same rules as engine/cli/i18n_scan.c.
EXEMPT_CALLS = {
    "SDL_Log", "SDL_LogError", "SDL_LogWarn", "SDL_LogInfo", "SDL_LogDebug", "SDL_SetError",
    "fprintf", "printf", "fputs", "puts", "perror", "strcmp", "strncmp", "strstr", "strcasecmp",
    "sqlite3_exec", "sqlite3_prepare_v2", "save_msgf", "game_log", "assert", "static_assert",
    "_Static_assert", "ui_color", "ui_size", "SDL_GetHint", "SDL_SetHint",
}
MARKERS = {"TR", "TRN", "TR_NOOP", "i18n_text", "i18n_text_plural"}
SQL = ("SELECT ", "INSERT ", "UPDATE ", "DELETE ", "CREATE ", "PRAGMA ")


def looks_visible(s):
    letters = sum(c.isascii() and c.isalpha() for c in s)
    if letters < 2:
        return False
    if "/" in s and " " not in s:
        return False
    if s.startswith(SQL):
        return False
    wsw = any(s[i] == " " and s[i - 1].isalpha() and i + 1 < len(s) and s[i + 1].isalpha()
              for i in range(1, len(s)))
    cap = any(s[i].isupper() and s[i].isascii() and i + 1 < len(s) and s[i + 1].islower()
              and (i == 0 or not s[i - 1].isalpha()) for i in range(len(s)))
    return wsw or cap


def decode(lit):
    """The value of a C string literal's body (enough for ids and the heuristic)."""
    out, i = [], 0
    while i < len(lit):
        c = lit[i]
        if c == "\\" and i + 1 < len(lit) and lit[i + 1] in "uU":
            digits = 4 if lit[i + 1] == "u" else 8
            out.append(chr(int(lit[i + 2:i + 2 + digits], 16)))
            i += 2 + digits
            continue
        if c == "\\" and i + 1 < len(lit):
            e = lit[i + 1]
            out.append({"n": "\n", "t": "\t", "r": "\r"}.get(e, e))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def slug(text, words=5):
    text = re.sub(r"%[-+ 0-9.]*[sdizuf]", " ", text)
    text = re.sub(r"\{[a-z_]+\}", " ", text)
    parts = re.findall(r"[a-z0-9]+", text.lower().replace("'", ""))
    return "_".join(parts[:words]) or "text"


def scope_of(path):
    base = os.path.splitext(os.path.basename(path))[0]
    for prefix in ("scene_", "widgets_"):
        if base.startswith(prefix) and len(base) > len(prefix):
            base = base[len(prefix):]
    return base


class Lexer:
    """Finds string-literal runs with what surrounds them: the innermost call, whether they
    sit in a static initialiser, and the text of their line."""

    def __init__(self, src):
        self.src = src

    def runs(self):
        s, n = self.src, len(self.src)
        i = 0
        braces = []               # per open brace: "body" (code) or "init" (data)
        began_static = False      # the current statement began with `static`
        statement_start = True
        prev_sig = ""             # previous significant token
        calls = []                # stack of (identifier, paren depth)
        parens = 0
        line_start = True
        while i < n:
            c = s[i]
            if c == "\n":
                line_start = True
                i += 1
                continue
            if c in " \t\r":
                i += 1
                continue
            if c == "#" and line_start:
                while i < n and s[i] != "\n":
                    if s[i] == "\\" and i + 1 < n and s[i + 1] == "\n":
                        i += 1
                    i += 1
                continue
            line_start = False
            if s.startswith("/*", i):
                j = s.find("*/", i + 2)
                i = n if j < 0 else j + 2
                continue
            if s.startswith("//", i):
                j = s.find("\n", i)
                i = n if j < 0 else j
                continue
            if c == "'":
                j = i + 1
                while j < n and s[j] != "'":
                    j += 2 if s[j] == "\\" else 1
                i = j + 1
                prev_sig = "'"
                statement_start = False
                continue
            if c == '"':
                start = i
                value = []
                while i < n and s[i] == '"':
                    j = i + 1
                    while j < n and s[j] != '"':
                        j += 2 if s[j] == "\\" else 1
                    value.append(decode(s[i + 1:j]))
                    i = j + 1
                    k = i  # adjacent literals, across spaces and comments
                    while k < n:
                        if s[k] in " \t\r\n":
                            k += 1
                        elif s.startswith("/*", k):
                            e = s.find("*/", k + 2)
                            k = n if e < 0 else e + 2
                        elif s.startswith("//", k):
                            e = s.find("\n", k)
                            k = n if e < 0 else e
                        else:
                            break
                    if k < n and s[k] == '"':
                        i = k
                    else:
                        break
                in_code = "body" in braces
                static_storage = (not in_code) or began_static
                yield dict(start=start, end=i, text="".join(value), in_code=in_code,
                           exempt=any(name in EXEMPT_CALLS for name, _ in calls),
                           marked=any(name in MARKERS for name, _ in calls),
                           static=static_storage)
                prev_sig = '"'
                statement_start = False
                continue
            if c.isalpha() or c == "_":
                j = i
                while j < n and (s[j].isalnum() or s[j] == "_"):
                    j += 1
                word = s[i:j]
                if statement_start:
                    began_static = word == "static"
                statement_start = False
                prev_sig = word
                i = j
                continue
            statement_start = False
            if c == "(":
                parens += 1
                name = prev_sig if re.match(r"[A-Za-z_]\w*$", prev_sig or "") else ""
                calls.append((name, parens))
            elif c == ")":
                if calls and calls[-1][1] == parens:
                    calls.pop()
                parens = max(0, parens - 1)
            elif c == "{":
                top = braces[-1] if braces else None
                if prev_sig in ("=", ",", "{") and (prev_sig == "=" or top == "init"):
                    braces.append("init")
                elif prev_sig == ")" or prev_sig in ("else", "do") or (top == "body" and prev_sig in (";", "{", "}", ":")):
                    braces.append("body")
                    statement_start = True
                    began_static = False
                else:
                    braces.append("decl")  # struct, union or enum body
            elif c == "}":
                kind = braces.pop() if braces else None
                if kind == "body":
                    statement_start = True
                    began_static = False
            elif c == ";":
                if not braces or braces[-1] in ("body",):
                    statement_start = True
                    began_static = False
                    calls = []
                    parens = 0
            prev_sig = c
            i += 1


def main(argv):
    dry = "--dry-run" in argv
    files = [a for a in argv if not a.startswith("--")]
    if not files:
        files = sorted([os.path.join("engine/game", f) for f in os.listdir("engine/game") if f.endswith(".c")] +
                       [os.path.join("engine/ui", f) for f in os.listdir("engine/ui") if f.endswith(".c")])
    used = {}  # id -> text, over every file, so one id never means two texts
    id_re = re.compile(r'TRN?(?:_NOOP)?\(\s*"([^"]+)"\s*,\s*"((?:[^"\\]|\\.)*)"')
    for path in files:
        for m in id_re.finditer(open(path, encoding="utf-8").read()):
            used.setdefault(m.group(1), decode(m.group(2)))
    noops = []
    total = 0
    for path in files:
        src = open(path, encoding="utf-8").read()
        if "i18n-exempt-file" in src:
            continue
        lines = src.split("\n")
        edits = []
        for run in Lexer(src).runs():
            if run["exempt"] or run["marked"] or not looks_visible(run["text"]):
                continue
            line_no = src.count("\n", 0, run["start"]) + 1
            if "i18n-exempt" in lines[line_no - 1]:
                continue
            base = scope_of(path) + "." + slug(run["text"])
            ident, k = base, 2
            while ident in used and used[ident] != run["text"]:
                ident, k = "%s_%d" % (base, k), k + 1
            used[ident] = run["text"]
            literal = src[run["start"]:run["end"]]
            if run["static"]:
                # `static const char *const NAME = "...";` alone: a macro needs no use-site change.
                head = re.search(r"(^|\n)([ \t]*)static\s+const\s+char\s*\*\s*(?:const\s+)?([A-Za-z_]\w*)\s*=\s*$",
                                 src[:run["start"]])
                tail = re.match(r"\s*;", src[run["end"]:])
                if head and tail:
                    start = head.start(2)
                    body = literal.replace("\n", " \\\n")  # a macro continues with backslashes
                    edits.append((start, run["end"] + tail.end(),
                                  '%s#define %s TR("%s", %s)' % (head.group(2), head.group(3), ident, body)))
                    continue
                if run["in_code"]:
                    # A table local to a function need not be static: built per call, it can
                    # hold TR() calls. Drop the `static` of its declaration once.
                    decl = src.rfind("static", 0, run["start"])
                    if decl >= 0 and src[decl:run["start"]].count(";") == 0:
                        edits.append((decl, decl + len("static "), ""))
                    edits.append((run["start"], run["end"], 'TR("%s", %s)' % (ident, literal)))
                    continue
                noops.append("%s:%d: %s" % (path, line_no, ident))
                edits.append((run["start"], run["end"], 'TR_NOOP("%s", %s)' % (ident, literal)))
                continue
            edits.append((run["start"], run["end"], 'TR("%s", %s)' % (ident, literal)))
        edits = sorted(set(edits))
        if not edits:
            continue
        total += len(edits)
        out = src
        for start, end, text in reversed(edits):
            out = out[:start] + text + out[end:]
        if '#include "i18n/i18n.h"' not in out:
            # after the file's last #include
            incs = [m.end() for m in re.finditer(r'^#include [<"][^>"]+[>"]\n', out, re.M)]
            at = incs[-1] if incs else 0
            out = out[:at] + '#include "i18n/i18n.h"\n' + out[at:]
        print("%s: %d string%s" % (path, len(edits), "" if len(edits) == 1 else "s"))
        if not dry:
            open(path, "w", encoding="utf-8").write(out)
    print("%d strings given ids" % total)
    if noops:
        print("\nIn static tables (translate at the use site with i18n_text(id, text)):")
        print("\n".join(noops))


if __name__ == "__main__":
    main(sys.argv[1:])
