// The main window's part in the database's currency: shown with every amount, chosen once for a database that has
// none, changed through Edit > Currency… as an undoable command, and followed when a colleague changes it.
#include "app/currency_change.h"
#include "currency_command.h"
#include "dialogs/currency_dialog.h"
#include "formatting.h"
#include "main_window.h"
#include "pages/analytics_page.h"
#include "pages/customers_page.h"
#include "pages/dashboard_page.h"
#include "pages/episodes_page.h"
#include "pages/partnerships_page.h"
#include "pages/reports_page.h"

#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

// The databases the one-time offer was made for, whatever the answer: "Not now" is not asked again.
const auto kOfferedKey = QStringLiteral("currency/offeredFor");

} // namespace

bool MainWindow::showDatabaseCurrency() {
    QString code;
    if (m_repository) {
        try {
            if (const auto currency = m_repository->currency()) {
                code = QString::fromStdString(currency->code());
            }
        } catch (const std::exception& error) {
            spdlog::warn("reading the database's currency failed: {}", error.what());
            return false; // keep showing the one read before
        }
    }
    const bool changed = code != databaseCurrency();
    setDatabaseCurrency(code);
    return changed;
}

void MainWindow::redrawAmounts() {
    m_customers->reload();
    m_episodes->reload();
    m_partnerships->reload();
    m_dashboard->refresh();
    m_analytics->refresh();
    m_reports->refresh();
}

QString MainWindow::changeCurrency(const QString& isoCode) {
    if (!m_repository) {
        return tr("Open or create a database first.");
    }
    if (!app::mayChangeCurrency(*m_repository)) {
        return tr("Only an admin of the team can change the currency of the team database.");
    }
    try {
        auto change = app::changeCurrency(*m_repository, app::currencyFromText(isoCode.toStdString()));
        if (change.empty()) {
            return {};
        }
        pushCurrencyChange(*m_undoStack, *m_repository, *m_notifier, std::move(change));
    } catch (const std::exception& error) {
        return tr("The currency was not changed: %1").arg(QString::fromUtf8(error.what()));
    }
    statusBar()->showMessage(
        tr("Every amount is now shown in %1; nothing was converted. Edit > Undo brings the previous currency back.")
            .arg(isoCode),
        10000);
    return {};
}

void MainWindow::chooseCurrency() {
    if (!m_repository) {
        QMessageBox::information(this, tr("Currency"), tr("Open or create a database first."));
        return;
    }
    if (!app::mayChangeCurrency(*m_repository)) {
        QMessageBox::information(
            this, tr("Currency"),
            tr("Every amount in this team database is in %1. Only an admin of the team can change the currency.")
                .arg(databaseCurrency().isEmpty() ? tr("no particular currency") : databaseCurrency()));
        return;
    }
    CurrencyDialog dialog(databaseCurrency(), {}, CurrencyDialog::Purpose::Change, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() == databaseCurrency()) {
        return;
    }
    if (const QString problem = changeCurrency(dialog.chosen()); !problem.isEmpty()) {
        QMessageBox::warning(this, tr("Currency"), problem);
        showDatabaseCurrency(); // a colleague's change, say: show what is stored now
        redrawAmounts();
    }
}

void MainWindow::offerCurrencyIfMissing() {
    if (!m_repository || !databaseCurrency().isEmpty() || !app::mayChangeCurrency(*m_repository)) {
        return;
    }
    const QString location = fromUtf8(m_repository->location()); // a team's connection string without password
    QSettings settings;
    QStringList offered = settings.value(kOfferedKey).toStringList();
    if (offered.contains(location)) {
        return;
    }
    offered << location;
    settings.setValue(kOfferedKey, offered);
    CurrencyDialog dialog({}, proposedCurrency(), CurrencyDialog::Purpose::FirstChoice, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (const QString problem = changeCurrency(dialog.chosen()); !problem.isEmpty()) {
            QMessageBox::warning(this, tr("Currency"), problem);
        }
    }
}

} // namespace rapport::ui
