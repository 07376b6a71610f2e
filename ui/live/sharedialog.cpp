#include "ui/live/sharedialog.h"

#include "live/liveserverhost.h"
#include "ui/live/qrcodeimage.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ShareDialog::ShareDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_path(databasePath), m_host(new LiveServerHost(this))
{
    setWindowTitle(tr("Share the Leaderboard"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Anglers whose phones are on the same Wi-Fi or hotspot as this "
                                "laptop can scan the code or open the address. No internet is "
                                "needed. The leaderboard updates by itself."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_address = new QLabel(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setAlignment(Qt::AlignCenter);
    QFont big = m_address->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_address->setFont(big);
    layout->addWidget(m_address);
    m_qr = new QLabel(this);
    m_qr->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_qr);
    m_others = new QLabel(this);
    m_others->setWordWrap(true);
    m_others->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_others);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("&Copy Address"), QDialogButtonBox::ActionRole);
    QPushButton *stop = buttons->addButton(tr("&Stop Sharing"), QDialogButtonBox::RejectRole);
    connect(copy, &QPushButton::clicked, this, [this] {
        if (!urls().isEmpty())
            QApplication::clipboard()->setText(urls().first());
    });
    connect(stop, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Closing the dialog in any way stops the server with it.
    connect(this, &QDialog::finished, this, [this] { m_host->stop(); });
}

ShareDialog::~ShareDialog()
{
    m_host->stop();
}

QStringList ShareDialog::urls() const
{
    return m_host->urls();
}

bool ShareDialog::start()
{
    LeaderboardServer::Options options;
    options.databasePath = m_path;
    Status status = Status::success();
    for (quint16 port = 8080; port < 8090; ++port) {
        options.port = port;
        status = m_host->start(options);
        if (status)
            break;
    }
    if (!status) {
        m_address->setText(tr("Not sharing"));
        m_status->setText(status.error());
        return false;
    }
    const QStringList list = m_host->urls();
    // Phones cannot open this computer's own loopback address: list the network ones.
    QStringList network;
    for (const QString &url : list)
        if (!url.contains(QLatin1String("://127.")))
            network.append(url);
    const QString main = network.isEmpty() ? list.value(0) : network.first();
    m_address->setText(main);
    m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(main, 7)));
    if (network.size() > 1)
        m_others->setText(tr("Other addresses of this laptop: %1")
                              .arg(network.mid(1).join(QStringLiteral(", "))));
    m_others->setVisible(network.size() > 1);
    m_status->setText(network.isEmpty()
                          ? tr("This laptop is not on a network yet: join the hotspot or the "
                               "club's router, then share again. Sharing with this laptop only "
                               "for now.")
                          : tr("Sharing now. Closing this window stops sharing."));
    return true;
}
