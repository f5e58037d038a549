#pragma once

#include "app/edit.h"
#include "core/partnership.h"
#include "workspace.h"

#include <vector>

class QLabel;
class QPushButton;
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
    /** The partnership actions, each an undoable edit; the network view follows. */
    void newPartnership();
    void editPartnership();
    void changeStage(bool ending);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] PartnerNetworkView* network() const { return m_network; }

private:
    [[nodiscard]] const core::Partnership* current() const;
    void perform(app::Edit edit, const QString& text);
    void updateActions();

    std::vector<core::Partnership> m_partnerships;
    qlonglong m_shown = 0; // kept selected across a reload
    QPushButton* m_edit = nullptr;
    QPushButton* m_stage = nullptr;
    QPushButton* m_end = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_card = nullptr;
    PartnerNetworkView* m_network = nullptr;
};

} // namespace rapport::ui
