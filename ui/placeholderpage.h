// PlaceholderPage: a page of the main window whose feature comes in a later version; it says in
// one line what the page will hold.
#pragma once

#include <QWidget>

class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};
