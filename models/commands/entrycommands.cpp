#include "commands/entrycommands.h"

#include "roster/anglerstore.h"
#include "store/store.h"

// ---- entries --------------------------------------------------------------------------------

AddEntryCommand::AddEntryCommand(Store *store, const EntryRecord &entry)
    : CommandBase(store, tr("Add %1").arg(entry.anglerName)), m_entry(entry)
{
}

Status AddEntryCommand::doRedo()
{
    if (m_entry.id.isEmpty())
        return TournamentStore(*store()).insertEntry(m_entry);
    return TournamentStore(*store()).restoreEntry(m_entry);
}

Status AddEntryCommand::doUndo()
{
    return TournamentStore(*store()).removeEntry(m_entry);
}

EditEntryCommand::EditEntryCommand(Store *store, const EntryRecord &before,
                                   const EntryRecord &after)
    : CommandBase(store, tr("Change %1").arg(after.anglerName)), m_before(before), m_after(after)
{
}

Status EditEntryCommand::doRedo()
{
    return TournamentStore(*store()).updateEntry(m_after);
}

Status EditEntryCommand::doUndo()
{
    return TournamentStore(*store()).updateEntry(m_before);
}

DeleteEntriesCommand::DeleteEntriesCommand(Store *store, const QList<EntryRecord> &entries)
    : CommandBase(store, entries.size() == 1
                             ? tr("Delete %1").arg(entries.first().anglerName)
                             : tr("Delete %n entries", nullptr, int(entries.size()))),
      m_entries(entries)
{
}

Status DeleteEntriesCommand::doRedo()
{
    return store()->transaction([&]() -> Status {
        for (const EntryRecord &e : std::as_const(m_entries))
            if (Status s = TournamentStore(*store()).removeEntry(e); !s)
                return s;
        return Status::success();
    });
}

Status DeleteEntriesCommand::doUndo()
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
    : CommandBase(store, tr("Pair a boat")), m_boat(boat)
{
}

Status AddBoatCommand::doRedo()
{
    if (m_boat.id.isEmpty())
        return TournamentStore(*store()).insertBoat(m_boat);
    return TournamentStore(*store()).restoreBoat(m_boat);
}

Status AddBoatCommand::doUndo()
{
    return TournamentStore(*store()).removeBoat(m_boat);
}

namespace {
QString crewText(const QList<EntryRecord> &entries)
{
    QStringList names;
    for (const EntryRecord &e : entries)
        names.append(e.anglerName);
    return names.join(QStringLiteral(" & "));
}
} // namespace

AddTeamBoatCommand::AddTeamBoatCommand(Store *store, const QList<EntryRecord> &entries,
                                       const BoatRecord &boat)
    : CommandBase(store, tr("Add the boat of %1").arg(crewText(entries))), m_entries(entries),
      m_boat(boat)
{
}

Status AddTeamBoatCommand::doRedo()
{
    if (m_boat.id.isEmpty())
        return TournamentStore(*store()).insertTeamBoat(m_entries, m_boat);
    return TournamentStore(*store()).restoreTeamBoat(m_entries, m_boat);
}

Status AddTeamBoatCommand::doUndo()
{
    return TournamentStore(*store()).removeTeamBoat(m_entries, m_boat);
}

EditBoatCommand::EditBoatCommand(Store *store, const BoatRecord &before, const BoatRecord &after)
    : CommandBase(store, tr("Change a boat")), m_before(before), m_after(after)
{
}

Status EditBoatCommand::doRedo()
{
    return TournamentStore(*store()).updateBoat(m_after);
}

Status EditBoatCommand::doUndo()
{
    return TournamentStore(*store()).updateBoat(m_before);
}

DeleteBoatCommand::DeleteBoatCommand(Store *store, const BoatRecord &boat)
    : CommandBase(store, tr("Split a boat")), m_boat(boat)
{
}

Status DeleteBoatCommand::doRedo()
{
    return TournamentStore(*store()).removeBoat(m_boat);
}

Status DeleteBoatCommand::doUndo()
{
    return TournamentStore(*store()).restoreBoat(m_boat);
}

// ---- guests ---------------------------------------------------------------------------------

AddGuestCommand::AddGuestCommand(Store *store, const QString &name, const QString &phone)
    : CommandBase(store, tr("Add guest %1").arg(name.simplified())), m_name(name), m_phone(phone)
{
}

Status AddGuestCommand::doRedo()
{
    if (m_id.isEmpty()) {
        auto id = AnglerStore(store()).insertGuest(m_name, m_phone);
        if (!id)
            return Status::failure(id.error());
        m_id = id.value();
        return Status::success();
    }
    return TournamentStore(*store()).restoreRows(QStringLiteral("anglers"), {m_id});
}

Status AddGuestCommand::doUndo()
{
    return store()->remove(QStringLiteral("anglers"), m_id);
}
