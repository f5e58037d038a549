#include "i18n/domain_terms.h"

#include <QCoreApplication>

#include <array>
#include <span>

namespace rapport::i18n {

namespace {

// (code, English word) pairs; QT_TRANSLATE_NOOP3 lets lupdate find the words, each with the kind of term as its
// disambiguation, so a translator sees that "Other" is a partner direction here and an episode kind there.
struct Term {
    std::string_view code;
    struct {
        const char* source;  // the English word
        const char* comment; // which kind of term it is
    } word;                  // what QT_TRANSLATE_NOOP3 yields
};

QString lookUp(std::span<const Term> terms, std::string_view code) {
    for (const Term& t : terms) {
        if (t.code == code) {
            return QCoreApplication::translate("Domain", t.word.source, t.word.comment);
        }
    }
    return humanizeCode(code);
}

constexpr std::array kPartnerDirection{
    Term{"supplier", QT_TRANSLATE_NOOP3("Domain", "Supplier", "partner direction")},
    Term{"manufacturer", QT_TRANSLATE_NOOP3("Domain", "Manufacturer", "partner direction")},
    Term{"intermediary", QT_TRANSLATE_NOOP3("Domain", "Intermediary", "partner direction")},
    Term{"distributor", QT_TRANSLATE_NOOP3("Domain", "Distributor", "partner direction")},
    Term{"retailer", QT_TRANSLATE_NOOP3("Domain", "Retailer", "partner direction")},
    Term{"competitor", QT_TRANSLATE_NOOP3("Domain", "Competitor", "partner direction")},
    Term{"complementary", QT_TRANSLATE_NOOP3("Domain", "Complementary business", "partner direction")},
    Term{"shareholder", QT_TRANSLATE_NOOP3("Domain", "Shareholder", "partner direction")},
    Term{"employee", QT_TRANSLATE_NOOP3("Domain", "Employee", "partner direction")},
    Term{"public_body", QT_TRANSLATE_NOOP3("Domain", "Public body", "partner direction")},
    Term{"pressure_group", QT_TRANSLATE_NOOP3("Domain", "Pressure group", "partner direction")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "partner direction")},
};

constexpr std::array kPartnershipForm{
    Term{"alliance", QT_TRANSLATE_NOOP3("Domain", "Alliance", "partnership form")},
    Term{"joint_venture", QT_TRANSLATE_NOOP3("Domain", "Joint venture", "partnership form")},
    Term{"co_branding", QT_TRANSLATE_NOOP3("Domain", "Co-branding", "partnership form")},
    Term{"joint_rnd", QT_TRANSLATE_NOOP3("Domain", "Joint R&D", "partnership form")},
    Term{"cross_licensing", QT_TRANSLATE_NOOP3("Domain", "Cross-licensing", "partnership form")},
    Term{"joint_marketing", QT_TRANSLATE_NOOP3("Domain", "Joint marketing", "partnership form")},
    Term{"supply_contract", QT_TRANSLATE_NOOP3("Domain", "Supply contract", "partnership form")},
    Term{"distribution_agreement", QT_TRANSLATE_NOOP3("Domain", "Distribution agreement", "partnership form")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "partnership form")},
};

constexpr std::array kPartnershipStage{
    Term{"formation", QT_TRANSLATE_NOOP3("Domain", "Formation", "partnership lifecycle stage")},
    Term{"experimentation", QT_TRANSLATE_NOOP3("Domain", "Experimentation", "partnership lifecycle stage")},
    Term{"identification", QT_TRANSLATE_NOOP3("Domain", "Identification", "partnership lifecycle stage")},
    Term{"renewal", QT_TRANSLATE_NOOP3("Domain", "Renewal", "partnership lifecycle stage")},
    Term{"rupture", QT_TRANSLATE_NOOP3("Domain", "Rupture", "partnership lifecycle stage")},
};

