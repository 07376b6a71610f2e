#include "mail/mailstore.h"

#include "core/clubrules.h"
#include "mail/smtpclient.h"
#include "store/query.h"
#include "store/store.h"

#include <QRegularExpression>

namespace {

bool isAddress(const QString &address)
{
    static const QRegularExpression shape(
        QStringLiteral("^[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>.\"]+$"));
    return address.size() <= 254 && shape.match(address).hasMatch();
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong());
}

} // namespace

int OutboxMessage::recipients() const
{
    int n = 0;
    for (const OutboxBatch &b : batches)
        n += int(b.recipients.size());
    return n;
}

int OutboxMessage::recipientsIn(const QString &state) const
{
    int n = 0;
    for (const OutboxBatch &b : batches)
        if (b.state == state)
            n += int(b.recipients.size());
    return n;
}

QString OutboxMessage::state() const
{
    bool waiting = false, sending = false, failed = false;
    for (const OutboxBatch &b : batches) {
        waiting = waiting || b.state == QLatin1String("waiting");
        sending = sending || b.state == QLatin1String("sending");
        failed = failed || b.state == QLatin1String("failed") || b.state == QLatin1String("unknown");
    }
    if (cancelled && !sending)
        return QStringLiteral("cancelled");
    if (sending)
        return QStringLiteral("sending");
    if (waiting)
        return QStringLiteral("waiting");
    if (failed)
        return QStringLiteral("failed");
    return QStringLiteral("sent");
}

QString OutboxMessage::problem() const
{
    for (const OutboxBatch &b : batches)
        if (b.state != QLatin1String("sent") && !b.answer.isEmpty())
            return b.answer;
    return QString();
}

QDateTime OutboxMessage::sentAt() const
{
    QDateTime last;
    for (const OutboxBatch &b : batches)
        if (b.sentAt.isValid() && (!last.isValid() || b.sentAt > last))
            last = b.sentAt;
    return last;
}

MailStore::MailStore(Store *store) : m_store(store) {}

QString MailStore::kindName(MailKind kind)
{
    switch (kind) {
    case MailKind::Results:
        return QStringLiteral("results");
    case MailKind::Standings:
        return QStringLiteral("standings");
    case MailKind::News:
        return QStringLiteral("news");
    case MailKind::Test:
        return QStringLiteral("test");
    }
    return QString();
}

Result<MailSettings> MailStore::settings() const
{
    Query q(m_store->database(), QStringLiteral("SELECT key, value FROM mail_settings"));
    if (Status s = q.exec(tr("read the mail settings")); !s)
        return Result<MailSettings>::failure(s.error());
    MailSettings m;
    while (q.next()) {
        const QString key = q.value("key").toString();
        const QString value = q.value("value").toString();
        if (key == QLatin1String("host"))
            m.host = value;
        else if (key == QLatin1String("port"))
            m.port = value.toInt();
        else if (key == QLatin1String("security"))
            m.security = value;
        else if (key == QLatin1String("user"))
            m.user = value;
        else if (key == QLatin1String("from"))
            m.from = value;
        else if (key == QLatin1String("reply_to"))
            m.replyTo = value;
        else if (key == QLatin1String("batch_size"))
            m.batchSize = std::clamp(value.toInt(), 1, 1000);
    }
    return m;
}

Status MailStore::check(const MailSettings &m)
{
    SmtpServer server;
    server.host = m.host.trimmed();
    server.port = m.port;
    const auto security = SmtpServer::securityFromName(m.security);
    if (!security)
        return Status::failure(tr("Choose STARTTLS, TLS or none as the security."));
    server.security = *security;
    if (Status s = server.check(); !s)
        return s;
    if (!isAddress(m.from.trimmed()))
        return Status::failure(
            tr("Enter the club's address as From (like secretary@example.org)."));
    if (ClubRules::isPlaceholderEmail(m.from))
        return Status::failure(tr("%1 is a placeholder address; enter one that receives mail.")
                                   .arg(m.from.trimmed()));
    if (m.batchSize < 1 || m.batchSize > 1000)
        return Status::failure(tr("Recipients per message must be from 1 to 1000."));
    if (!m.replyTo.trimmed().isEmpty() && !isAddress(m.replyTo.trimmed()))
        return Status::failure(tr("\"%1\" is not an e-mail address (Reply-To).").arg(m.replyTo));
    return Status::success();
}

