#include "app/customer_edits.h"

#include "storage/errors.h"

#include <string>

namespace rapport::app {

Edit createCustomer(core::Customer customer) {
    customer.id = 0;
    core::validate(customer); // before anything is written, with every bad field named
    Edit edit;
    edit.add(std::move(customer));
    return edit;
}

Edit changeCustomers(std::vector<core::Customer> before, std::vector<core::Customer> after) {
    if (before.size() != after.size()) {
        throw std::invalid_argument("changeCustomers: as many customers before as after");
    }
    Edit edit;
    for (std::size_t i = 0; i < after.size(); ++i) {
        core::validate(after[i]);
        edit.replace(std::move(before[i]), std::move(after[i]));
    }
    return edit;
}

Edit archiveCustomers(std::vector<core::Customer> customers, core::Date on) {
    std::vector<core::Customer> before;
    std::vector<core::Customer> after;
    for (auto& customer : customers) {
        if (customer.archivedOn) {
            continue; // archived before: the day it left stays the day it left
        }
        auto archived = customer;
        archived.archivedOn = on;
        before.push_back(std::move(customer));
        after.push_back(std::move(archived));
    }
    return changeCustomers(std::move(before), std::move(after));
}

Edit restoreCustomers(std::vector<core::Customer> customers) {
    std::vector<core::Customer> before;
    std::vector<core::Customer> after;
    for (auto& customer : customers) {
        if (!customer.archivedOn) {
            continue;
        }
        auto restored = customer;
        restored.archivedOn.reset();
        before.push_back(std::move(customer));
        after.push_back(std::move(restored));
    }
    return changeCustomers(std::move(before), std::move(after));
}

Edit deleteCustomer(storage::Repository& repository, core::CustomerId id) {
    const auto customer = repository.customer(id);
    storage::requireFound(customer.has_value(), "customer", id);
    const auto row = repository.customerRow(id);
    if (row && row->episodes > 0) {
        throw RefusedError(customer->displayName + " has " + std::to_string(row->episodes) +
                           " episodes, so it cannot be deleted: its purchases are part of every analysis. "
                           "Merge it into the customer it duplicates, or erase its personal data.");
    }
    Edit edit;
    // Links first and the customer last, so that undo (which runs backwards) brings the customer back first.
    for (const auto& partnership : repository.partnerships()) {
        if (partnership.partnerCustomerId == id) {
            auto unlinked = partnership;
            unlinked.partnerCustomerId.reset();
            edit.replace(partnership, std::move(unlinked));
        }
    }
    if (auto override = repository.ladderOverride(id)) {
        edit.remove(std::move(*override));
    }
    for (auto& record : repository.churnRecords(id)) {
        edit.remove(std::move(record));
    }
    for (auto& cost : repository.relationshipCosts(id)) {
        edit.remove(std::move(cost));
    }
    for (auto& task : repository.tasks(id)) {
        edit.remove(std::move(task));
    }
    for (auto& assessment : repository.assessments(id)) {
        edit.remove(std::move(assessment));
    }
    for (auto& person : repository.contactPersons(id)) {
        edit.remove(std::move(person));
    }
    edit.remove(*customer);
    return edit;
}

} // namespace rapport::app
