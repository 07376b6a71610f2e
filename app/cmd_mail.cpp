// `sabc mail results --database FILE --tournament YYYY-MM-DD --smtp URL [--dry-run]` and
// `sabc mail standings --database FILE --season YEAR --smtp URL [--dry-run]`: the club's mail to
// the members who opted in, through the club file's outbox (the window's Mailbox > Outbox and
// Sent... shows it). URL: smtp://[USER@]HOST:PORT[?security=starttls|tls|none]; the password
// from SABC_SMTP_PASSWORD or the keychain (as Mailbox > Club E-mail Settings... stored it). From and
// Reply-To are the club's mail settings (or USER when it is an address). A run stopped half way
// (killed, no network) leaves its message in the outbox; the same command again sends what is
// left of it, never a batch that was already being sent (mailsender.h). Prints
// "sent N to M recipients" (N messages, one per batch of BCC recipients); exit 1 on failure with
// the server's answer, 2 on bad arguments.
#include "app/commands.h"

#include "mail/mailcomposer.h"
#include "mail/mailsender.h"
#include "mail/mailstore.h"
#include "mail/mimemessage.h"
#include "mail/smtpclient.h"
#include "reports/reportbuilders.h"
#include "store/store.h"
#include "sync/credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// The texts of this file, in the "commands" translation context; qualified calls (Tr::tr) let
// lupdate file them under the same context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(commands)
};

constexpr int exitFailed = 1;
constexpr int exitUsage = 2;

struct MailOptions
{
    QString kind;
    QString database;
    QString tournament;
    QString season;
    QString smtp;
    QString dryRun; // set to "yes" by --dry-run
};

QString parse(const QStringList &args, MailOptions &o)
{
    QStringList words;
    for (const QString &a : args) {
        if (a == QLatin1String("--dry-run"))
            o.dryRun = QStringLiteral("yes");
        else
            words << a;
    }
    QStringList positional;
    const QHash<QString, QString *> options = {{QStringLiteral("database"), &o.database},
                                               {QStringLiteral("tournament"), &o.tournament},
                                               {QStringLiteral("season"), &o.season},
                                               {QStringLiteral("smtp"), &o.smtp}};
    if (const QString problem = commands::parseOptions(words, options, positional);
        !problem.isEmpty())
        return problem;
    if (positional.isEmpty())
        return Tr::tr("Say results or standings.");
    o.kind = positional.takeFirst();
    if (!positional.isEmpty())
        return Tr::tr("Unexpected \"%1\".").arg(positional.join(u' '));
    if (o.kind == QLatin1String("results")) {
        if (o.tournament.isEmpty())
            return Tr::tr("Name the tournament with --tournament YYYY-MM-DD.");
        if (!o.season.isEmpty())
            return Tr::tr("mail results takes --tournament, not --season.");
    } else if (o.kind == QLatin1String("standings")) {
        if (o.season.isEmpty())
            return Tr::tr("Name the season with --season YEAR.");
        if (!o.tournament.isEmpty())
            return Tr::tr("mail standings takes --season, not --tournament.");
    } else {
        return Tr::tr("\"%1\" is not results or standings.").arg(o.kind);
    }
    if (o.database.isEmpty())
        return Tr::tr("Name the club database with --database FILE.");
    if (o.smtp.isEmpty())
        return Tr::tr("Name the mail server with --smtp smtp://[USER@]HOST:PORT.");
    return QString();
}

QString password(const SmtpServer &server)
{
    if (qEnvironmentVariableIsSet("SABC_SMTP_PASSWORD"))
        return qEnvironmentVariable("SABC_SMTP_PASSWORD");
    if (server.user.isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return QString();
    const Credentials::Lookup stored = Credentials::read(server.keychainKey(), 5000);
    return stored.state == Credentials::State::Found ? stored.password : QString();
}

} // namespace

