#pragma once

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "core/validation.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rapport::core {

/**
 * The relationship ladder (Payne et al., 1997): marketing aims to move people up to advocates and partners. One
 * byte, like EpisodeKind: each customer's profile in the analysis keeps one.
 */
enum class LadderStage : std::uint8_t { Prospect, Customer, Client, Supporter, Advocate, Partner };

template <> struct EnumNames<LadderStage> {
    static constexpr std::array<std::pair<LadderStage, std::string_view>, 6> values{{
        {LadderStage::Prospect, "prospect"},
        {LadderStage::Customer, "customer"},
        {LadderStage::Client, "client"},
        {LadderStage::Supporter, "supporter"},
        {LadderStage::Advocate, "advocate"},
        {LadderStage::Partner, "partner"},
    }};
};

inline constexpr std::size_t kLadderStages = 6;

/**
 * A stage set by hand where the rules do not see the whole relationship (a partner who signed a framework
 * agreement outside the episodes, say). It wins over the rules and keeps who set it, when and why.
 */
struct LadderOverride {
    CustomerId customerId = 0;
    LadderStage stage = LadderStage::Customer;
    std::string reason;
    Date setOn;
    std::string setBy;
    bool operator==(const LadderOverride&) const = default;
};

std::vector<FieldError> validationErrors(const LadderOverride& override);
void validate(const LadderOverride& override);

} // namespace rapport::core
