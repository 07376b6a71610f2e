// SeasonRulesDialog (Tournament > Season Rules...): a season's rules as the bylaws put them: the
// format, the entry fee and its unit, the fish limit, the split of the fee (checked live against
// the fee), penalties, points, Angler-of-the-Year best N and minimum events, the big bass minimum
// and an opening big bass carry-in. A season without rules of its own shows a copy of the previous
// season's. Saving is one undoable edit (commands::setSeasonRules) that syncs; when the season
// has finalized tournaments the director confirms first, told which ones are re-scored.
#pragma once

#include "core/result.h"
#include "scoring/ruleset.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QUndoStack;
class Store;

class SeasonRulesDialog : public QDialog
{
    Q_OBJECT
public:
    SeasonRulesDialog(Store *store, QUndoStack *undoStack, int season, QWidget *parent = nullptr);

    // The rules as the fields say, or what is wrong with them (in the field's words).
    Result<Ruleset> rules() const;
    // Shows `season`'s rules (its own, or a copy of the previous season's).
    void setSeason(int season);
    int season() const;
    // Saves (after the confirmation when finalized tournaments are re-scored); stays open with
    // the problem shown when the rules are refused.
    void accept() override;

    // Asks the director to confirm a change; the default shows a question box. Tests answer.
    void setConfirm(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }

    // For tests.
    QSpinBox *seasonBox() const { return m_season; }
    QLabel *sourceLabel() const { return m_source; }
    QLabel *splitLabel() const { return m_splitCheck; }
    QLabel *errorLabel() const { return m_error; }
    QLineEdit *feeEdit() const { return m_fee; }
    QLineEdit *placesEdit() const { return m_places; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *feeUnitBox() const { return m_feeUnit; }
    QSpinBox *bestNBox() const { return m_bestN; }
    QSpinBox *minimumEventsBox() const { return m_minimumEvents; }

private:
    void showRules(const Ruleset &r);
    void updateSplitCheck();

    Store *m_store;
    QUndoStack *m_undoStack;
    Ruleset m_loaded; // what the season had (or copied) when shown
    std::function<bool(const QString &)> m_confirm;

    QSpinBox *m_season;
    QLabel *m_source;
    QLineEdit *m_name;
    QComboBox *m_format;
    QLineEdit *m_fee;
    QComboBox *m_feeUnit;
    QSpinBox *m_fishLimit;
    QLineEdit *m_places;
    QLineEdit *m_bigBassMoney;
    QLineEdit *m_clubMoney;
    QLineEdit *m_charityMoney;
    QLabel *m_splitCheck;
    QLineEdit *m_deadPenalty;
    QLineEdit *m_latePenalty;
    QSpinBox *m_lateDqMinutes;
    QSpinBox *m_maxPoints;
    QSpinBox *m_zeroOffset;
    QSpinBox *m_buyInOffset;
    QComboBox *m_dqPolicy;
    QSpinBox *m_dqOffset;
    QSpinBox *m_bestN;
    QSpinBox *m_minimumEvents;
    QLineEdit *m_bigBassMinimum;
    QLineEdit *m_carryIn;
    QLabel *m_error;
};
