#pragma once

#include "core/partnership.h"
#include "workspace.h"

#include <vector>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace rapport::ui {

class PartnerNetworkView;

/** Partnerships with suppliers, intermediaries, shareholders and competitors: list, card and network. */
class PartnershipsPage final : public Page {
    Q_OBJECT

public:
    PartnershipsPage(Workspace& workspace, QWidget* parent);
    void databaseChanged() override;
    void reload();
    void showPartnership(qlonglong id);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] PartnerNetworkView* network() const { return m_network; }

private:
    std::vector<core::Partnership> m_partnerships;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_card = nullptr;
    PartnerNetworkView* m_network = nullptr;
};

} // namespace rapport::ui
