#include "mail/mailcomposer.h"

#include "reports/report.h"
#include "reports/reportbuilders.h"
#include "store/store.h"
#include "tournaments/tournamentstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace {

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    QTextCursor c = cell.firstCursorPosition();
    c.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return c.selectedText().replace(QChar::ParagraphSeparator, u' ').simplified();
}

bool looksNumeric(const QString &text)
{
    static const QRegularExpression number(QStringLiteral("^[-$€]?[0-9][0-9.,]*( ?[a-z%]{0,3})?$"));
    return number.match(text).hasMatch();
}

QString tableText(QTextTable *table)
{
    const int rows = table->rows(), columns = table->columns();
    QList<QStringList> cells(rows);
    QList<qsizetype> widths(columns, 0);
    QList<bool> numeric(columns, true);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QString text = cellText(table, r, c);
            cells[r] << text;
            widths[c] = std::max(widths[c], text.size());
            if (r > 0 && !text.isEmpty() && !looksNumeric(text))
                numeric[c] = false;
        }
    }
    QString out;
    for (int r = 0; r < rows; ++r) {
        QString line;
        for (int c = 0; c < columns; ++c) {
            const QString &text = cells[r][c];
            if (c > 0)
                line += QStringLiteral("  ");
            line += numeric[c] && r > 0 ? text.rightJustified(widths[c]) : text.leftJustified(widths[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line.isEmpty() ? QString() : line + u'\n';
        if (r == 0) {
            qsizetype width = 0;
            for (qsizetype w : widths)
                width += w + 2;
            out += QString(std::max<qsizetype>(width - 2, 3), u'-') + u'\n';
        }
    }
    return out;
}

QString frameText(QTextFrame *frame)
{
    QString out;
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child))
                out += tableText(table) + u'\n';
            else
                out += frameText(child);
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QString text = block.text().replace(QChar::LineSeparator, u'\n').trimmed();
        if (text.isEmpty())
            continue;
        if (block.blockFormat().headingLevel() > 0) {
            if (!out.isEmpty() && !out.endsWith(QStringLiteral("\n\n")))
                out += u'\n';
            out += text + u'\n' +
                   QString(text.size(), block.blockFormat().headingLevel() == 1 ? u'=' : u'-') +
                   u'\n';
        } else {
            out += text + u'\n';
        }
    }
    return out;
}

Result<QByteArray> pdfOf(const Report &report)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return Result<QByteArray>::failure(
            MailComposer::tr("Could not make a temporary folder for the PDF: %1")
                .arg(dir.errorString()));
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    if (Status s = report.writePdf(path); !s)
        return Result<QByteArray>::failure(s.error());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            MailComposer::tr("Could not read the PDF back: %1").arg(file.errorString()));
    return file.readAll();
}

QString footer()
{
    return MailComposer::tr(
        "\n--\nYou get the club's e-mail because you asked for it. To stop it, or to get only "
        "some of it, reply to this message and the secretary will change it.\n");
}

MailContent base(Store &store, const MailSettings &settings)
{
    MailContent c;
    c.fromAddress = settings.from.trimmed();
    c.fromName = store.club().name;
    c.replyTo = settings.replyTo.trimmed();
    c.date = QDateTime::currentDateTime();
    return c;
}

Result<ComposedMail> withReport(Store &store, const MailSettings &settings, MailKind kind,
                                const QString &topic, const QString &subject,
                                const QString &intro, const Report &report)
{
    ComposedMail mail;
    mail.kind = kind;
    mail.topic = topic;
    mail.content = base(store, settings);
    mail.content.subject = subject;
    mail.content.text = intro + QStringLiteral("\n\n") + MailComposer::plainText(report) +
                        MailComposer::tr("The same, ready to print, is attached (%1.pdf).")
                            .arg(report.baseName()) +
                        u'\n' + footer();
    auto pdf = pdfOf(report);
    if (!pdf)
        return Result<ComposedMail>::failure(pdf.error());
    mail.content.attachments << MailAttachment{report.baseName() + QStringLiteral(".pdf"),
                                               "application/pdf", pdf.value()};
    return mail;
}

} // namespace

