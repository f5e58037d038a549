#include "core/service_level.h"

#include "core/text_limits.h"

namespace rapport::core {

namespace {

bool allows(std::uint32_t set, int index) {
    return set == 0 || (index >= 0 && index < 32 && (set & (1U << index)) != 0);
}

template <typename Enum> std::string codesOf(std::uint32_t set) {
    std::string text;
    for (const auto& [value, code] : EnumNames<Enum>::values) {
        if ((set & (1U << static_cast<int>(value))) != 0) {
            text += (text.empty() ? "" : ",") + std::string(code);
        }
    }
    return text;
}

} // namespace

std::vector<FieldError> validationErrors(const ServiceLevel& level) {
    Validator v;
    checkRequiredText(v, "name", level.name, limits::kShortText);
    checkText(v, "entitlement", level.entitlement, limits::kAssessmentNote, true);
    v.require(level.rank >= 1 && level.rank <= 1000, "rank", "must be between 1 and 1000");
    if (level.contactIntervalDays < 1 || level.contactIntervalDays > kMaxContactIntervalDays) {
        v.add("contact_interval_days", "must be between 1 and " + std::to_string(kMaxContactIntervalDays) + " days");
    }
    const auto& r = level.rule;
    v.require(r.abcClasses < (1U << 3), "abc", "must be among A, B, C");
    v.require(r.fourGroups < (1U << 4), "groups", "must be among 1, 2, 3, 4");
    v.require(r.stages < (1U << kLadderStages), "stages", "must be among " + allCodes<LadderStage>());
    v.require(r.churnStatuses < (1U << EnumNames<ChurnStatus>::values.size()), "churn",
              "must be among " + allCodes<ChurnStatus>());
    v.require(r.minValuePercentile >= 0 && r.minValuePercentile <= 99, "min_value_percentile",
              "must be between 0 and 99");
    return v.take();
}

void validate(const ServiceLevel& level) {
    throwIfInvalid("service level", validationErrors(level));
}

bool meets(const ServiceLevelRule& rule, const LevelFacts& facts) {
    if (rule.abcClasses != 0 && (facts.abcClass < 'A' || !allows(rule.abcClasses, facts.abcClass - 'A'))) {
        return false;
    }
    if (rule.fourGroups != 0 && (facts.fourGroup < 1 || !allows(rule.fourGroups, facts.fourGroup - 1))) {
        return false;
    }
    if (!allows(rule.stages, static_cast<int>(facts.stage))) {
        return false;
    }
    if (rule.churnStatuses != 0 &&
        (!facts.churnStatus || !allows(rule.churnStatuses, static_cast<int>(*facts.churnStatus)))) {
        return false;
    }
    if (rule.minValuePercentile > 0 &&
        (!facts.valuePercentile || *facts.valuePercentile < static_cast<double>(rule.minValuePercentile))) {
        return false;
    }
    return true;
}

std::string describe(const ServiceLevelRule& rule) {
    std::vector<std::string> parts;
    if (rule.abcClasses != 0) {
        std::string classes;
        for (int i = 0; i < 3; ++i) {
            if ((rule.abcClasses & (1U << i)) != 0) {
                classes += (classes.empty() ? "" : ",") + std::string(1, static_cast<char>('A' + i));
            }
        }
        parts.push_back("abc=" + classes);
    }
    if (rule.fourGroups != 0) {
        std::string groups;
        for (int g = 1; g <= 4; ++g) {
            if ((rule.fourGroups & (1U << (g - 1))) != 0) {
                groups += (groups.empty() ? "" : ",") + std::to_string(g);
            }
        }
        parts.push_back("groups=" + groups);
    }
    if (rule.stages != 0) {
        parts.push_back("stages=" + codesOf<LadderStage>(rule.stages));
    }
    if (rule.churnStatuses != 0) {
        parts.push_back("churn=" + codesOf<ChurnStatus>(rule.churnStatuses));
    }
    if (rule.minValuePercentile > 0) {
        parts.push_back("value>=p" + std::to_string(rule.minValuePercentile));
    }
    if (parts.empty()) {
        return "everyone";
    }
    std::string text;
    for (const auto& part : parts) {
        text += (text.empty() ? "" : "; ") + part;
    }
    return text;
}

namespace {

constexpr std::uint32_t bit(int index) {
    return 1U << index;
}

ServiceLevel level(std::string name, int rank, ServiceLevelRule rule, std::string entitlement, int intervalDays) {
    ServiceLevel l;
    l.name = std::move(name);
    l.rank = rank;
    l.rule = rule;
    l.entitlement = std::move(entitlement);
    l.contactIntervalDays = intervalDays;
    return l;
}

} // namespace

std::vector<ServiceLevel> suggestedServiceLevels() {
    ServiceLevelRule winBack;
    winBack.abcClasses = bit(0) | bit(1);
    winBack.churnStatuses = bit(static_cast<int>(ChurnStatus::Lapsed)) | bit(static_cast<int>(ChurnStatus::Lost));
    ServiceLevelRule key;
    key.abcClasses = bit(0);
    ServiceLevelRule regular;
    regular.abcClasses = bit(1);
    return {
        level("Win-back", 1, winBack,
              "A special offer for a valuable customer who recently left; find the reason at once", 14),
        level("Key", 2, key, "Special rewards, preventive contact, preferences tracked", 30),
        level("Regular", 3, regular, "Incentives for regular purchases", 60),
        level("Occasional", 4, ServiceLevelRule{}, "Standard service", 180),
    };
}

} // namespace rapport::core
