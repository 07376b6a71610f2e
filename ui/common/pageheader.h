// PageHeader: the title row at the top of a main-window page: the page's name, a muted summary
// ("60 anglers") and room on the right for the page's own controls (search, filters).
#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

class PageHeader : public QWidget
{
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, QWidget *parent = nullptr);

    void setSummary(const QString &summary);
    QString summary() const;
    // Adds a control at the right end of the row.
    void addControl(QWidget *control);
    void addSpacing(int pixels);

private:
    QHBoxLayout *m_layout;
    QLabel *m_summary;
};