QString MailComposer::plainText(const Report &report)
{
    const auto doc = report.toDocument();
    QString text = frameText(doc->rootFrame());
    while (text.contains(QStringLiteral("\n\n\n")))
        text.replace(QStringLiteral("\n\n\n"), QStringLiteral("\n\n"));
    return text.trimmed() + u'\n';
}

Result<ComposedMail> MailComposer::results(Store &store, const MailSettings &settings,
                                           const QString &tournamentId)
{
    auto t = TournamentStore(store).tournament(tournamentId);
    if (!t)
        return Result<ComposedMail>::failure(t.error());
    if (t->cancelled)
        return Result<ComposedMail>::failure(
            tr("%1 was cancelled; there are no results to send.").arg(t->name));
    if (!t->completed)
        return Result<ComposedMail>::failure(
            tr("The results of %1 are not final yet; finalize them on the Weigh-in page first.")
                .arg(t->name));
    auto report = ReportBuilders::results(store, tournamentId);
    if (!report)
        return Result<ComposedMail>::failure(report.error());
    const QLocale locale;
    return withReport(store, settings, MailKind::Results,
                      QStringLiteral("results:%1").arg(t->date.toString(Qt::ISODate)),
                      tr("%1: results of %2, %3")
                          .arg(store.club().name, t->name,
                               locale.toString(t->date, QLocale::ShortFormat)),
                      tr("The results of %1 on %2: the standings of the day, big bass and "
                         "payouts.")
                          .arg(t->name, locale.toString(t->date, QLocale::LongFormat)),
                      report.value());
}

Result<ComposedMail> MailComposer::standings(Store &store, const MailSettings &settings, int season)
{
    auto report = ReportBuilders::standings(store, season);
    if (!report)
        return Result<ComposedMail>::failure(report.error());
    return withReport(store, settings, MailKind::Standings,
                      QStringLiteral("standings:%1").arg(season),
                      tr("%1: Angler of the Year standings %2").arg(store.club().name).arg(season),
                      tr("The Angler of the Year standings of %1 so far.").arg(season),
                      report.value());
}

Result<ComposedMail> MailComposer::news(Store &store, const MailSettings &settings,
                                        const QString &subject, const QString &text)
{
    if (subject.simplified().isEmpty())
        return Result<ComposedMail>::failure(tr("Write a subject for the news."));
    if (text.trimmed().isEmpty())
        return Result<ComposedMail>::failure(tr("Write the news itself."));
    if (Store::controlCharacterAt(subject) >= 0 || Store::controlCharacterAt(text) >= 0)
        return Result<ComposedMail>::failure(
            tr("The news holds invisible control characters; type it again or paste it as plain "
               "text."));
    ComposedMail mail;
    mail.kind = MailKind::News;
    mail.topic = QStringLiteral("news:") + subject.simplified();
    mail.content = base(store, settings);
    mail.content.subject = subject.simplified();
    mail.content.text = text.trimmed() + u'\n' + footer();
    return mail;
}

ComposedMail MailComposer::test(const MailSettings &settings, const QString &clubName)
{
    ComposedMail mail;
    mail.kind = MailKind::Test;
    mail.topic = QStringLiteral("test");
    mail.content.fromAddress = settings.from.trimmed();
    mail.content.fromName = clubName;
    mail.content.replyTo = settings.replyTo.trimmed();
    mail.content.date = QDateTime::currentDateTime();
    mail.content.subject = tr("Test message from SABC Tournament Manager");
    mail.content.text = tr("This is a test of the club's e-mail settings (server %1, port %2). "
                           "If you read this, the members' mail will go out the same way.\n")
                            .arg(settings.host)
                            .arg(settings.port);
    return mail;
}

Result<QString> MailComposer::enqueue(Store &store, const ComposedMail &mail, int batchSize)
{
    MailStore mails(&store);
    auto to = mails.recipients(mail.kind);
    if (!to)
        return Result<QString>::failure(to.error());
    return mails.enqueue(mail.kind, mail.topic, mail.content.subject, mail.content.fromAddress,
                         Mime::build(mail.content), to.value(), batchSize);
}
