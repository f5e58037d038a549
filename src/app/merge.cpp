#include "app/merge.h"

namespace rapport::app {

std::vector<storage::CustomerEvent> mergeCustomers(storage::Repository& repository, core::CustomerId kept,
                                                   std::span<const core::CustomerId> merged, const std::string& by) {
    std::vector<storage::CustomerEvent> events;
    repository.inOneTransaction([&] {
        for (const auto id : merged) {
            if (id != kept) {
                events.push_back(repository.mergeCustomers(kept, id, by));
            }
        }
    });
    return events;
}

} // namespace rapport::app
