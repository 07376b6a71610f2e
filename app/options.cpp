#include "app/commands.h"

#include <QCoreApplication>

namespace {
// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};
} // namespace

QString commands::parseOptions(const QStringList &args, const QHash<QString, QString *> &options,
                               QStringList &positional)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            positional.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasValue = true;
        }
        QString *target = options.value(name);
        if (!target)
            return Tr::tr("Unknown option --%1.").arg(name);
        if (!hasValue) {
            if (i + 1 >= args.size())
                return Tr::tr("The option --%1 needs a value.").arg(name);
            value = args.at(++i);
        }
        *target = value;
    }
    return QString();
}
