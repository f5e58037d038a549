#pragma once

#include "core/assessment.h"
#include "core/campaign.h"
#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/ladder.h"
#include "core/partnership.h"
#include "core/relationship_cost.h"
#include "core/service_level.h"
#include "storage/repository.h"

#include <optional>
#include <stdexcept>
#include <variant>
#include <vector>

namespace rapport::app {

/** One stored row as an edit changes it: no `before` adds it, no `after` removes it, both replace it. */
template <typename Row> struct RowChange {
    std::optional<Row> before;
    std::optional<Row> after;
};

using Change = std::variant<RowChange<core::Customer>, RowChange<core::ContactPerson>, RowChange<core::Episode>,
                            RowChange<core::Task>, RowChange<core::RelationshipCost>, RowChange<core::ChurnRecord>,
                            RowChange<core::Partnership>, RowChange<core::LadderOverride>, RowChange<core::Assessment>,
                            RowChange<core::Campaign>, RowChange<core::ServiceLevel>>;

/** An edit that the rules refuse (deleting a customer with a history, say); the message is for the user. */
class RefusedError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/**
 * One change a user makes, the same from the app and the command line: the rows it replaces, adds or removes,
 * each with its content before and after. apply() writes them (do, and redo after an undo) and revert() puts
 * back exactly what apply() replaced (undo), each in one transaction, so a failure half-way leaves the database
 * as it was. Both first check that every row is still as the edit expects: a row someone else changed
 * meanwhile stops it with storage::ConflictError naming the row, and their change is kept.
 *
 * Rows the edit adds get their ids on the first apply() and keep them: a redo stores them under the same ids,
 * so later edits on the undo stack that name them stay right.
 */
class Edit {
public:
    template <typename Row> Edit& add(Row row) {
        m_changes.push_back(RowChange<Row>{std::nullopt, std::move(row)});
        return *this;
    }
    template <typename Row> Edit& replace(Row before, Row after) {
        m_changes.push_back(RowChange<Row>{std::move(before), std::move(after)});
        return *this;
    }
    template <typename Row> Edit& remove(Row row) {
        m_changes.push_back(RowChange<Row>{std::move(row), std::nullopt});
        return *this;
    }

    void apply(storage::Repository& repository);
    void revert(storage::Repository& repository);
    /**
     * After a ConflictError, when the user chooses to keep their change over a colleague's: every row the edit
     * replaces or removes is taken as it is stored now, so apply() writes over it (and revert() would put the
     * colleague's version back). Throws NotFoundError when such a row was removed meanwhile.
     */
    void rebase(storage::Repository& repository);

    [[nodiscard]] const std::vector<Change>& changes() const { return m_changes; }
    [[nodiscard]] bool empty() const { return m_changes.empty(); }
    /** The customers whose card or list row the edit changes, each once, for views to reload. */
    [[nodiscard]] std::vector<core::CustomerId> customers() const;
    /** The row of the given kind at position `index` of changes() after the edit (e.g. to read an added id). */
    template <typename Row> [[nodiscard]] const Row* after(std::size_t index = 0) const {
        std::size_t seen = 0;
        for (const auto& change : m_changes) {
            if (const auto* c = std::get_if<RowChange<Row>>(&change); c != nullptr && seen++ == index) {
                return c->after ? &*c->after : nullptr;
            }
        }
        return nullptr;
    }
    template <typename Row> [[nodiscard]] bool touches() const {
        for (const auto& change : m_changes) {
            if (std::holds_alternative<RowChange<Row>>(change)) {
                return true;
            }
        }
        return false;
    }

private:
    std::vector<Change> m_changes;
};

} // namespace rapport::app