namespace commands {

int mail(const QStringList &args, QTextStream &out, QTextStream &err)
{
    MailOptions o;
    if (const QString problem = parse(args, o); !problem.isEmpty()) {
        err << Tr::tr("sabc mail: %1").arg(problem) << '\n'
            << Tr::tr("Usage: sabc mail results --database FILE --tournament YYYY-MM-DD "
                      "--smtp smtp://[USER@]HOST:PORT[?security=starttls|tls|none] [--dry-run]\n"
                      "       sabc mail standings --database FILE --season YEAR --smtp URL "
                      "[--dry-run]")
            << '\n';
        return exitUsage;
    }
    const bool dryRun = !o.dryRun.isEmpty();
    auto server = SmtpServer::fromUrl(o.smtp);
    if (!server) {
        err << Tr::tr("sabc mail: %1").arg(server.error()) << '\n';
        return exitUsage;
    }
    QDate date;
    int season = 0;
    if (o.kind == QLatin1String("results")) {
        date = QDate::fromString(o.tournament.trimmed(), Qt::ISODate);
        if (!date.isValid()) {
            err << Tr::tr("sabc mail: \"%1\" is not a date; write it as YYYY-MM-DD.")
                       .arg(o.tournament)
                << '\n';
            return exitUsage;
        }
    } else {
        bool ok = false;
        season = o.season.toInt(&ok);
        if (!ok || season < 1900 || season > 2200) {
            err << Tr::tr("sabc mail: \"%1\" is not a season; give a year like 2026.").arg(o.season)
                << '\n';
            return exitUsage;
        }
    }
    if (!QFileInfo(o.database).isFile()) {
        err << Tr::tr("sabc mail: there is no club database at \"%1\".")
                   .arg(QDir::toNativeSeparators(o.database))
            << '\n';
        return exitFailed;
    }
    // A dry run only reads; sending writes the outbox.
    auto opened = dryRun ? Store::openForReading(o.database) : Store::open(o.database);
    if (!opened) {
        err << Tr::tr("sabc mail: %1").arg(opened.error()) << '\n';
        return exitFailed;
    }
    Store &store = *opened.value();
    if (!store.hasClub()) {
        err << Tr::tr("sabc mail: \"%1\" holds no club yet.")
                   .arg(QDir::toNativeSeparators(o.database))
            << '\n';
        return exitFailed;
    }
    MailStore mails(&store);
    auto settings = mails.settings();
    if (!settings) {
        err << Tr::tr("sabc mail: %1").arg(settings.error()) << '\n';
        return exitFailed;
    }
    MailSettings s = settings.value();
    if (s.from.isEmpty() && server->user.contains(u'@'))
        s.from = server->user;
    if (s.from.isEmpty()) {
        err << Tr::tr("sabc mail: the club has no From address yet; set it in the window's Mailbox > "
                      "Club E-mail Settings (or use an address as the SMTP user).")
            << '\n';
        return exitFailed;
    }

    Result<ComposedMail> composed = Result<ComposedMail>::failure(QString());
    if (o.kind == QLatin1String("results")) {
        auto id = ReportBuilders::tournamentOn(store, date);
        if (!id) {
            err << Tr::tr("sabc mail: %1").arg(id.error()) << '\n';
            return exitFailed;
        }
        composed = MailComposer::results(store, s, id.value());
    } else {
        composed = MailComposer::standings(store, s, season);
    }
    if (!composed) {
        err << Tr::tr("sabc mail: %1").arg(composed.error()) << '\n';
        return exitFailed;
    }
    auto recipients = mails.recipients(composed->kind);
    if (!recipients) {
        err << Tr::tr("sabc mail: %1").arg(recipients.error()) << '\n';
        return exitFailed;
    }
    const int batchSize = s.batchSize;
    if (dryRun) {
        const qsizetype n = recipients->size();
        out << Tr::tr("%n recipient(s), as BCC in %1 message(s) of at most %2:", nullptr, int(n))
                   .arg((n + batchSize - 1) / batchSize)
                   .arg(batchSize)
            << '\n'
            << '\n'
            << Mime::readable(Mime::build(composed->content));
        return 0;
    }

    // The same mail stopped half way is finished, not written again.
    auto unfinished = mails.unfinished(composed->topic);
    if (!unfinished) {
        err << Tr::tr("sabc mail: %1").arg(unfinished.error()) << '\n';
        return exitFailed;
    }
    QString messageId = unfinished.value();
    if (!messageId.isEmpty()) {
        err << Tr::tr("sabc mail: finishing the same mail written earlier (%1); its batches "
                      "already sent or being sent are not sent again.")
                   .arg(composed->content.subject)
            << '\n';
    } else {
        auto queued = MailComposer::enqueue(store, composed.value(), batchSize);
        if (!queued) {
            err << Tr::tr("sabc mail: %1").arg(queued.error()) << '\n';
            return exitFailed;
        }
        messageId = queued.value();
    }
    const SendReport report = MailSender::send(store, server.value(), password(server.value()),
                                               messageId);
    out << Tr::tr("sent %1 to %2 recipients").arg(report.messages).arg(report.recipients) << '\n';
    if (report.interrupted > 0)
        err << Tr::tr("sabc mail: %n batch(es) were being sent when sabc stopped before; they are "
                      "not sent again (see Mailbox > Outbox and Sent in the window).",
                      nullptr, report.interrupted)
            << '\n';
    for (const QString &p : report.problems)
        err << Tr::tr("sabc mail: %1").arg(p) << '\n';
    if (!report.error.isEmpty()) {
        err << Tr::tr("sabc mail: %1").arg(report.error) << '\n'
            << Tr::tr("sabc mail: the rest waits in the outbox; run the same command again to "
                      "send it.")
            << '\n';
        return exitFailed;
    }
    return report.problems.isEmpty() ? 0 : exitFailed;
}

} // namespace commands
