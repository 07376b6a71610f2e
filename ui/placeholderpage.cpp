#include "placeholderpage.h"

#include "pageheader.h"

#include <QLabel>
#include <QVBoxLayout>

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, this));
    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("placeholderText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setForegroundRole(QPalette::PlaceholderText);
    QFont font = text->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    text->setFont(font);
    layout->addStretch(2);
    layout->addWidget(text);
    layout->addStretch(3);
    // Nothing to type into: keyboard focus stays with the navigation.
    setFocusPolicy(Qt::NoFocus);
}
