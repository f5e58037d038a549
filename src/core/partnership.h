#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "core/money.h"
#include "core/validation.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

/** Who the partner is relative to the firm: along the supply chain (vertical), beside it (horizontal), or other. */
enum class PartnerDirection {
    Supplier,
    Manufacturer,
    Intermediary,
    Distributor,
    Retailer,
    Competitor,
    Complementary,
    Shareholder,
    Employee,
    PublicBody,
    PressureGroup,
    Other,
};
template <> struct EnumNames<PartnerDirection> {
    static constexpr std::array<std::pair<PartnerDirection, std::string_view>, 12> values{{
        {PartnerDirection::Supplier, "supplier"},
        {PartnerDirection::Manufacturer, "manufacturer"},
        {PartnerDirection::Intermediary, "intermediary"},
        {PartnerDirection::Distributor, "distributor"},
        {PartnerDirection::Retailer, "retailer"},
        {PartnerDirection::Competitor, "competitor"},
        {PartnerDirection::Complementary, "complementary"},
        {PartnerDirection::Shareholder, "shareholder"},
        {PartnerDirection::Employee, "employee"},
        {PartnerDirection::PublicBody, "public_body"},
        {PartnerDirection::PressureGroup, "pressure_group"},
        {PartnerDirection::Other, "other"},
    }};
};

enum class PartnerAxis { Vertical, Horizontal, Other };
PartnerAxis axisOf(PartnerDirection direction);

enum class PartnershipForm {
    Alliance,
    JointVenture,
    CoBranding,
    JointRnD,
    CrossLicensing,
    JointMarketing,
    SupplyContract,
    DistributionAgreement,
    Other,
};
template <> struct EnumNames<PartnershipForm> {
    static constexpr std::array<std::pair<PartnershipForm, std::string_view>, 9> values{{
        {PartnershipForm::Alliance, "alliance"},
        {PartnershipForm::JointVenture, "joint_venture"},
        {PartnershipForm::CoBranding, "co_branding"},
        {PartnershipForm::JointRnD, "joint_rnd"},
        {PartnershipForm::CrossLicensing, "cross_licensing"},
        {PartnershipForm::JointMarketing, "joint_marketing"},
        {PartnershipForm::SupplyContract, "supply_contract"},
        {PartnershipForm::DistributionAgreement, "distribution_agreement"},
        {PartnershipForm::Other, "other"},
    }};
};

enum class PartnershipStage { Formation, Experimentation, Identification, Renewal, Rupture };
template <> struct EnumNames<PartnershipStage> {
    static constexpr std::array<std::pair<PartnershipStage, std::string_view>, 5> values{{
        {PartnershipStage::Formation, "formation"},
        {PartnershipStage::Experimentation, "experimentation"},
        {PartnershipStage::Identification, "identification"},
        {PartnershipStage::Renewal, "renewal"},
        {PartnershipStage::Rupture, "rupture"},
    }};
};

/** The ten kinds of bond that tie the parties of a partnership. */
enum class Bond {
    Legal,
    Economic,
    Technical,
    Geographic,
    Temporal,
    Social,
    Cultural,
    Ideological,
    Cognitive,
    Psychological
};
template <> struct EnumNames<Bond> {
    static constexpr std::array<std::pair<Bond, std::string_view>, 10> values{{
        {Bond::Legal, "legal"},
        {Bond::Economic, "economic"},
        {Bond::Technical, "technical"},
        {Bond::Geographic, "geographic"},
        {Bond::Temporal, "temporal"},
        {Bond::Social, "social"},
        {Bond::Cultural, "cultural"},
        {Bond::Ideological, "ideological"},
        {Bond::Cognitive, "cognitive"},
        {Bond::Psychological, "psychological"},
    }};
};

struct StageChange {
    PartnershipStage stage = PartnershipStage::Formation;
    Date since;
    std::string note;
    bool operator==(const StageChange&) const = default;
};

/**
 * A relationship beyond the buyer-seller pair. The current stage is the last entry of stageHistory,
 * so the history cannot disagree with it.
 */
struct Partnership {
    PartnershipId id = 0;
    std::string partnerName;
    std::optional<CustomerId> partnerCustomerId; // when the partner is also a customer
    PartnerDirection direction = PartnerDirection::Other;
    PartnershipForm form = PartnershipForm::Other;
    std::vector<StageChange> stageHistory; // oldest first, never empty for a valid partnership
    std::vector<Bond> bonds;
    Money valueShared; // value created together and shared, per year
    std::optional<Date> startedOn;
    std::optional<Date> endedOn;
    std::string notes;

    bool operator==(const Partnership&) const = default;

    [[nodiscard]] PartnershipStage stage() const {
        return stageHistory.empty() ? PartnershipStage::Formation : stageHistory.back().stage;
    }
};

std::vector<FieldError> validationErrors(const Partnership& partnership);
void validate(const Partnership& partnership);

} // namespace rapport::core
