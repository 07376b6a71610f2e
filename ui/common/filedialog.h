// FileDialog: every file dialog of the app goes through these functions, because a file dialog
// can cost the app its database locks. On Linux and macOS, closing any descriptor of a file
// drops every POSIX lock this process holds on it (SQLite's documented pitfall); Qt's file
// dialog and the desktop's own (GTK) open the files they list to guess their type, so showing the
// club's folder opened and closed club.sqlite, -wal and -shm. Another process (sabc report) then
// found the database unlocked and deleted the -wal and -shm the app still had open, and edits
// made after that were gone after a crash. These dialogs are Qt's own, with an icon provider
// that looks at file names only: nothing but SQLite opens the club file.
#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace FileDialog {

// A file to open, or empty when the user cancelled.
QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                     const QString &filter, QString *selectedFilter = nullptr);
// A file to save to, or empty when the user cancelled. `dir` may name the suggested file.
QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                     const QString &filter, QString *selectedFilter = nullptr,
                     QFileDialog::Options options = {});

// The dialog these functions show, not yet shown (for tests that look at it).
QFileDialog *create(QWidget *parent, const QString &caption, const QString &dir,
                    const QString &filter, QFileDialog::AcceptMode mode);

} // namespace FileDialog
