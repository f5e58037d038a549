#include "core/churn.h"

#include "core/text_limits.h"

namespace rapport::core {

const std::vector<ChurnReason>& defaultChurnReasons() {
    // Shares from the seed's account of why customers stop buying (see docs/methodology.md).
    static const std::vector<ChurnReason> reasons{
        {"moved", "Moved home or work, or the transport route or cost changed", 4.0, 5.0},
        {"lower_prices", "Lower prices elsewhere", 9.0, 10.0},
        {"partner_incompatibility", "Inability to work with the firm's partners", 14.0, 15.0},
        {"lack_of_attention", "Lack of attention and interest from the maker and the trade", 65.0, 70.0},
        {"owner_change", "Change of owner", std::nullopt, std::nullopt},
        {"purchasing_manager_change", "Change of purchasing manager", std::nullopt, std::nullopt},
        {"renovation", "Renovation or temporary closure", std::nullopt, std::nullopt},
        {"other", "Other", std::nullopt, std::nullopt},
    };
    return reasons;
}

std::vector<FieldError> validationErrors(const ChurnRecord& r) {
    Validator v;
    v.require(r.customerId > 0, "customer_id", "must name the customer");
    checkRequiredText(v, "reason", r.reasonCode, limits::kShortText);
    checkText(v, "details", r.details, limits::kNotes, true);
    v.require(r.winBackAttempts >= 0, "win_back_attempts", "must not be negative");
    if (r.outcome == WinBackOutcome::WonBack && r.winBackAttempts == 0) {
        v.add("win_back_outcome", "won back needs at least one win-back attempt");
    }
    return v.take();
}

void validate(const ChurnRecord& record) {
    throwIfInvalid("churn record", validationErrors(record));
}

} // namespace rapport::core
