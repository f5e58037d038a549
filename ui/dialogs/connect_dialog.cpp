#include "dialogs/connect_dialog.h"

#include "dialogs/validation_message.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::ui {

namespace {
const QString kSettingsGroup = QStringLiteral("teamConnection");
}

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connect to team database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A team shares one customer base on a PostgreSQL server. Your administrator gives "
                                "you its address and your login (see docs/team.md)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The last connection's fields, never its password.
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    auto* form = new QFormLayout();
    m_host = new QLineEdit(settings.value(QStringLiteral("host"), QStringLiteral("localhost")).toString(), this);
    m_host->setObjectName(QStringLiteral("teamHost"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    m_database = new QLineEdit(settings.value(QStringLiteral("database"), QStringLiteral("rapport")).toString(), this);
    m_database->setObjectName(QStringLiteral("teamDatabase"));
    m_user = new QLineEdit(settings.value(QStringLiteral("user")).toString(), this);
    m_user->setObjectName(QStringLiteral("teamUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("teamSslMode"));
    m_sslMode->addItem(tr("Prefer encryption"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_sslMode->addItem(tr("Require and check the server's certificate"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("No encryption (local server only)"), QStringLiteral("disable"));
    m_sslMode->setCurrentIndex(
        std::max(0, m_sslMode->findData(settings.value(QStringLiteral("sslmode"), QStringLiteral("prefer")))));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Encryption:"), m_sslMode);
    layout->addLayout(form);
    m_error = addValidationMessage(this, layout);
    addOkCancel(this, layout);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

storage::ConnectionParameters ConnectDialog::parameters() const {
    storage::ConnectionParameters p;
    p.host = m_host->text().trimmed().toStdString();
    p.port = m_port->value();
    p.database = m_database->text().trimmed().toStdString();
    p.user = m_user->text().trimmed().toStdString();
    p.sslMode = m_sslMode->currentData().toString().toStdString();
    p.password = m_password->text().toStdString();
    return p;
}

void ConnectDialog::accept() {
    QStringList problems;
    if (m_host->text().trimmed().isEmpty()) {
        problems << tr("Server: required, e.g. db.example.com or localhost");
    }
    if (m_database->text().trimmed().isEmpty()) {
        problems << tr("Database: required, e.g. rapport");
    }
    if (m_user->text().trimmed().isEmpty()) {
        problems << tr("Login: required, the name your administrator gave you");
    }
    if (!showProblems(m_error, problems.join(QLatin1Char('\n')))) {
        return;
    }
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("sslmode"), m_sslMode->currentData());
    QDialog::accept();
}

} // namespace rapport::ui
