#include "sync/push.h"

#include "sync/acknowledge.h"
#include "sync/localdatabase.h"
#include "sync/rowformat.h"
#include "sync/serverconnection.h"
#include "sync/synclog.h"
#include "sync/syncrun.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Sync {

// One table's rows on their way to the server: pieces from their source (collected, or read from
// the outbox) gathered into batches.
class Batches
{
public:
    using Source = std::function<Status(QByteArray &piece, int &rows, bool &tableDone)>;
    Batches(Source source, int batchSize) : m_source(std::move(source)), m_batchSize(batchSize) {}

    // Gathers pieces until a batch is ready or the table has no more.
    Status fill()
    {
        while (!m_tableDone && m_rows < m_batchSize) {
            QByteArray piece;
            int rows = 0;
            if (Status s = m_source(piece, rows, m_tableDone); !s)
                return s;
            m_ready += piece;
            m_rows += rows;
        }
        return Status::success();
    }
    int rows() const { return m_rows; }
    // Takes the batch gathered so far.
    QByteArray take()
    {
        m_rows = 0;
        return std::exchange(m_ready, QByteArray());
    }
    // Reads the rest of the source, keeping nothing; gives how many rows it held.
    Status drain(int &rows)
    {
        while (!m_tableDone) {
            QByteArray ignored;
            int piece = 0;
            if (Status s = m_source(ignored, piece, m_tableDone); !s)
                return s;
            rows += piece;
        }
        return Status::success();
    }

private:
    Source m_source;
    int m_batchSize;
    bool m_tableDone = false;
    QByteArray m_ready;
    int m_rows = 0;
};

namespace {

// Rows per piece of a batch, and per local transaction while collecting.
constexpr int pieceRows = 5000;

// A server error about what was sent (data exceptions, broken rules): the rows that cause it are
// set aside one by one. Role refusals (42501) refuse a table as a whole instead.
bool refusedForItsData(const QString &state)
{
    return state.startsWith(QLatin1String("22")) || state.startsWith(QLatin1String("23")) ||
           state == QLatin1String("P0001");
}

} // namespace

Push::Push(Run &run, const QString &opId) : m_run(run), m_outbox(run.local), m_opId(opId) {}

Status Push::stopped(const QString &error)
{
    return Status::failure(tr("Sending the changes stopped: %1 Nothing was lost; they are sent "
                              "again at the next sync.")
                               .arg(error));
}

Status Push::lost(const QString &error)
{
    QSqlQuery rollback(m_run.server.database());
    if (!rollback.exec(QStringLiteral("ROLLBACK")))
        qCInfo(lcSync) << "rollback after a failed push:" << rollback.lastError().text();
    return stopped(error);
}

Status Push::resend(std::vector<OutboxGroup> groups, SyncReport &report)
{
    m_groups = std::move(groups);
    for (const OutboxGroup &g : m_groups)
        m_total += g.count;
    m_run.report(tr("Sending changes"), 0, m_total);
    if (Status s = m_run.server.command(QStringLiteral("BEGIN"), tr("start sending changes")); !s)
        return lost(s.error());
    auto answer = earlierAnswer();
    if (!answer)
        return lost(answer.error());
    if (!answer.value())
        return transfer(report);
    // A previous attempt reached the server; its answer was lost on the way back.
    qCInfo(lcSync).noquote() << "operation" << m_opId << "was already applied by the server";
    if (Status s = m_run.server.command(QStringLiteral("COMMIT"), tr("finish sending changes")); !s)
        return lost(s.error());
    return Acknowledgement(m_run, m_opId, m_groups).record(*answer.value(), report);
}

Status Push::sendNew(SyncReport &report)
{
    m_collecting = true;
    auto marked = m_outbox.markedCount();
    if (!marked)
        return Status::failure(marked.error());
    m_total = marked.value();
    m_run.report(tr("Sending changes"), 0, m_total);
    if (Status s = m_run.server.command(QStringLiteral("BEGIN"), tr("start sending changes")); !s)
        return lost(s.error());
    if (Status s = m_outbox.addOperation(m_opId); !s)
        return lost(s.error());
    return transfer(report);
}

