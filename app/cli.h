// app/: main(), the command line (sabc score, standings, report, demo, server, sync), settings and
// logging; it wires models/, sync/ and ui/ together.
//
// Cli: the `sabc` command line. Decides whether a command line is a headless subcommand (which
// must run without a display) and runs it.
#pragma once

#include <QStringList>

namespace cli {

// True when `arguments` (argv, program name first) name a subcommand or ask for --help or
// --version: those run with QCoreApplication, no display needed. A first word that is neither a
// command nor an existing file is an unknown command (headless, exit 2).
bool isHeadless(const QStringList &arguments);
// The club file the window opens: `--database FILE`, `--database=FILE`, or a first word that
// names an existing file and no command (`sabc FILE`, as a file manager's "Open with" runs it).
// Empty when the command line names none.
QString databaseToOpen(const QStringList &arguments);
// True for headless commands that draw (PDF reports with charts): they need a GUI application
// on the offscreen platform.
bool needsGraphics(const QStringList &arguments);
// Runs a headless command line and returns the exit code.
int run(const QStringList &arguments);
// The text of `sabc --help`.
QString helpText();

} // namespace cli
