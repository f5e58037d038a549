#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "core/validation.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

/**
 * An entry of the churn-reason catalogue. The catalogue starts with the seed's categories, with the share
 * of lost customers the seed reports for each (a benchmark shown beside the user's own shares), and the
 * circumstances it lists that ended purchases; users may add their own reasons.
 */
struct ChurnReason {
    std::string code;
    std::string label;
    std::optional<double> benchmarkLowPercent;
    std::optional<double> benchmarkHighPercent;
    bool operator==(const ChurnReason&) const = default;
};

/** The catalogue a new database starts with. */
const std::vector<ChurnReason>& defaultChurnReasons();

/** Where a buyer stands: still buying, late by their own rhythm, far behind it, or gone (a churn record). */
enum class ChurnStatus { Active, AtRisk, Lapsed, Lost };
template <> struct EnumNames<ChurnStatus> {
    static constexpr std::array<std::pair<ChurnStatus, std::string_view>, 4> values{{
        {ChurnStatus::Active, "active"},
        {ChurnStatus::AtRisk, "at_risk"},
        {ChurnStatus::Lapsed, "lapsed"},
        {ChurnStatus::Lost, "lost"},
    }};
};

enum class WinBackOutcome { None, Pending, WonBack, Failed };
template <> struct EnumNames<WinBackOutcome> {
    static constexpr std::array<std::pair<WinBackOutcome, std::string_view>, 4> values{{
        {WinBackOutcome::None, "none"},
        {WinBackOutcome::Pending, "pending"},
        {WinBackOutcome::WonBack, "won_back"},
        {WinBackOutcome::Failed, "failed"},
    }};
};

/** That a customer left, when, why, and what was done to win them back. */
struct ChurnRecord {
    ChurnRecordId id = 0;
    CustomerId customerId = 0;
    Date churnedOn;
    std::string reasonCode; // a code of the catalogue
    std::string details;
    int winBackAttempts = 0;
    WinBackOutcome outcome = WinBackOutcome::None;
    bool operator==(const ChurnRecord&) const = default;
};

std::vector<FieldError> validationErrors(const ChurnRecord& record);
void validate(const ChurnRecord& record);

} // namespace rapport::core
