// models/mail/: e-mail to the members from the secretary's laptop (#16): the SMTP client
// (smtpclient.h), the MIME text (mimemessage.h), this file's store of the mail settings, the
// recipients and the outbox, what each kind of mail says (mailcomposer.h) and the sending of the
// outbox (mailsender.h). Library sabc_mail (Qt Network); no widgets, no keychain.
//
// MailStore: the tables of step 8 (store/migrations.cpp). The settings and the outbox are this
// laptop's own (never synced: another officer's laptop has its own account, and a synced outbox
// would be sent by two laptops); the people's choices are columns of the synced anglers.
//
// The outbox: a message (mail_messages) is written once, whole (MIME text, PDF included), so a
// message written at the ramp waits offline; its recipients are split into batches of at most
// `batchSize` BCC addresses (mail_batches), each sent as its own SMTP message. A batch goes
// waiting -> sending -> sent, or back to waiting (the server could not be reached or answered
// "try later"), or failed (the server refused it for good), or unknown. See mailsender.h for why
// a batch that was being sent when the app stopped is never sent again by itself.
#pragma once

#include "core/result.h"
#include "mail/mimemessage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class Store;

// The club's mail account on this laptop (Mailbox > Club E-mail Settings...). No password here.
struct MailSettings
{
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls"); // starttls, tls, none
    QString user;
    QString from;    // the club's address; also To: of every message
    QString replyTo; // empty: replies go to From
    int batchSize = 50; // BCC recipients per message (mail providers limit it)
    bool operator==(const MailSettings &) const = default;
    bool complete() const { return !host.trimmed().isEmpty() && !from.trimmed().isEmpty(); }
};

enum class MailKind { Results, Standings, News, Test };

struct OutboxBatch
{
    int seq = 0;
    QStringList recipients;
    QString state; // waiting, sending, sent, failed, unknown
    int attempts = 0;
    QDateTime lastAttempt;
    QDateTime sentAt;
    QString answer; // the server's last answer, or why it failed
};

struct OutboxMessage
{
    QString id;
    QString kind;
    QString topic;
    QString subject;
    QString sender;
    QDateTime createdAt;
    bool cancelled = false;
    QList<OutboxBatch> batches;

    int recipients() const;
    int recipientsIn(const QString &state) const;
    // waiting (something left to send), sending, sent, failed (refused or unknown, nothing left
    // waiting), cancelled.
    QString state() const;
    // The last answer of a batch that did not go, or empty.
    QString problem() const;
    QDateTime sentAt() const; // of the last batch sent
};

class MailStore
{
    Q_DECLARE_TR_FUNCTIONS(MailStore)
public:
    static constexpr int defaultBatchSize = 50;

    explicit MailStore(Store *store);

    Result<MailSettings> settings() const;
    Status setSettings(const MailSettings &settings);
    // Checks a settings form: host, port, security, the addresses. Names the first problem.
    static Status check(const MailSettings &settings);

    // Who gets this kind of mail: people on the roster (not inactive, not merged or deleted)
    // who opted in to e-mail and to the kind, with a real address (never a placeholder
    // @sabc.com / @saustinbc.com one). Sorted, each address once.
    Result<QStringList> recipients(MailKind kind) const;

    // Puts a message in the outbox, its recipients in batches; one transaction. Returns its id.
    Result<QString> enqueue(MailKind kind, const QString &topic, const QString &subject,
                            const QString &sender, const QByteArray &mime,
                            const QStringList &recipients, int batchSize = defaultBatchSize);
    // Every message, newest first; `id` set: that one only.
    Result<QList<OutboxMessage>> messages(const QString &id = QString()) const;
    Result<QByteArray> mime(const QString &messageId) const;
    // The newest message of `topic` with batches not yet sent and not cancelled, or empty.
    Result<QString> unfinished(const QString &topic) const;

    // The next batch waiting, oldest message first (of `messageId` when given): (id, seq).
    Result<std::optional<std::pair<QString, int>>> nextWaiting(const QString &messageId) const;
    // waiting -> sending, committed before the server hears of it. False: someone else took it.
    Result<bool> claim(const QString &messageId, int seq);
    // The end of a batch: sent, failed, unknown or waiting again, with the server's answer.
    Status finish(const QString &messageId, int seq, const QString &state, const QString &answer);
    // Failed and unknown batches of a message back to waiting (Retry); one transaction.
    Status retry(const QString &messageId);
    Status cancel(const QString &messageId);
    // Whether anything waits to be sent.
    Result<bool> hasWaiting() const;

    static QString kindName(MailKind kind);

private:
    QPointer<Store> m_store;
};
