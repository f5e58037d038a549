#pragma once

#include "core/churn.h"
#include "core/contact_person.h"
#include "core/customer.h"
#include "core/episode.h"
#include "core/relationship_cost.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace rapport::demo {

/** The simulated history runs from `start` to `end` inclusive. */
struct SimulationWindow {
    core::Date start;
    core::Date end;
};

/**
 * One customer's whole simulated relationship, before it is stored: ids are not known yet, so
 * episodes name their contact person by index into `contacts` (-1 for none).
 */
struct SimulatedCustomer {
    core::Customer customer;
    std::vector<core::ContactPerson> contacts;
    std::vector<core::Episode> episodes; // in date order
    std::vector<int> episodeContact;     // parallel to episodes
    std::vector<core::RelationshipCost> costs;
    std::optional<core::ChurnRecord> churn;
    std::vector<core::Task> tasks;
};

/**
 * Simulates customer number `index` of a run. Purchases follow a heterogeneous buy-and-die process
 * (Poisson purchasing at a gamma-distributed rate, a beta-distributed chance of dropping out after each
 * purchase, gamma-gamma spend), which is what BG/NBD and Gamma-Gamma assume, so the models have a truth
 * to recover. Churn reasons follow the seed's shares. The result depends only on (seed, index, window).
 */
SimulatedCustomer simulateCustomer(std::uint64_t seed, std::int64_t index, const SimulationWindow& window);

} // namespace rapport::demo
