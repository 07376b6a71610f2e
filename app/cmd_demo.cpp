// sabc demo: creates the demo club, headless.
#include "app/commands.h"

#include "demo/democlub.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>

namespace {
// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};
} // namespace

int commands::demo(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString path = Store::defaultPath();
    bool keepExisting = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--database") && i + 1 < args.size()) {
            path = args.at(++i);
        } else if (a.startsWith(QLatin1String("--database="))) {
            path = a.mid(11);
        } else if (a == QLatin1String("--keep-existing")) {
            keepExisting = true;
        } else {
            err << Tr::tr(
                       "sabc demo: unexpected argument \"%1\". Usage: sabc demo [--database FILE]")
                       .arg(a)
                << '\n';
            return 2;
        }
    }
    auto store = Store::open(path);
    if (!store) {
        err << store.error() << '\n';
        return 1;
    }
    const QString shown = QDir::toNativeSeparators(store.value()->path());
    if (store.value()->hasClub()) {
        if (keepExisting)
            return 0;
        err << Tr::tr("\"%1\" already holds a club; the demo club was not written. Choose a new "
                      "file with --database.")
                   .arg(shown)
            << '\n';
        return 1;
    }
    const QDate today = ClubTime().today();
    if (Status s = DemoClub::create(*store.value(), today); !s) {
        err << Tr::tr("Could not create the demo club: %1").arg(s.error()) << '\n';
        return 1;
    }
    out << Tr::tr("Created the demo club in %1").arg(shown) << '\n';
    return 0;
}
