#include "core/partnership.h"

#include "core/text_limits.h"

#include <algorithm>

namespace rapport::core {

PartnerAxis axisOf(PartnerDirection direction) {
    switch (direction) {
    case PartnerDirection::Supplier:
    case PartnerDirection::Manufacturer:
    case PartnerDirection::Intermediary:
    case PartnerDirection::Distributor:
    case PartnerDirection::Retailer:
        return PartnerAxis::Vertical;
    case PartnerDirection::Competitor:
    case PartnerDirection::Complementary:
        return PartnerAxis::Horizontal;
    default:
        return PartnerAxis::Other;
    }
}

std::vector<FieldError> validationErrors(const Partnership& p) {
    Validator v;
    checkRequiredText(v, "partner_name", p.partnerName, limits::kName);
    checkText(v, "notes", p.notes, limits::kNotes, true);
    if (p.partnerCustomerId) {
        v.require(*p.partnerCustomerId > 0, "partner_customer_id", "must name a stored customer");
    }
    v.require(!p.stageHistory.empty(), "stage_history", "needs at least the stage the partnership is in");
    for (std::size_t i = 1; i < p.stageHistory.size(); ++i) {
        if (p.stageHistory[i].since < p.stageHistory[i - 1].since) {
            v.add("stage_history[" + std::to_string(i) + "].since",
                  "must not be before the previous stage change (" + p.stageHistory[i - 1].since.toIso() + ")");
        }
    }
    for (std::size_t i = 0; i < p.stageHistory.size(); ++i) {
        checkText(v, "stage_history[" + std::to_string(i) + "].note", p.stageHistory[i].note, limits::kNotes, true);
    }
    for (std::size_t i = 0; i < p.bonds.size(); ++i) {
        if (std::find(p.bonds.begin(), p.bonds.begin() + static_cast<std::ptrdiff_t>(i), p.bonds[i]) !=
            p.bonds.begin() + static_cast<std::ptrdiff_t>(i)) {
            v.add("bonds[" + std::to_string(i) + "]", std::string(toCode(p.bonds[i])) + " is listed twice");
        }
    }
    v.require(p.valueShared.minor() >= 0, "value_shared", "must not be negative");
    if (p.startedOn && p.endedOn && *p.endedOn < *p.startedOn) {
        v.add("ended_on", "must not be before started_on (" + p.startedOn->toIso() + ")");
    }
    return v.take();
}

void validate(const Partnership& partnership) {
    throwIfInvalid("partnership", validationErrors(partnership));
}

} // namespace rapport::core