Result<std::optional<QJsonObject>> Push::earlierAnswer()
{
    using R = Result<std::optional<QJsonObject>>;
    QSqlQuery seen(m_run.server.database());
    seen.prepare(QStringLiteral("SELECT coalesce(result::text, '{}') AS answer "
                                "FROM sabc.applied_ops WHERE op_id = CAST(? AS uuid)"));
    seen.addBindValue(m_opId);
    if (Status s = m_run.server.exec(seen, tr("check what the server already has")); !s)
        return R::failure(s.error());
    if (!seen.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(parseObject(seen.value(QStringLiteral("answer")).toString()));
}

// Records the operation on the server, streams every table's rows and commits with the answer.
Status Push::transfer(SyncReport &report)
{
    QSqlQuery mark(m_run.server.database());
    mark.prepare(QStringLiteral("INSERT INTO sabc.applied_ops (op_id) VALUES (CAST(? AS uuid))"));
    mark.addBindValue(m_opId);
    if (Status s = m_run.server.exec(mark, tr("record the changes on the server")); !s)
        return lost(s.error());
    if (Status s = m_run.server.command(
            QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS sabc_stage (id text NOT NULL, "
                           "d jsonb, s jsonb, b jsonb, del boolean NOT NULL, m bigint NOT NULL, "
                           "o text NOT NULL) ON COMMIT DROP"),
            tr("start sending changes"));
        !s)
        return lost(s.error());
    if (m_collecting) {
        auto tables = m_outbox.markedTables();
        if (!tables)
            return lost(tables.error());
        for (const QString &table : tables.value())
            m_groups.push_back({table, 0});
    }
    for (OutboxGroup &group : m_groups) {
        if (Status s = pushTable(group); !s)
            return lost(s.error());
    }
    const QJsonObject answer{{QStringLiteral("refused"), m_refused},
                             {QStringLiteral("conflicts"), m_conflicts},
                             {QStringLiteral("set_aside"), m_setAside}};
    if (Status s = commit(answer); !s)
        return s;
    return Acknowledgement(m_run, m_opId, m_groups).record(answer, report);
}

Status Push::pushTable(OutboxGroup &group)
{
    const QString &table = group.table;
    const QString what = tr("send the changes to %1").arg(SyncEngine::tableLabel(table));
    const int piece = std::min(pieceRows, m_run.batchSize);
    Collector collector;
    std::optional<OutboxReader> reader;
    if (!m_collecting)
        reader.emplace(m_run.local, m_opId, table);
    Batches batches(
        [&](QByteArray &out, int &rows, bool &tableDone) -> Status {
            if (reader)
                return reader->next(piece, out, rows, tableDone);
            Status s = m_outbox.collect(m_opId, table, collector, piece, out, rows);
            tableDone = collector.step == CollectStep::Done;
            return s;
        },
        m_run.batchSize);
    if (Status s = m_run.server.command(QStringLiteral("SAVEPOINT push_table"), what); !s)
        return s;
    QString refusal;
    if (Status s = batches.fill(); !s)
        return s;
    while (refusal.isEmpty() && batches.rows() > 0) {
        if (Status s = sendBatch(group, batches, refusal); !s)
            return s;
    }
    // A refused table's rows are all collected all the same, so they are marked again together.
    if (m_collecting && !refusal.isEmpty()) {
        group.count += batches.rows();
        if (Status s = batches.drain(group.count); !s)
            return s;
    }
    const QString end = refusal.isEmpty() ? QStringLiteral("RELEASE SAVEPOINT push_table")
                                          : QStringLiteral("ROLLBACK TO SAVEPOINT push_table");
    if (Status s = m_run.server.command(end, what); !s)
        return s;
    if (!refusal.isEmpty())
        m_refused.append(QJsonObject{{QStringLiteral("t"), table},
                                     {QStringLiteral("why"), refusal},
                                     {QStringLiteral("login"), m_run.url.user}});
    return Status::success();
}

Status Push::sendBatch(OutboxGroup &group, Batches &batches, QString &refusal)
{
    const QString &table = group.table;
    const QString what = tr("send the changes to %1").arg(SyncEngine::tableLabel(table));
    QElapsedTimer timer;
    timer.start();
    if (Status s = m_run.server.command(QStringLiteral("SAVEPOINT push_batch"), what); !s)
        return s;
    if (Status s = m_run.server.command(QStringLiteral("TRUNCATE pg_temp.sabc_stage"), what); !s)
        return s;
    const int batch = batches.rows();
    const QByteArray rows = batches.take();
    QByteArray sending = rows;
    if (m_collecting)
        group.count += batch;
    // Refused for what is in it: undone, and sent again row by row.
    auto oneByOne = [&]() -> Status {
        for (const QString &undo : {QStringLiteral("ROLLBACK TO SAVEPOINT push_batch"),
                                    QStringLiteral("RELEASE SAVEPOINT push_batch")})
            if (Status s = m_run.server.command(undo, what); !s)
                return s;
        return sendRowByRow(table, rows);
    };
    if (Status s = m_run.server.copyIn(
            QStringLiteral("COPY pg_temp.sabc_stage (id, d, s, b, del, m, o) FROM STDIN"),
            [&](QByteArray &out, bool &end) {
                out = std::move(sending);
                end = true;
                return Status::success();
            },
            what);
        !s) {
        if (!refusedForItsData(m_run.server.lastSqlState()))
            return s;
        if (Status r = oneByOne(); !r)
            return r;
        return batches.fill();
    }
    const qint64 copied = timer.elapsed();
    const QStringList fields = SyncEngine::conflictFields().value(table);
    if (Status s = m_run.server.send(
            QStringLiteral("SELECT sabc.push_staged($1, CAST($2 AS text[]))::text AS conflicts"),
            {table, QStringLiteral("{%1}").arg(fields.join(QLatin1Char(',')))}, what);
        !s)
        return s;
    const Status gathered = batches.fill();
    auto merged = m_run.server.receive(what);
    if (!gathered) {
        if (!merged)
            qCInfo(lcSync).noquote() << merged.error();
        return gathered;
    }
    if (!merged) {
        const QString state = m_run.server.lastSqlState();
        // Refused by the server's rules: a role not allowed to write the table undoes only this
        // table's rows; rows refused for what is in them are found one by one and set aside.
        if (state == QLatin1String("42501")) {
            refusal = tr("this login's role may not change them");
            return Status::success();
        }
        if (!refusedForItsData(state))
            return Status::failure(merged.error());
        return oneByOne();
    }
    if (merged.value().size() > 0)
        addConflicts(table,
                     merged.value().value(0, merged.value().column("conflicts")).toByteArray());
    if (Status s = m_run.server.command(QStringLiteral("RELEASE SAVEPOINT push_batch"), what); !s)
        return s;
    qCDebug(lcSync).noquote() << table << batch << "rows: copied in" << copied
                              << "ms, merged (while the next were gathered) in"
                              << timer.elapsed() - copied << "ms";
    m_done += batch;
    m_run.report(tr("Sending changes"), m_done, std::max(m_done, m_total));
    return Status::success();
}

void Push::addConflicts(const QString &table, const QByteArray &answer)
{
    for (const QJsonValue &c : QJsonDocument::fromJson(answer).array()) {
        QJsonObject o = c.toObject();
        o.insert(QStringLiteral("t"), table);
        m_conflicts.append(o);
    }
}

Status Push::sendRowByRow(const QString &table, const QByteArray &rows)
{
    const QString what = tr("send the changes to %1").arg(SyncEngine::tableLabel(table));
    const QStringList fields = SyncEngine::conflictFields().value(table);
    const QString fieldList = QStringLiteral("{%1}").arg(fields.join(QLatin1Char(',')));
    int done = 0;
    for (const QByteArray &line : rows.split('\n')) {
        if (line.isEmpty())
            continue;
        ++done;
        const QString id = QString::fromUtf8(line.left(line.indexOf('\t')));
        if (Status s = m_run.server.command(QStringLiteral("SAVEPOINT push_row"), what); !s)
            return s;
        if (Status s = m_run.server.command(QStringLiteral("TRUNCATE pg_temp.sabc_stage"), what);
            !s)
            return s;
        QByteArray one = line + '\n';
        Status s = m_run.server.copyIn(
            QStringLiteral("COPY pg_temp.sabc_stage (id, d, s, b, del, m, o) FROM STDIN"),
            [&](QByteArray &out, bool &end) {
                out = std::move(one);
                end = true;
                return Status::success();
            },
            what);
        auto merged = s ? m_run.server.fetch(QStringLiteral("SELECT sabc.push_staged($1, CAST($2 "
                                                            "AS text[]))::text AS conflicts"),
                                             {table, fieldList}, what)
                        : Result<PgRows>::failure(s.error());
        if (!merged) {
            const QString state = m_run.server.lastSqlState();
            if (!refusedForItsData(state) && state != QLatin1String("42501"))
                return Status::failure(merged.error());
            QString why = m_run.server.lastServerMessage();
            for (const QString &undo : {QStringLiteral("ROLLBACK TO SAVEPOINT push_row"),
                                        QStringLiteral("RELEASE SAVEPOINT push_row")})
                if (Status r = m_run.server.command(undo, what); !r)
                    return r;
            if (state == QLatin1String("22P05") || why.contains(QLatin1String("Unicode")))
                why = tr("it holds an invisible control character (such as NUL) that the server "
                         "cannot store; correct the text on this laptop");
            else if (why.isEmpty())
                why = merged.error();
            qCWarning(lcSync).noquote() << "the server refused" << table << id << ":" << why;
            m_setAside.append(QJsonObject{{QStringLiteral("t"), table},
                                          {QStringLiteral("id"), id},
                                          {QStringLiteral("why"), why}});
            continue;
        }
        if (merged.value().size() > 0)
            addConflicts(table,
                         merged.value().value(0, merged.value().column("conflicts")).toByteArray());
        if (Status r = m_run.server.command(QStringLiteral("RELEASE SAVEPOINT push_row"), what); !r)
            return r;
    }
    m_done += done;
    m_run.report(tr("Sending changes"), m_done, std::max(m_done, m_total));
    return Status::success();
}

// Keeps the answer with the operation's id on the server and commits.
Status Push::commit(const QJsonObject &answer)
{
    QSqlQuery save(m_run.server.database());
    save.prepare(QStringLiteral("UPDATE sabc.applied_ops SET result = CAST(? AS jsonb) "
                                "WHERE op_id = CAST(? AS uuid)"));
    save.addBindValue(compact(answer));
    save.addBindValue(m_opId);
    if (Status s = m_run.server.exec(save, tr("record the changes on the server")); !s)
        return lost(s.error());
    if (Status s = m_run.hook(SyncEngine::Hook::BeforePushCommit); !s)
        return lost(s.error());
    if (Status s = m_run.server.command(QStringLiteral("COMMIT"), tr("finish sending changes")); !s)
        return lost(s.error());
    qCDebug(lcSync) << "server committed the push";
    if (Status s = m_run.hook(SyncEngine::Hook::AfterPushCommit); !s)
        return stopped(s.error());
    return Status::success();
}

} // namespace Sync
