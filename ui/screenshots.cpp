#include "screenshots.h"

#include "customer_details_view.h"
#include "customer_list_model.h"
#include "main_window.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

#include <spdlog/spdlog.h>

namespace rapport::ui {

int saveScreenshots(MainWindow& window, const QString& directory) {
    if (!QDir().mkpath(directory)) {
        spdlog::error("cannot create {}", directory.toStdString());
        return -1;
    }
    window.resize(1280, 800);
    window.show();
    // The customer who says most about the product: the one with the highest revenue.
    window.customerTable()->horizontalHeader()->setSortIndicator(CustomerListModel::Revenue, Qt::DescendingOrder);
    window.customerTable()->selectRow(0);
    QApplication::processEvents();

    auto* tabs = window.detailsView()->findChild<QTabWidget*>();
    const QStringList names{QStringLiteral("customers"), QStringLiteral("contact-persons"), QStringLiteral("episodes")};
    int written = 0;
    for (int page = 0; page < names.size() && tabs != nullptr && page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QApplication::processEvents();
        const QString file = QDir(directory).filePath(names[page] + QStringLiteral(".png"));
        if (window.grab().save(file)) {
            ++written;
        } else {
            spdlog::error("cannot write {}", file.toStdString());
        }
    }
    tabs->setCurrentIndex(0);
    return written;
}

} // namespace rapport::ui
