#pragma once

#include "workspace.h"

#include <memory>

class QCheckBox;
class QLabel;
class QComboBox;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace rapport::ui {

class DateEdit;

class EpisodeListModel;
class FollowUpList;

/** Every interaction over a date range, filterable; beside it the follow-ups due today and overdue. */
class EpisodesPage final : public Page {
    Q_OBJECT

public:
    EpisodesPage(Workspace& workspace, QWidget* parent);
    ~EpisodesPage() override;
    void databaseChanged() override;
    void reload();

    [[nodiscard]] EpisodeListModel* model() const { return m_model.get(); }
    [[nodiscard]] FollowUpList* followUps() const { return m_followUps; }

private:
    void applyFilter();
    void showFollowUps();
    void markFollowUpDone();

    std::unique_ptr<EpisodeListModel> m_model;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_criticalOnly = nullptr;
    QTableView* m_table = nullptr;
    FollowUpList* m_followUps = nullptr;
    QLabel* m_followUpsShown = nullptr;
    QPushButton* m_moreFollowUps = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace rapport::ui
