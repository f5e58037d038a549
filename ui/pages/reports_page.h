#pragma once

#include "workspace.h"

class QPushButton;
class QTextBrowser;

namespace rapport::ui {

/**
 * The loyalty, profitability and churn summary of the last analysis as one document that states its
 * period, settings and when it was made; saved as HTML or PDF.
 */
class ReportsPage final : public Page {
    Q_OBJECT

public:
    ReportsPage(Workspace& workspace, QWidget* parent);
    void databaseChanged() override;
    void refresh();
    [[nodiscard]] QString html() const;
    /** Writes the report; returns an error for the user, empty on success. */
    QString saveHtml(const QString& path) const;
    QString savePdf(const QString& path) const;

private:
    QTextBrowser* m_view = nullptr;
    QPushButton* m_saveHtml = nullptr;
    QPushButton* m_savePdf = nullptr;
};

} // namespace rapport::ui
