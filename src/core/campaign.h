#pragma once

#include "core/channel.h"
#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "core/money.h"
#include "core/validation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rapport::core {

/** What a campaign offers: the seeds' service levels (rewards, incentives, offers to those who left) and more. */
enum class OfferKind { Discount, Reward, Invitation, WinBack, Information, Other };
template <> struct EnumNames<OfferKind> {
    static constexpr std::array<std::pair<OfferKind, std::string_view>, 6> values{{
        {OfferKind::Discount, "discount"},
        {OfferKind::Reward, "reward"},
        {OfferKind::Invitation, "invitation"},
        {OfferKind::WinBack, "win_back"},
        {OfferKind::Information, "information"},
        {OfferKind::Other, "other"},
    }};
};

/**
 * What the control group is drawn within, so that treated and control hold the same mix of it: a share of every
 * four-group, ladder stage or churn status is held back, not a share of the whole that chance may tilt.
 */
enum class Stratification { None, FourGroup, LadderStage, ChurnStatus };
template <> struct EnumNames<Stratification> {
    static constexpr std::array<std::pair<Stratification, std::string_view>, 4> values{{
        {Stratification::None, "none"},
        {Stratification::FourGroup, "four_group"},
        {Stratification::LadderStage, "ladder_stage"},
        {Stratification::ChurnStatus, "churn_status"},
    }};
};

inline constexpr int kMinControlPercent = 5;
inline constexpr int kMaxControlPercent = 50;
inline constexpr int kMaxResponseWindowDays = 365;

/**
 * A campaign or loyalty offer measured against a control group: the customers it targets are split at launch into
 * those who get the offer (treated) and a randomly held-back control group who do not, so that what the treated
 * buy in the response window beyond what the control group buys is what the offer caused.
 */
struct Campaign {
    CampaignId id = 0;
    std::string name;
    std::string goal;
    OfferKind offer = OfferKind::Discount;
    std::string offerText; // what the customer is offered, in words (the mail merge's text)
    Channel channel = Channel::Email;
    /** Percent of the target list held back as the control group. */
    int controlPercent = 20;
    Stratification stratification = Stratification::FourGroup;
    /** The seed of the random draw, recorded so that the same target list gives the same control group. */
    std::uint64_t seed = 0;
    /** Purchases in the days after the launch day, up to and including this many, count as responses. */
    int responseWindowDays = 30;
    Money costPerContact;
    /** Customers with an episode in this many days before the launch are left out (0: nobody is). */
    int excludeContactedDays = 0;
    /** The target list's filter, in words, as it was when the campaign was launched. */
    std::string targetDescription;
    std::string createdBy;
    std::optional<Date> launchedOn; // empty while the campaign is a draft

    bool operator==(const Campaign&) const = default;

    /** The last day whose purchases count as responses; empty before the launch. */
    [[nodiscard]] std::optional<Date> windowEnd() const {
        return launchedOn ? std::optional(launchedOn->addDays(responseWindowDays)) : std::nullopt;
    }
};

std::vector<FieldError> validationErrors(const Campaign& campaign);
void validate(const Campaign& campaign);

/** One customer of a launched campaign: treated or held back, and the stratum it was drawn in. */
struct CampaignMember {
    CustomerId customerId = 0;
    bool control = false;
    int stratum = 0;
    bool operator==(const CampaignMember&) const = default;
};

} // namespace rapport::core
