#!/usr/bin/env python3
"""Writes beredskap(1) in roff from the command tree `beredskap --experimental-dump-help` prints (read on stdin).

swift-argument-parser's own generate-manual tool is a package plugin; running it needs SwiftPM and a build lock,
which scripts/package must not need (the tests package the binary while `swift test` runs). This is the same idea
in a page of Python: every subcommand with its abstract, discussion and options, from the same help text.
"""
import json
import sys

FILES = [
    ("/usr/share/beredskap/example", "The demo organisation (read-only); copy it with beredskap setup --organisation DIR."),
    ("./Playbooks, $XDG_CONFIG_HOME/beredskap/playbooks, /etc/beredskap/playbooks",
     "Playbooks, searched in this order after --playbooks and $BEREDSKAP_PLAYBOOKS; the first that exists is used."),
    ("/var/lib/beredskap",
     "The host's shared journal directory (root:beredskap, mode 2770, files 0660), made by beredskap setup --shared; "
     "used by everyone on the host when it exists."),
    ("$XDG_DATA_HOME/beredskap (~/.local/share/beredskap)", "One person's journal directory (0700, files 0600)."),
]
ENVIRONMENT = [
    ("BEREDSKAP_PLAYBOOKS", "The playbooks directory when --playbooks is not given."),
    ("BEREDSKAP_OPERATOR", "The operator name when --operator is not given (else the login name)."),
    ("XDG_DATA_HOME, XDG_CONFIG_HOME", "Where one person's journals and playbooks are."),
    ("NO_COLOR", "When set, the console uses no colours (the readiness level is always a word as well)."),
]


def escape(text):
    """Roff-safe text: backslashes and hyphens escaped, no line starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line) if line.startswith((".", "'")) else line for line in text.split("\n"))


def argument_line(argument):
    names = argument.get("names") or []
    shown = []
    for name in names:
        prefix = "-" if name["kind"] == "short" else "--"
        shown.append(prefix + name["name"])
    value = argument.get("valueName")
    if argument["kind"] == "positional":
        return "<" + (value or "value") + ">"
    text = ", ".join(shown)
    if argument["kind"] == "option" and value:
        text += " <" + value + ">"
    return text


def command_section(command, path, out):
    name = " ".join(path)
    out.append(".SS " + escape(name))
    if command.get("abstract"):
        out.append(escape(command["abstract"]))
    if command.get("discussion"):
        out.append(".PP")
        out.append(escape(command["discussion"]))
    for argument in command.get("arguments") or []:
        if not argument.get("shouldDisplay", True):
            continue
        out.append(".TP")
        out.append("\\fB" + escape(argument_line(argument)) + "\\fR")
        out.append(escape(argument.get("abstract") or ""))
    for subcommand in command.get("subcommands") or []:
        command_section(subcommand, path + [subcommand["commandName"]], out)


def main():
    root = json.load(sys.stdin)["command"]
    name = root["commandName"]
    out = [
        '.TH "%s" "1" "" "%s" "User Commands"' % (name.upper(), name),
        ".SH NAME",
        "%s \\- %s" % (name, escape(root.get("abstract", ""))),
        ".SH SYNOPSIS",
        ".B %s" % name,
        "[\\fIglobal options\\fR] [\\fIsubcommand\\fR] [\\fIoptions\\fR]",
        ".SH DESCRIPTION",
        escape(root.get("discussion", "")),
        ".SH COMMANDS",
    ]
    for subcommand in root.get("subcommands") or []:
        command_section(subcommand, [name, subcommand["commandName"]], out)
    out.append(".SH FILES")
    for path, text in FILES:
        out += [".TP", "\\fI" + escape(path) + "\\fR", escape(text)]
    out.append(".SH ENVIRONMENT")
    for variable, text in ENVIRONMENT:
        out += [".TP", "\\fB" + escape(variable) + "\\fR", escape(text)]
    out += [".SH EXIT STATUS", "0 success, 1 refused or a failed check, 2 wrong usage.",
            ".SH SEE ALSO", "beredskap \\-\\-help, and /usr/share/doc/beredskap/ (README.md, JOURNAL.md, PLAYBOOKS.md)."]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