Status MailStore::setSettings(const MailSettings &m)
{
    if (Status s = check(m); !s)
        return s;
    return m_store->transaction([&]() -> Status {
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("host"), m.host.trimmed()},
            {QStringLiteral("port"), QString::number(m.port)},
            {QStringLiteral("security"), m.security},
            {QStringLiteral("user"), m.user.trimmed()},
            {QStringLiteral("from"), m.from.trimmed()},
            {QStringLiteral("reply_to"), m.replyTo.trimmed()},
            {QStringLiteral("batch_size"), QString::number(m.batchSize)},
        };
        for (const auto &[key, value] : values) {
            Query q(m_store->database(),
                    QStringLiteral("INSERT OR REPLACE INTO mail_settings (key, value) VALUES (?, ?)"));
            q.bind(key).bind(value.isNull() ? QStringLiteral("") : value);
            if (Status s = q.exec(tr("store the mail settings")); !s)
                return s;
        }
        return Status::success();
    });
}

Result<QStringList> MailStore::recipients(MailKind kind) const
{
    using R = Result<QStringList>;
    QString wants;
    if (kind == MailKind::Results || kind == MailKind::Standings)
        wants = QStringLiteral(" AND mail_results = 1");
    else if (kind == MailKind::News)
        wants = QStringLiteral(" AND mail_news = 1");
    Query q(m_store->database(),
            QStringLiteral("SELECT email FROM anglers WHERE deleted = 0 AND merged_into IS NULL "
                           "AND inactive = 0 AND email IS NOT NULL AND email_opt_in = 1%1 "
                           "ORDER BY lower(email)")
                .arg(wants));
    if (Status s = q.exec(tr("read who gets the club's e-mail")); !s)
        return R::failure(s.error());
    QStringList out;
    QSet<QString> seen;
    while (q.next()) {
        const QString email = q.value("email").toString().trimmed();
        if (!isAddress(email) || ClubRules::isPlaceholderEmail(email))
            continue;
        if (seen.contains(email.toLower()))
            continue;
        seen.insert(email.toLower());
        out << email;
    }
    return out;
}

Result<QString> MailStore::enqueue(MailKind kind, const QString &topic, const QString &subject,
                                   const QString &sender, const QByteArray &mime,
                                   const QStringList &recipients, int batchSize)
{
    using R = Result<QString>;
    if (recipients.isEmpty())
        return R::failure(tr("Nobody would get this message: no one on the roster has opted in "
                             "with a real e-mail address."));
    batchSize = std::max(1, batchSize);
    const QString id = Store::newId();
    Status s = m_store->transaction([&]() -> Status {
        Query m(m_store->database(),
                QStringLiteral("INSERT INTO mail_messages (id, kind, topic, subject, mime, sender, "
                               "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        m.bind(id).bind(kindName(kind)).bind(topic).bind(subject).bind(mime).bind(sender).bind(
            now());
        if (Status e = m.exec(tr("put the message in the outbox")); !e)
            return e;
        for (qsizetype i = 0, seq = 1; i < recipients.size(); i += batchSize, ++seq) {
            Query b(m_store->database(),
                    QStringLiteral("INSERT INTO mail_batches (message_id, seq, recipients) "
                                   "VALUES (?, ?, ?)"));
            b.bind(id).bind(int(seq)).bind(recipients.mid(i, batchSize).join(u'\n'));
            if (Status e = b.exec(tr("put the message in the outbox")); !e)
                return e;
        }
        return Status::success();
    });
    if (!s)
        return R::failure(s.error());
    return id;
}

Result<QList<OutboxMessage>> MailStore::messages(const QString &id) const
{
    using R = Result<QList<OutboxMessage>>;
    Query q(m_store->database(),
            QStringLiteral("SELECT id, kind, topic, subject, sender, created_at, cancelled "
                           "FROM mail_messages %1 ORDER BY created_at DESC, rowid DESC")
                .arg(id.isEmpty() ? QString() : QStringLiteral("WHERE id = ?")));
    if (!id.isEmpty())
        q.bind(id);
    if (Status s = q.exec(tr("read the outbox")); !s)
        return R::failure(s.error());
    QList<OutboxMessage> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        OutboxMessage m;
        m.id = q.value("id").toString();
        m.kind = q.value("kind").toString();
        m.topic = q.value("topic").toString();
        m.subject = q.value("subject").toString();
        m.sender = q.value("sender").toString();
        m.createdAt = fromSecs(q.value("created_at"));
        m.cancelled = q.value("cancelled").toInt() != 0;
        index.insert(m.id, out.size());
        out << m;
    }
    Query b(m_store->database(),
            QStringLiteral("SELECT message_id, seq, recipients, state, attempts, last_attempt, "
                           "sent_at, answer FROM mail_batches %1 ORDER BY message_id, seq")
                .arg(id.isEmpty() ? QString() : QStringLiteral("WHERE message_id = ?")));
    if (!id.isEmpty())
        b.bind(id);
    if (Status s = b.exec(tr("read the outbox")); !s)
        return R::failure(s.error());
    while (b.next()) {
        const auto at = index.constFind(b.value("message_id").toString());
        if (at == index.constEnd())
            continue;
        OutboxBatch batch;
        batch.seq = b.value("seq").toInt();
        batch.recipients = b.value("recipients").toString().split(u'\n', Qt::SkipEmptyParts);
        batch.state = b.value("state").toString();
        batch.attempts = b.value("attempts").toInt();
        batch.lastAttempt = fromSecs(b.value("last_attempt"));
        batch.sentAt = fromSecs(b.value("sent_at"));
        batch.answer = b.value("answer").toString();
        out[*at].batches << batch;
    }
    return out;
}

