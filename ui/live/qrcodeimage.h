// qrCodeImage: a QR code of a text (the leaderboard's address) as a black-on-white image with
// its quiet zone, drawn from Debian's libqrencode.
#pragma once

#include <QImage>
#include <QString>

// Each module `moduleSize` pixels square; a null image when the text cannot be encoded.
QImage qrCodeImage(const QString &text, int moduleSize);
