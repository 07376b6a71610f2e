// `sabc scale read --port DEVICE [--baud N] [--protocol ad|sics|PATTERN] [--count N]` prints each
// bag once, as the weigh-in captures it (the first stable reading above zero after the scale has
// been at zero, or since the start), as pounds with two decimals, one a line, until N bags or
// Ctrl+C. Lines that are no reading (garbage, overload) are skipped and counted on stderr. Exit 1
// when the port cannot be opened (with the reason), 2 on bad arguments. A port lost on the way
// (the cable pulled) is tried again every second and said so on stderr.
#include "app/commands.h"

#include "scale/scalereader.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace {

// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

constexpr int exitCannotOpen = 1;
constexpr int exitUsage = 2;

// Ctrl+C: the signal handler only writes a byte to a pipe; the event loop reads it and stops.
int interruptPipe[2] = {-1, -1};

extern "C" void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(interruptPipe[1], &byte, 1);
}

QString usage()
{
    return Tr::tr("Usage: sabc scale read --port DEVICE [--baud N] [--protocol ad|sics|PATTERN] "
                  "[--count N]");
}

} // namespace

int commands::scale(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString port;
    QString baud;
    QString protocol = QStringLiteral("ad");
    QString count;
    QStringList positional;
    const auto fail = [&](const QString &problem) {
        err << Tr::tr("sabc scale: %1").arg(problem) << '\n' << usage() << '\n';
        return exitUsage;
    };
    if (const QString problem = parseOptions(args,
                                             {{QStringLiteral("port"), &port},
                                              {QStringLiteral("baud"), &baud},
                                              {QStringLiteral("protocol"), &protocol},
                                              {QStringLiteral("count"), &count}},
                                             positional);
        !problem.isEmpty())
        return fail(problem);
    if (positional.value(0) != QLatin1String("read"))
        return fail(positional.isEmpty()
                        ? Tr::tr("Say read.")
                        : Tr::tr("\"%1\" is not read.").arg(positional.first()));
    if (positional.size() > 1)
        return fail(Tr::tr("unexpected argument \"%1\".").arg(positional.at(1)));
    if (port.isEmpty())
        return fail(Tr::tr("Name the scale's port with --port DEVICE (for example /dev/ttyUSB0)."));
    ScaleSettings settings;
    settings.port = port;
    settings.protocol = protocol;
    if (!baud.isEmpty()) {
        bool ok = false;
        settings.baud = baud.toInt(&ok);
        if (!ok || settings.baud < 50 || settings.baud > 4000000)
            return fail(Tr::tr("the baud rate must be a number such as 9600, not \"%1\".").arg(baud));
    }
    int bags = 0;
    if (!count.isEmpty()) {
        bool ok = false;
        bags = count.toInt(&ok);
        if (!ok || bags < 1)
            return fail(Tr::tr("--count must be a number of bags, 1 or more, not \"%1\".")
                            .arg(count));
    }
    if (auto p = ScaleProtocol::fromSpec(protocol); !p)
        return fail(p.error());

    ScaleReader reader;
    if (Status s = reader.start(settings); !s) {
        reader.stop();
        err << s.error() << '\n';
        return exitCannotOpen;
    }
    err << Tr::tr("Reading the scale on %1; each bag is printed once. Ctrl+C stops.").arg(port)
        << '\n';
    err.flush();
    int printed = 0;
    QObject::connect(&reader, &ScaleReader::bagCaptured, &reader, [&](Weight bag) {
        out << bag.toString() << '\n';
        out.flush();
        if (bags > 0 && ++printed >= bags)
            QCoreApplication::exit(0);
    });
    QObject::connect(&reader, &ScaleReader::notice, &reader, [&](const QString &text) {
        err << text << '\n';
        err.flush();
    });

    // Ctrl+C (and a plain kill) end the reading cleanly: the count of skipped lines is still said.
    std::unique_ptr<QSocketNotifier> interrupted;
    if (::pipe(interruptPipe) == 0) {
        interrupted = std::make_unique<QSocketNotifier>(interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(interrupted.get(), &QSocketNotifier::activated, interrupted.get(),
                         [] { QCoreApplication::exit(0); });
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    const int code = QCoreApplication::exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    interrupted.reset();
    for (int &fd : interruptPipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
    const int skipped = reader.badLines() + reader.overloads();
    if (skipped > 0)
        err << Tr::tr("Skipped %n line(s) that were no reading (%1 unreadable, %2 overload).",
                      nullptr, skipped)
                   .arg(reader.badLines())
                   .arg(reader.overloads())
            << '\n';
    reader.stop();
    return code;
}
