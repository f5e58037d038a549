#pragma once

#include "core/date.h"
#include "core/ids.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTreeWidget;

namespace rapport::ui {

struct Workspace;
class AssessmentsTab;
class ContactPersonsTab;
class CostsTab;
class LostCustomerTab;
class TasksTab;

/**
 * The customer card: profile, the relationship (values, P(alive), stage and its history, group, churn,
 * the return-on-relationship components), contact persons with their history, and the episode timeline
 * filtered by kind and channel. Edits go through the undo stack.
 */
class CustomerDetailsView final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kEpisodeLimit = 500;                    // a page of the timeline
    static constexpr int kOlderEpisodesRole = Qt::UserRole + 10; // on the timeline's closing "older" line

    CustomerDetailsView(Workspace& workspace, QWidget* parent = nullptr);

    void showCustomer(core::CustomerId id);
    void clear();
    /** Opens the edit dialog; the change becomes an undoable command. */
    void editCustomer();
    /** Sets the ladder stage by hand (or back to the rules), as an undoable command. */
    void setLadderStage();
    [[nodiscard]] core::CustomerId customerId() const { return m_customerId; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    void addRow(QFormLayout* form, const QString& label, const QString& value);
    void showRelationship(core::CustomerId id);
    void showEpisodes();
    /** Appends the next page of the timeline, older than what is shown. */
    void appendEpisodes();

    Workspace& m_workspace;
    core::CustomerId m_customerId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_logButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_profileArea = nullptr;
    QFormLayout* m_profile = nullptr; // the form on m_profileArea's page, made anew for each customer
    QScrollArea* m_relationshipArea = nullptr;
    QFormLayout* m_relationship = nullptr;
    ContactPersonsTab* m_contacts = nullptr;
    TasksTab* m_tasks = nullptr;
    CostsTab* m_costs = nullptr;
    LostCustomerTab* m_loss = nullptr;
    AssessmentsTab* m_assessments = nullptr;
    QComboBox* m_episodeKind = nullptr;
    QComboBox* m_episodeChannel = nullptr;
    QTreeWidget* m_episodes = nullptr;
    std::optional<std::pair<core::Date, core::EpisodeId>> m_olderEpisodes; // where the next page starts
};

} // namespace rapport::ui
