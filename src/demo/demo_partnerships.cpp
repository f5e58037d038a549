#include "demo/demo_partnerships.h"

#include "demo/names.h"
#include "demo/random.h"

#include <algorithm>

namespace rapport::demo {

namespace {

using core::PartnerDirection;
using core::PartnershipForm;

PartnershipForm fittingForm(Random& rng, PartnerDirection direction) {
    switch (core::axisOf(direction)) {
    case core::PartnerAxis::Vertical: {
        constexpr std::array forms{PartnershipForm::SupplyContract, PartnershipForm::DistributionAgreement,
                                   PartnershipForm::CoBranding, PartnershipForm::JointMarketing};
        return forms[static_cast<std::size_t>(rng.between(0, forms.size() - 1))];
    }
    case core::PartnerAxis::Horizontal: {
        constexpr std::array forms{PartnershipForm::Alliance, PartnershipForm::JointVenture, PartnershipForm::JointRnD,
                                   PartnershipForm::CrossLicensing, PartnershipForm::JointMarketing};
        return forms[static_cast<std::size_t>(rng.between(0, forms.size() - 1))];
    }
    case core::PartnerAxis::Other:
        break;
    }
    return rng.chance(0.5) ? PartnershipForm::Alliance : PartnershipForm::Other;
}

} // namespace

std::vector<core::Partnership> simulatePartnerships(std::uint64_t seed, int count, core::Date start, core::Date end,
                                                    const std::vector<core::CustomerId>& organisationIds) {
    Random rng(mixSeed(seed, 0x9a27'0000'0000ULL));
    const auto directions = core::EnumNames<PartnerDirection>::values;
    const auto names = partnerNames();
    std::vector<core::Partnership> result;
    for (int i = 0; i < count; ++i) {
        core::Partnership p;
        p.direction = directions[static_cast<std::size_t>(i) % directions.size()].first;
        p.form = fittingForm(rng, p.direction);
        p.partnerName = std::string(names[static_cast<std::size_t>(i) % names.size()]);
        if (static_cast<std::size_t>(i) >= names.size()) {
            p.partnerName += " " + std::to_string(i / static_cast<int>(names.size()) + 1);
        }
        const auto axis = core::axisOf(p.direction);
        if (axis == core::PartnerAxis::Vertical && !organisationIds.empty() && rng.chance(0.5)) {
            p.partnerCustomerId = organisationIds[static_cast<std::size_t>(i) % organisationIds.size()];
        }
        // Walk the lifecycle: formation, experimentation, identification, renewal; some end in rupture.
        auto day = start.addDays(static_cast<std::int32_t>(rng.between(0, start.daysUntil(end) / 2)));
        p.startedOn = day;
        const auto stages = rng.between(1, 4);
        for (std::int64_t s = 0; s < stages && day <= end; ++s) {
            p.stageHistory.push_back({static_cast<core::PartnershipStage>(s), day, ""});
            day = day.addDays(static_cast<std::int32_t>(rng.between(60, 240)));
        }
        if (rng.chance(0.15) && day <= end) {
            p.stageHistory.push_back({core::PartnershipStage::Rupture, day, "Partner chose a competitor's offer"});
            p.endedOn = day;
        }
        const auto bondCount = rng.between(2, 5);
        for (std::int64_t b = 0; b < bondCount; ++b) {
            const auto bond = static_cast<core::Bond>(rng.between(0, 9));
            if (std::find(p.bonds.begin(), p.bonds.end(), bond) == p.bonds.end()) {
                p.bonds.push_back(bond);
            }
        }
        p.valueShared = core::Money::fromMinor(rng.between(5'000, 500'000) * 100);
        p.notes =
            axis == core::PartnerAxis::Horizontal ? "Cooperation beside competition: shared costs, own customers." : "";
        result.push_back(std::move(p));
    }
    return result;
}

} // namespace rapport::demo