constexpr std::array kBond{
    Term{"legal", QT_TRANSLATE_NOOP3("Domain", "Legal", "partnership bond")},
    Term{"economic", QT_TRANSLATE_NOOP3("Domain", "Economic", "partnership bond")},
    Term{"technical", QT_TRANSLATE_NOOP3("Domain", "Technical", "partnership bond")},
    Term{"geographic", QT_TRANSLATE_NOOP3("Domain", "Geographic", "partnership bond")},
    Term{"temporal", QT_TRANSLATE_NOOP3("Domain", "Temporal", "partnership bond")},
    Term{"social", QT_TRANSLATE_NOOP3("Domain", "Social", "partnership bond")},
    Term{"cultural", QT_TRANSLATE_NOOP3("Domain", "Cultural", "partnership bond")},
    Term{"ideological", QT_TRANSLATE_NOOP3("Domain", "Ideological", "partnership bond")},
    Term{"cognitive", QT_TRANSLATE_NOOP3("Domain", "Cognitive", "partnership bond")},
    Term{"psychological", QT_TRANSLATE_NOOP3("Domain", "Psychological", "partnership bond")},
};

constexpr std::array kCostLine{
    Term{"delivery", QT_TRANSLATE_NOOP3("Domain", "Delivery", "relationship cost line (table 7.3)")},
    Term{"store_staff_bonus", QT_TRANSLATE_NOOP3("Domain", "Store staff bonus", "relationship cost line (table 7.3)")},
    Term{"unsold_returns", QT_TRANSLATE_NOOP3("Domain", "Unsold returns", "relationship cost line (table 7.3)")},
    Term{"database_upkeep", QT_TRANSLATE_NOOP3("Domain", "Database upkeep", "relationship cost line (table 7.3)")},
    Term{"sales_manager_pay", QT_TRANSLATE_NOOP3("Domain", "Sales manager pay", "relationship cost line (table 7.3)")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "relationship cost line (table 7.3)")},
};

constexpr std::array kChurnStatus{
    Term{"active", QT_TRANSLATE_NOOP3("Domain", "Active", "churn status")},
    Term{"at_risk", QT_TRANSLATE_NOOP3("Domain", "At risk", "churn status")},
    Term{"lapsed", QT_TRANSLATE_NOOP3("Domain", "Lapsed", "churn status")},
    Term{"lost", QT_TRANSLATE_NOOP3("Domain", "Lost", "churn status")},
};

constexpr std::array kWinBackOutcome{
    Term{"none", QT_TRANSLATE_NOOP3("Domain", "None", "win-back outcome")},
    Term{"pending", QT_TRANSLATE_NOOP3("Domain", "Pending", "win-back outcome")},
    Term{"won_back", QT_TRANSLATE_NOOP3("Domain", "Won back", "win-back outcome")},
    Term{"failed", QT_TRANSLATE_NOOP3("Domain", "Failed", "win-back outcome")},
};

constexpr std::array kOfferKind{
    Term{"discount", QT_TRANSLATE_NOOP3("Domain", "Discount", "campaign offer")},
    Term{"reward", QT_TRANSLATE_NOOP3("Domain", "Reward", "campaign offer")},
    Term{"invitation", QT_TRANSLATE_NOOP3("Domain", "Invitation", "campaign offer")},
    Term{"win_back", QT_TRANSLATE_NOOP3("Domain", "Win-back offer", "campaign offer")},
    Term{"information", QT_TRANSLATE_NOOP3("Domain", "Information", "campaign offer")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "campaign offer")},
};

constexpr std::array kStratification{
    Term{"none", QT_TRANSLATE_NOOP3("Domain", "Whole list", "control group drawn within")},
    Term{"four_group", QT_TRANSLATE_NOOP3("Domain", "Each of the four groups", "control group drawn within")},
    Term{"ladder_stage", QT_TRANSLATE_NOOP3("Domain", "Each ladder stage", "control group drawn within")},
    Term{"churn_status", QT_TRANSLATE_NOOP3("Domain", "Each churn status", "control group drawn within")},
};

constexpr std::array kCustomerKind{
    Term{"person", QT_TRANSLATE_NOOP3("Domain", "Person", "kind of customer")},
    Term{"household", QT_TRANSLATE_NOOP3("Domain", "Household", "kind of customer")},
    Term{"organisation", QT_TRANSLATE_NOOP3("Domain", "Organisation", "kind of customer")},
};

constexpr std::array kMarket{
    Term{"b2c", QT_TRANSLATE_NOOP3("Domain", "B2C", "market")},
    Term{"b2b", QT_TRANSLATE_NOOP3("Domain", "B2B", "market")},
};

