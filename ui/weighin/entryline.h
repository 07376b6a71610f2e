// EntryLine: the keyboard-first line at the top of the weigh-in sheet. Type part of a name: the
// roster is searched as you type (members first, with member/guest and dues status); Up/Down pick,
// Enter takes the angler (or, for a name not on the roster, opens the inline walk-up guest form).
// Then fish (Tab moves on; the field never jumps by itself, so no weight lands elsewhere), weight
// (every Weight::parse syntax), big bass, dead, minutes late, boat partner; Ctrl+B buy-in, Ctrl+D
// DQ; Enter anywhere commits the row and starts the next. In paper tournaments the fish lengths
// replace fish and weight (the chart weight of each fish is shown beside them) and Big bass takes
// a big bass weighed on the scale. In team format the line is one boat: boater, partner (a roster
// name, or empty: alone), the boat's fish, team weight, big bass, dead, DQ. Errors block the
// commit and save nothing; warnings ask once.
#pragma once

#include "core/result.h"
#include "roster/anglerstore.h"
#include "tournaments/tournamentstore.h"

#include <QFrame>
#include <QPointer>

#include <functional>
#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;
class ScaleReader;
class Store;
class WeighInModel;

class EntryLine : public QFrame
{
    Q_OBJECT
public:
    EntryLine(WeighInModel *sheet, QUndoStack *undoStack, QWidget *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // The scale (Weigh-in > Scale…): with Weight (or Big bass) focused and empty, the next bag the
    // scale captures fills it, marked as read from the scale; typing over it makes it typed.
    // A bag on the scale before the field is focused fills it when focused, while it stays on
    // the scale; a bag is used once, and a line saved or dropped forgets it.
    void setScale(ScaleReader *scale);
    QLabel *scaleStatus() const { return m_scaleStatus; }
    bool weightFromScale() const { return m_grossFromScale; }
    bool bigBassFromScale() const { return m_bigBassFromScale; }
    // Reads the roster again (after a store or tournament change).
    void refreshRoster();
    // Asked before saving an entry with warnings; true saves. Default: a message box.
    void setConfirmHandler(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // Commits the line as a new entry. On success the line is cleared for the next angler.
    Status commit();
    void clear();
    // Nothing typed or chosen: Ctrl+Z then undoes the last saved entry.
    bool isEmpty() const;
    void focusAngler();
    void toggleBuyIn();
    void toggleDq();

    QLineEdit *anglerEdit() const { return m_angler; }
    QListWidget *matchList() const { return m_matches; }
    QLineEdit *fishEdit() const { return m_fish; }
    QLineEdit *weightEdit() const { return m_weight; }
    QLineEdit *bigBassEdit() const { return m_bigBass; }
    QLineEdit *lengthsEdit() const { return m_lengths; }
    // The partner field of the format shown (team format: right after the boater).
    QLineEdit *partnerEdit() const { return isTeam() ? m_boatPartner : m_partner; }
    QLineEdit *deadEdit() const { return m_dead; }
    QFrame *guestPanel() const { return m_guestPanel; }
    QLineEdit *guestPhoneEdit() const { return m_guestPhone; }
    QLabel *messageLabel() const { return m_message; }
    QString chosenAnglerId() const { return m_chosen.id; }

signals:
    // A row was committed (entry id) — the page selects it.
    void committed(const QString &entryId);
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateMatches();
    void fitWidths();
    // Partner, buy-in, DQ and Add at the end of the row, or under it when the row is too wide.
    void placeRest();
    void chooseCurrentMatch();
    void choose(const AnglerChoice &choice);
    void openGuestPanel();
    void addGuest();
    void closeGuestPanel();
    void showError(const QString &text, QWidget *field = nullptr);
    void showInfo(const QString &text);
    void updatePaperPreview();
    void updateForTournament();
    Result<EntryRecord> readLine() const;
    bool isTeam() const;
    // Team format: the line is one boat (boater, partner or alone, the boat's numbers).
    Status commitBoat();
    // The roster angler a partner text names: exact name, else the only one containing it.
    // `newGuest` is set (and no angler returned) when no one on the roster fits.
    Result<AnglerChoice> resolvePartner(const QString &text, bool *newGuest) const;
    void updatePartnerNames();
    void onPartnerKey(QLineEdit *field);
    QString standingText(const AnglerChoice &c) const;
    int season() const;
    void updateScaleStatus();
    // Puts the captured bag into the focused Weight or Big bass field when it is empty.
    void deliverBag();
    void markFromScale(QLineEdit *field, bool fromScale);

    QPointer<WeighInModel> m_sheet;
    QPointer<QUndoStack> m_undoStack;
    QList<AnglerChoice> m_roster;
    AnglerChoice m_chosen;
    std::function<bool(const QString &)> m_confirm;
    QString m_savedEntryId; // the entry the "Saved ..." message describes
    QString m_savedName;
    QString m_undoneEntryId; // the entry the "Undone ..." message describes

    QLineEdit *m_angler;
    QLabel *m_standing;
    QListWidget *m_matches;
    QLineEdit *m_fish;
    QLineEdit *m_weight;
    QLineEdit *m_bigBass;
    QLineEdit *m_dead;
    QLineEdit *m_late;
    QLineEdit *m_lengths;
    QLabel *m_paperPreview;
    QLineEdit *m_partner;
    QLineEdit *m_boatPartner;
    QLabel *m_anglerLabel = nullptr;
    QLabel *m_weightLabel = nullptr;
    QList<QWidget *> m_teamWidgets;
    QList<QWidget *> m_individualWidgets;
    QString m_shownTournamentId;
    QCheckBox *m_buyIn;
    QCheckBox *m_dq;
    QPushButton *m_add;
    QLabel *m_message;
    QList<QWidget *> m_weighedWidgets;
    QList<QWidget *> m_paperWidgets;

    QGridLayout *m_grid = nullptr;
    QWidget *m_restBox = nullptr;
    int m_restColumn = 0;
    bool m_restBelow = false;

    QPointer<ScaleReader> m_scale;
    QLabel *m_scaleStatus = nullptr;
    std::optional<Weight> m_pendingBag; // captured, still on the scale, not used yet
    bool m_grossFromScale = false;
    bool m_bigBassFromScale = false;

    QFrame *m_guestPanel;
    QLineEdit *m_guestName;
    QLineEdit *m_guestPhone;
};
