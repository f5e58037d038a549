#include "demo/demo_generator.h"

#include "core/service_level.h"
#include "demo/customer_simulation.h"
#include "demo/demo_campaigns.h"
#include "demo/demo_partnerships.h"
#include "storage/errors.h"

#include <spdlog/spdlog.h>

namespace rapport::demo {

namespace {

// Dropping and rebuilding indexes around the load pays off from about this many customers.
constexpr std::int64_t kDeferIndexesFrom = 100'000;
constexpr std::int64_t kProgressEvery = 1'000;

} // namespace

DemoResult generateDemoData(storage::Repository& repository, const DemoOptions& options, const DemoProgress& progress) {
    const SimulationWindow window{options.end.addMonths(-12 * options.years).addDays(1), options.end};
    storage::BulkOptions bulkOptions;
    bulkOptions.deferIndexes = options.customers >= kDeferIndexesFrom;
    auto writer = repository.beginBulk(bulkOptions);

    DemoResult result;
    std::vector<core::CustomerId> organisations;
    for (std::int64_t done = 0; done < options.customers; ++done) {
        if (progress && done % kProgressEvery == 0 && !progress(done, options.customers)) {
            throw storage::CancelledError("demo data generation cancelled; nothing was written");
        }
        auto simulated = simulateCustomer(options.seed, options.firstIndex + done, window);
        const auto customerId = writer->addCustomer(simulated.customer);
        if (simulated.customer.kind == core::CustomerKind::Organisation && organisations.size() < 64) {
            organisations.push_back(customerId);
        }
        std::vector<core::ContactPersonId> contactIds;
        for (auto& person : simulated.contacts) {
            person.customerId = customerId;
            contactIds.push_back(writer->addContactPerson(person));
        }
        for (std::size_t i = 0; i < simulated.episodes.size(); ++i) {
            auto& episode = simulated.episodes[i];
            episode.customerId = customerId;
            if (simulated.episodeContact[i] >= 0) {
                episode.contactPersonId = contactIds[static_cast<std::size_t>(simulated.episodeContact[i])];
            }
            writer->addEpisode(episode);
            result.purchases += episode.kind == core::EpisodeKind::Purchase ? 1 : 0;
        }
        for (auto& cost : simulated.costs) {
            cost.customerId = customerId;
            writer->addRelationshipCost(cost);
        }
        if (simulated.churn) {
            simulated.churn->customerId = customerId;
            writer->addChurnRecord(*simulated.churn);
            ++result.churnRecords;
        }
        for (auto& task : simulated.tasks) {
            task.customerId = customerId;
            writer->addTask(task);
        }
        ++result.customers;
        result.contactPersons += static_cast<std::int64_t>(simulated.contacts.size());
        result.episodes += static_cast<std::int64_t>(simulated.episodes.size());
        result.costEntries += static_cast<std::int64_t>(simulated.costs.size());
        result.tasks += static_cast<std::int64_t>(simulated.tasks.size());
    }

    for (const auto& partnership :
         simulatePartnerships(options.seed, options.partnerships, window.start, window.end, organisations)) {
        writer->addPartnership(partnership);
        ++result.partnerships;
    }
    if (progress && !progress(options.customers, options.customers)) {
        throw storage::CancelledError("demo data generation cancelled; nothing was written");
    }
    spdlog::info("demo data: {} customers, {} episodes; building indexes and committing", result.customers,
                 result.episodes);
    writer->commit();
    writer.reset();
    // The suggested service levels, so that the first analysis run gives every customer theirs.
    if (repository.serviceLevels().empty()) {
        for (const auto& level : core::suggestedServiceLevels()) {
            repository.addServiceLevel(level);
        }
    }
    if (repository.campaigns().empty()) {
        const auto added = addDemoCampaigns(repository, options.seed, options.end);
        result.campaigns = added.campaigns;
        result.episodes += added.episodes;
        result.purchases += added.purchases;
    }
    return result;
}

} // namespace rapport::demo
