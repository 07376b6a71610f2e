#include "ui/common/pageheader.h"

#include "ui/common/zoom.h"

#include <QHBoxLayout>
#include <QLabel>

PageHeader::PageHeader(const QString &title, QWidget *parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)), m_summary(new QLabel(this))
{
    m_layout->setContentsMargins(0, 0, 0, 4);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageTitle"));
    Zoom::setRelativeFont(heading, 1.45, true);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(heading);
    m_layout->addSpacing(12);
    m_layout->addWidget(m_summary, 0, Qt::AlignBottom);
    m_layout->addStretch(1);
}

void PageHeader::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

QString PageHeader::summary() const
{
    return m_summary->text();
}

void PageHeader::addControl(QWidget *control)
{
    m_layout->addWidget(control);
}

void PageHeader::addSpacing(int pixels)
{
    m_layout->addSpacing(pixels);
}
