#include "commands/entrycommands.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUndoStack>

namespace {

Q_LOGGING_CATEGORY(lcCommands, "sabc.ui.commands")

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("EntryCommands", text, nullptr, n);
}

} // namespace

StoreCommand::StoreCommand(Store *store, const QString &text) : m_store(store)
{
    setText(text);
}

Status StoreCommand::push(QUndoStack *stack, StoreCommand *command)
{
    QString error;
    command->m_firstError = &error;
    if (stack) {
        stack->push(command); // deletes the command when its first redo failed
        if (error.isEmpty())
            command->m_firstError = nullptr;
    } else {
        command->redo();
        delete command;
    }
    return error.isEmpty() ? Status::success() : Status::failure(error);
}

void StoreCommand::fail(const QString &error)
{
    setObsolete(true); // the stack drops a command that could not be applied
    if (m_firstError) {
        *m_firstError = error;
        return;
    }
    qCWarning(lcCommands).noquote() << text() << error;
    if (m_onError)
        m_onError(error);
}

void StoreCommand::redo()
{
    Status s = m_store ? apply() : Status::failure(tr("The club database is closed."));
    m_firstRun = false;
    if (!s)
        fail(s.error());
}

void StoreCommand::undo()
{
    Status s = m_store ? revert() : Status::failure(tr("The club database is closed."));
    if (!s)
        fail(s.error());
}

// ---- entries --------------------------------------------------------------------------------

AddEntryCommand::AddEntryCommand(Store *store, const EntryRecord &entry)
    : StoreCommand(store, tr("Add %1").arg(entry.anglerName)), m_entry(entry)
{
}

Status AddEntryCommand::apply()
{
    if (m_entry.id.isEmpty())
        return TournamentStore(*store()).insertEntry(m_entry);
    return TournamentStore(*store()).restoreEntry(m_entry);
}

Status AddEntryCommand::revert()
{
    return TournamentStore(*store()).removeEntry(m_entry);
}

EditEntryCommand::EditEntryCommand(Store *store, const EntryRecord &before,
                                   const EntryRecord &after, const QString &text)
    : StoreCommand(store, text.isEmpty() ? tr("Change %1").arg(after.anglerName) : text),
      m_before(before), m_after(after)
{
}

Status EditEntryCommand::apply()
{
    return TournamentStore(*store()).updateEntry(m_after);
}

Status EditEntryCommand::revert()
{
    return TournamentStore(*store()).updateEntry(m_before);
}

DeleteEntriesCommand::DeleteEntriesCommand(Store *store, const QList<EntryRecord> &entries)
    : StoreCommand(store, entries.size() == 1 ? tr("Delete %1").arg(entries.first().anglerName)
                                              : tr("Delete %n entries", int(entries.size()))),
      m_entries(entries)
{
}

Status DeleteEntriesCommand::apply()
{
    return store()->transaction([&]() -> Status {
        for (const EntryRecord &e : std::as_const(m_entries))
            if (Status s = TournamentStore(*store()).removeEntry(e); !s)
                return s;
        return Status::success();
    });
}

Status DeleteEntriesCommand::revert()
{
    return store()->transaction([&]() -> Status {
        for (const EntryRecord &e : std::as_const(m_entries))
            if (Status s = TournamentStore(*store()).restoreEntry(e); !s)
                return s;
        return Status::success();
    });
}

// ---- boats ----------------------------------------------------------------------------------

AddBoatCommand::AddBoatCommand(Store *store, const BoatRecord &boat)
    : StoreCommand(store, tr("Pair a boat")), m_boat(boat)
{
}

Status AddBoatCommand::apply()
{
    if (m_boat.id.isEmpty())
        return TournamentStore(*store()).insertBoat(m_boat);
    return TournamentStore(*store()).restoreBoat(m_boat);
}

Status AddBoatCommand::revert()
{
    return TournamentStore(*store()).removeBoat(m_boat);
}

EditBoatCommand::EditBoatCommand(Store *store, const BoatRecord &before, const BoatRecord &after)
    : StoreCommand(store, tr("Change a boat")), m_before(before), m_after(after)
{
}

Status EditBoatCommand::apply()
{
    return TournamentStore(*store()).updateBoat(m_after);
}

Status EditBoatCommand::revert()
{
    return TournamentStore(*store()).updateBoat(m_before);
}

DeleteBoatCommand::DeleteBoatCommand(Store *store, const BoatRecord &boat)
    : StoreCommand(store, tr("Split a boat")), m_boat(boat)
{
}

Status DeleteBoatCommand::apply()
{
    return TournamentStore(*store()).removeBoat(m_boat);
}

Status DeleteBoatCommand::revert()
{
    return TournamentStore(*store()).restoreBoat(m_boat);
}

// ---- guests ---------------------------------------------------------------------------------

AddGuestCommand::AddGuestCommand(Store *store, const QString &name, const QString &phone)
    : StoreCommand(store, tr("Add guest %1").arg(name.simplified())), m_name(name), m_phone(phone)
{
}

Status AddGuestCommand::apply()
{
    if (m_id.isEmpty()) {
        auto id = TournamentStore(*store()).insertGuest(m_name, m_phone);
        if (!id)
            return Status::failure(id.error());
        m_id = id.value();
        return Status::success();
    }
    return TournamentStore(*store()).restoreRows(QStringLiteral("anglers"), {m_id});
}

Status AddGuestCommand::revert()
{
    return store()->remove(QStringLiteral("anglers"), m_id);
}