constexpr std::array kIncomeBand{
    Term{"low", QT_TRANSLATE_NOOP3("Domain", "Low", "income band")},
    Term{"lower_middle", QT_TRANSLATE_NOOP3("Domain", "Lower middle", "income band")},
    Term{"middle", QT_TRANSLATE_NOOP3("Domain", "Middle", "income band")},
    Term{"upper_middle", QT_TRANSLATE_NOOP3("Domain", "Upper middle", "income band")},
    Term{"high", QT_TRANSLATE_NOOP3("Domain", "High", "income band")},
};

constexpr std::array kConsentPurpose{
    Term{"processing", QT_TRANSLATE_NOOP3("Domain", "Processing", "purpose of a consent")},
    Term{"marketing", QT_TRANSLATE_NOOP3("Domain", "Marketing", "purpose of a consent")},
    Term{"profiling", QT_TRANSLATE_NOOP3("Domain", "Profiling", "purpose of a consent")},
    Term{"third_party_sharing", QT_TRANSLATE_NOOP3("Domain", "Sharing with third parties", "purpose of a consent")},
};

constexpr std::array kAssessmentComponent{
    Term{"patronage", QT_TRANSLATE_NOOP3("Domain", "Patronage", "loyalty assessment component")},
    Term{"commitment", QT_TRANSLATE_NOOP3("Domain", "Commitment", "loyalty assessment component")},
    Term{"perceived_quality", QT_TRANSLATE_NOOP3("Domain", "Perceived quality", "loyalty assessment component")},
    Term{"perceived_value", QT_TRANSLATE_NOOP3("Domain", "Perceived value", "loyalty assessment component")},
    Term{"sacrifices", QT_TRANSLATE_NOOP3("Domain", "Sacrifices", "loyalty assessment component")},
    Term{"alternatives_known", QT_TRANSLATE_NOOP3("Domain", "Alternatives known", "loyalty assessment component")},
    Term{"customer_bonds", QT_TRANSLATE_NOOP3("Domain", "Customer bonds", "loyalty assessment component")},
};

constexpr std::array kEpisodeKind{
    Term{"purchase", QT_TRANSLATE_NOOP3("Domain", "Purchase", "kind of episode")},
    Term{"return", QT_TRANSLATE_NOOP3("Domain", "Return", "kind of episode")},
    Term{"complaint", QT_TRANSLATE_NOOP3("Domain", "Complaint", "kind of episode")},
    Term{"inquiry", QT_TRANSLATE_NOOP3("Domain", "Inquiry", "kind of episode")},
    Term{"service", QT_TRANSLATE_NOOP3("Domain", "Service", "kind of episode")},
    Term{"offer", QT_TRANSLATE_NOOP3("Domain", "Offer", "kind of episode")},
    Term{"feedback", QT_TRANSLATE_NOOP3("Domain", "Feedback", "kind of episode")},
    Term{"referral", QT_TRANSLATE_NOOP3("Domain", "Referral", "kind of episode")},
    Term{"co_creation", QT_TRANSLATE_NOOP3("Domain", "Co-creation", "kind of episode")},
    Term{"meeting", QT_TRANSLATE_NOOP3("Domain", "Meeting", "kind of episode")},
    Term{"call", QT_TRANSLATE_NOOP3("Domain", "Call", "kind of episode")},
    Term{"email", QT_TRANSLATE_NOOP3("Domain", "Email", "kind of episode")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "kind of episode")},
};

constexpr std::array kLadderStage{
    Term{"prospect", QT_TRANSLATE_NOOP3("Domain", "Prospect", "relationship ladder stage")},
    Term{"customer", QT_TRANSLATE_NOOP3("Domain", "Customer", "relationship ladder stage")},
    Term{"client", QT_TRANSLATE_NOOP3("Domain", "Client", "relationship ladder stage")},
    Term{"supporter", QT_TRANSLATE_NOOP3("Domain", "Supporter", "relationship ladder stage")},
    Term{"advocate", QT_TRANSLATE_NOOP3("Domain", "Advocate", "relationship ladder stage")},
    Term{"partner", QT_TRANSLATE_NOOP3("Domain", "Partner", "relationship ladder stage")},
};