Result<QByteArray> MailStore::mime(const QString &messageId) const
{
    Query q(m_store->database(), QStringLiteral("SELECT mime FROM mail_messages WHERE id = ?"));
    if (Status s = q.bind(messageId).exec(tr("read the message")); !s)
        return Result<QByteArray>::failure(s.error());
    if (!q.next())
        return Result<QByteArray>::failure(tr("That message is no longer in the outbox."));
    return q.value("mime").toByteArray();
}

Result<QString> MailStore::unfinished(const QString &topic) const
{
    Query q(m_store->database(),
            QStringLiteral("SELECT m.id AS id FROM mail_messages m WHERE m.topic = ? AND "
                           "m.cancelled = 0 AND EXISTS (SELECT 1 FROM mail_batches b WHERE "
                           "b.message_id = m.id AND b.state <> 'sent') "
                           "ORDER BY m.created_at DESC, m.rowid DESC LIMIT 1"));
    if (Status s = q.bind(topic).exec(tr("read the outbox")); !s)
        return Result<QString>::failure(s.error());
    return q.next() ? q.value("id").toString() : QString();
}

Result<std::optional<std::pair<QString, int>>> MailStore::nextWaiting(const QString &messageId) const
{
    using R = Result<std::optional<std::pair<QString, int>>>;
    Query q(m_store->database(),
            QStringLiteral("SELECT b.message_id AS id, b.seq AS seq FROM mail_batches b "
                           "JOIN mail_messages m ON m.id = b.message_id "
                           "WHERE b.state = 'waiting' AND m.cancelled = 0 %1 "
                           "ORDER BY m.created_at, m.rowid, b.seq LIMIT 1")
                .arg(messageId.isEmpty() ? QString() : QStringLiteral("AND m.id = ?")));
    if (!messageId.isEmpty())
        q.bind(messageId);
    if (Status s = q.exec(tr("read the outbox")); !s)
        return R::failure(s.error());
    if (!q.next())
        return std::optional<std::pair<QString, int>>();
    return std::optional<std::pair<QString, int>>(
        std::pair{q.value("id").toString(), q.value("seq").toInt()});
}

Result<bool> MailStore::claim(const QString &messageId, int seq)
{
    Query q(m_store->database(),
            QStringLiteral("UPDATE mail_batches SET state = 'sending', attempts = attempts + 1, "
                           "last_attempt = ? WHERE message_id = ? AND seq = ? AND state = 'waiting'"));
    if (Status s = q.bind(now()).bind(messageId).bind(seq).exec(tr("mark the batch as being sent"));
        !s)
        return Result<bool>::failure(s.error());
    return q.rowsAffected() == 1;
}

Status MailStore::finish(const QString &messageId, int seq, const QString &state,
                         const QString &answer)
{
    return m_store->transaction([&]() -> Status {
        Query q(m_store->database(),
                QStringLiteral("UPDATE mail_batches SET state = ?, answer = ?, sent_at = "
                               "CASE WHEN ? = 'sent' THEN ? ELSE sent_at END "
                               "WHERE message_id = ? AND seq = ?"));
        q.bind(state).bind(answer).bind(state).bind(now()).bind(messageId).bind(seq);
        return q.exec(tr("record how the batch went"));
    });
}

Status MailStore::retry(const QString &messageId)
{
    return m_store->transaction([&]() -> Status {
        Query q(m_store->database(),
                QStringLiteral("UPDATE mail_batches SET state = 'waiting' WHERE message_id = ? "
                               "AND state IN ('failed', 'unknown', 'sending')"));
        if (Status s = q.bind(messageId).exec(tr("put the message back in the outbox")); !s)
            return s;
        Query m(m_store->database(),
                QStringLiteral("UPDATE mail_messages SET cancelled = 0 WHERE id = ?"));
        return m.bind(messageId).exec(tr("put the message back in the outbox"));
    });
}

Status MailStore::cancel(const QString &messageId)
{
    Query m(m_store->database(), QStringLiteral("UPDATE mail_messages SET cancelled = 1 WHERE id = ?"));
    return m.bind(messageId).exec(tr("cancel the message"));
}

Result<bool> MailStore::hasWaiting() const
{
    auto next = nextWaiting(QString());
    if (!next)
        return Result<bool>::failure(next.error());
    return next->has_value();
}
