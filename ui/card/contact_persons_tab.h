#pragma once

#include "card/records_tab.h"

class QPushButton;

namespace rapport::ui {

/** The card's contact persons, current ones first, with their history: add, edit, end a role. */
class ContactPersonsTab final : public RecordsTab {
    Q_OBJECT

public:
    explicit ContactPersonsTab(Workspace& workspace, QWidget* parent = nullptr);
    void addPerson();
    void editPerson();
    void endRole();

protected:
    void fill(storage::Repository& repository, core::CustomerId id) override;
    void selectionChanged() override;

private:
    /** Saves through the application layer, which records a change of who decides as an episode. */
    void save(std::optional<core::ContactPerson> before, const core::ContactPerson& after, const QString& text);
    std::optional<core::ContactPerson> current() const;

    std::vector<core::ContactPerson> m_people;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace rapport::ui