constexpr std::array kChannel{
    Term{"point_of_sale", QT_TRANSLATE_NOOP3("Domain", "Point of sale", "channel")},
    Term{"phone", QT_TRANSLATE_NOOP3("Domain", "Phone", "channel")},
    Term{"email", QT_TRANSLATE_NOOP3("Domain", "Email", "channel")},
    Term{"event", QT_TRANSLATE_NOOP3("Domain", "Event", "channel")},
    Term{"meeting", QT_TRANSLATE_NOOP3("Domain", "Meeting", "channel")},
    Term{"web_form", QT_TRANSLATE_NOOP3("Domain", "Web form", "channel")},
    Term{"advertising", QT_TRANSLATE_NOOP3("Domain", "Advertising", "channel")},
    Term{"chat", QT_TRANSLATE_NOOP3("Domain", "Chat", "channel")},
    Term{"social_network", QT_TRANSLATE_NOOP3("Domain", "Social network", "channel")},
    Term{"mail", QT_TRANSLATE_NOOP3("Domain", "Mail", "channel")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "channel")},
};

constexpr std::array kChurnReasons{
    Term{"moved",
         QT_TRANSLATE_NOOP3("Domain", "Moved home or work, or the transport route or cost changed", "churn reason")},
    Term{"lower_prices", QT_TRANSLATE_NOOP3("Domain", "Lower prices elsewhere", "churn reason")},
    Term{"partner_incompatibility",
         QT_TRANSLATE_NOOP3("Domain", "Inability to work with the firm's partners", "churn reason")},
    Term{"lack_of_attention",
         QT_TRANSLATE_NOOP3("Domain", "Lack of attention and interest from the maker and the trade", "churn reason")},
    Term{"owner_change", QT_TRANSLATE_NOOP3("Domain", "Change of owner", "churn reason")},
    Term{"purchasing_manager_change", QT_TRANSLATE_NOOP3("Domain", "Change of purchasing manager", "churn reason")},
    Term{"renovation", QT_TRANSLATE_NOOP3("Domain", "Renovation or temporary closure", "churn reason")},
    Term{"other", QT_TRANSLATE_NOOP3("Domain", "Other", "churn reason")},
};

} // namespace

QString term(core::PartnerDirection value) {
    return lookUp(kPartnerDirection, core::toCode(value));
}

QString term(core::PartnershipForm value) {
    return lookUp(kPartnershipForm, core::toCode(value));
}

QString term(core::PartnershipStage value) {
    return lookUp(kPartnershipStage, core::toCode(value));
}

QString term(core::Bond value) {
    return lookUp(kBond, core::toCode(value));
}

QString term(core::CostLine value) {
    return lookUp(kCostLine, core::toCode(value));
}

QString term(core::ChurnStatus value) {
    return lookUp(kChurnStatus, core::toCode(value));
}

QString term(core::WinBackOutcome value) {
    return lookUp(kWinBackOutcome, core::toCode(value));
}

QString term(core::OfferKind value) {
    return lookUp(kOfferKind, core::toCode(value));
}

QString term(core::Stratification value) {
    return lookUp(kStratification, core::toCode(value));
}

QString term(core::CustomerKind value) {
    return lookUp(kCustomerKind, core::toCode(value));
}

QString term(core::Market value) {
    return lookUp(kMarket, core::toCode(value));
}

QString term(core::IncomeBand value) {
    return lookUp(kIncomeBand, core::toCode(value));
}

QString term(core::ConsentPurpose value) {
    return lookUp(kConsentPurpose, core::toCode(value));
}

QString term(core::AssessmentComponent value) {
    return lookUp(kAssessmentComponent, core::toCode(value));
}

QString term(core::EpisodeKind value) {
    return lookUp(kEpisodeKind, core::toCode(value));
}

QString term(core::LadderStage value) {
    return lookUp(kLadderStage, core::toCode(value));
}

QString term(core::Channel value) {
    return lookUp(kChannel, core::toCode(value));
}

QString churnReasonTerm(std::string_view code, std::string_view storedLabel) {
    for (const Term& t : kChurnReasons) {
        if (t.code == code) {
            return QCoreApplication::translate("Domain", t.word.source, t.word.comment);
        }
    }
    return storedLabel.empty() ? humanizeCode(code)
                               : QString::fromUtf8(storedLabel.data(), static_cast<qsizetype>(storedLabel.size()));
}

QString humanizeCode(std::string_view code) {
    QString text = QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

} // namespace rapport::i18n
