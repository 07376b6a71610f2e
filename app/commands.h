// The headless subcommands of `sabc`. Each takes its own arguments (without the program name and
// the subcommand word), writes results to `out`, messages to `err`, and returns the process exit
// code. They run without a display.
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace commands {

// Reads `--name value` and `--name=value` into the string each name points to; other words go
// to `positional`. Returns an error message ("Unknown option --x.") or empty.
QString parseOptions(const QStringList &args, const QHash<QString, QString *> &options,
                     QStringList &positional);

// sabc demo --database FILE
int demo(const QStringList &args, QTextStream &out, QTextStream &err);
// sabc score SHEET.csv [--ruleset NAME|FILE.json] [--dq-policy no_points|offset] [--format ...]
// sabc score --standings S1.csv S2.csv ...
int score(const QStringList &args, QTextStream &out, QTextStream &err);
// sabc standings --database FILE --season YEAR [--format csv|json|table]
int standings(const QStringList &args, QTextStream &out, QTextStream &err);
// sabc report results|standings|roster|dues|treasurer --database FILE [--season YEAR]
//      [--tournament YYYY-MM-DD] --format pdf|csv --output FILE
int report(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc stats --database FILE [--season YEAR] --format csv|json
int stats(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc rules show --database FILE --season YEAR
// sabc rules set --database FILE --season YEAR RULES.json
int rules(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc publish --database FILE --output DIR [--season YEAR]: the club's static results site.
int publish(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc serve --database FILE [--port N] [--listen ADDRESS]: the leaderboard for phones, until
// stopped.
int serve(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc server init|add-user ... --server URL
int server(const QStringList &args, QTextStream &out, QTextStream &err);
// sabc sync --database FILE --server URL
int sync(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc import web --from postgresql://USER@HOST:PORT/DB[?sslmode=...] --database FILE [--dry-run]
int importData(const QStringList &args, QTextStream &out, QTextStream &err);

// sabc mail results|standings --database FILE (--tournament YYYY-MM-DD | --season YEAR)
//      --smtp smtp://[USER@]HOST:PORT[?security=starttls|tls|none] [--dry-run]
int mail(const QStringList &args, QTextStream &out, QTextStream &err);
// sabc calendar --database FILE --season YEAR --output FILE.ics
int calendar(const QStringList &args, QTextStream &out, QTextStream &err);
// sabc scale read --port DEVICE [--baud N] [--protocol ad|sics|PATTERN] [--count N]
int scale(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace commands
