#pragma once

#include "core/ids.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/** One customer: profile, contact persons with their history, and the episode timeline. */
class CustomerDetailsView final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kEpisodeLimit = 500;

    explicit CustomerDetailsView(QWidget* parent = nullptr);

    void setRepository(storage::Repository* repository);
    void showCustomer(core::CustomerId id);
    void clear();
    [[nodiscard]] core::CustomerId customerId() const { return m_customerId; }

private:
    void addProfileRow(const QString& label, const QString& value);

    storage::Repository* m_repository = nullptr;
    core::CustomerId m_customerId = 0;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_profile = nullptr;
    QTreeWidget* m_contacts = nullptr;
    QTreeWidget* m_episodes = nullptr;
};

} // namespace rapport::ui
