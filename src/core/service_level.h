#pragma once

#include "core/churn.h"
#include "core/date.h"
#include "core/ids.h"
#include "core/ladder.h"
#include "core/validation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

inline constexpr int kMaxContactIntervalDays = 730;

/**
 * Which customers a service level takes, over what the analysis knows of each. Every condition is a set of
 * allowed values held as bits (bit i: the i-th value), and an empty set (0) allows all: a level for "class A, or
 * B and a client or above" is two levels in rank order, not one rule with "or".
 */
struct ServiceLevelRule {
    std::uint32_t abcClasses = 0;    // bit 0: A, 1: B, 2: C (the ranking's classes)
    std::uint32_t fourGroups = 0;    // bit g-1: group g of table 7.2 (1..4)
    std::uint32_t stages = 0;        // bit of core::LadderStage's index
    std::uint32_t churnStatuses = 0; // bit of core::ChurnStatus's index
    /** The customer's predicted value must be at or above this percentile of the base (0: no condition). */
    int minValuePercentile = 0;
    bool operator==(const ServiceLevelRule&) const = default;
};

/**
 * A service level: the seeds' "level of service that follows the customer's value" (special rewards for the best
 * customers, incentives for regular ones, special offers for those who recently left). Levels are checked in rank
 * order and a customer takes the first whose rule they meet, so a customer has at most one level.
 */
struct ServiceLevel {
    ServiceLevelId id = 0;
    std::string name;
    int rank = 1; // 1 is checked first
    ServiceLevelRule rule;
    std::string entitlement; // what the level entitles the customer to, in words
    /** A customer at this level is due for a preventive contact after this many days without one. */
    int contactIntervalDays = 60;
    bool operator==(const ServiceLevel&) const = default;
};

std::vector<FieldError> validationErrors(const ServiceLevel& level);
void validate(const ServiceLevel& level);

/**
 * The levels Rapport suggests, after the seeds ("service levels follow value: special rewards for the best
 * customers, incentives for regular ones, special offers for customers who recently left"), in rank order: win-back
 * (class A or B customers who lapsed or were lost), key (class A), regular (class B), occasional (everyone else).
 * Names and entitlements are English; a user renames them.
 */
std::vector<ServiceLevel> suggestedServiceLevels();

/** What a customer's level became on a day: the history the card shows. The name is kept as it was then. */
struct ServiceLevelChange {
    CustomerId customerId = 0;
    Date since;
    std::optional<ServiceLevelId> levelId; // empty: no level any more, or the level was since removed
    std::string levelName;                 // empty: no level
    bool operator==(const ServiceLevelChange&) const = default;
};

/** The facts a rule looks at for one customer. */
struct LevelFacts {
    char abcClass = 0; // 'A', 'B', 'C'; 0 when not ranked (no purchases)
    int fourGroup = 0; // 1..4; 0 when not in a group
    LadderStage stage = LadderStage::Prospect;
    std::optional<ChurnStatus> churnStatus; // buyers only
    std::optional<double> valuePercentile;  // 0..100; empty without a predicted value
};

[[nodiscard]] bool meets(const ServiceLevelRule& rule, const LevelFacts& facts);

/** The rule in words, for lists and the CLI: "class A; client or above" style, English codes. */
[[nodiscard]] std::string describe(const ServiceLevelRule& rule);

} // namespace rapport::core
