#include "commands/commandbase.h"

#include "store/store.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcCommands, "sabc.ui.commands")
}

CommandBase::CommandBase(Store *store, const QString &text) : m_store(store)
{
    setText(text);
}

commands::EditStatus CommandBase::firstRun(commands::ErrorHandler onError)
{
    m_onError = std::move(onError);
    if (!m_store)
        return Status::failure(tr("The club database is closed."));
    Result<bool> work = workToBeDone();
    if (!work)
        return Status::failure(work.error());
    if (!work.value())
        return {Status::failure(tr("Nothing was changed.")), true};
    Status s = doRedo();
    m_skipNextRedo = s.ok();
    return s;
}

void CommandBase::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    Status s = m_store ? doRedo() : Status::failure(tr("The club database is closed."));
    if (!s)
        fail(tr("Could not redo \"%1\": %2").arg(text(), s.error()));
}

void CommandBase::undo()
{
    Status s = m_store ? doUndo() : Status::failure(tr("The club database is closed."));
    if (!s)
        fail(tr("Could not undo \"%1\": %2").arg(text(), s.error()));
}

void CommandBase::fail(const QString &message)
{
    setObsolete(true); // the stack drops a command that could not be undone or redone
    qCWarning(lcCommands).noquote() << message;
    if (m_onError)
        m_onError(message);
}
