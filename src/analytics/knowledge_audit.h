#pragma once

#include "core/date.h"
#include "storage/queries.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::storage {
class Repository;
}

namespace rapport::analytics {

/**
 * The seed's customer-knowledge audit: eight questions a firm should be able to answer about its customers
 * ("do we know the customers who bring most profit; their income, product mix and real needs; ..."). Each is
 * answered per customer by a rule over the records that answer it (docs/methodology.md, "Customer-knowledge audit").
 */
enum class KnowledgeQuestion {
    MostProfitable, // 1. who brings the most profit
    IncomeAndNeeds, // 2. their income, product mix and real needs
    NextYear,       // 3. what they will expect next year
    IncomeSources,  // 4. their income sources
    WhoDecides,     // 5. who decides on purchases
    Competitors,    // 6. competitors' strategies
    ValueWeCreate,  // 7. can we measure the value we create for them
    TheirValueToUs, // 8. can we measure their value to us
};
inline constexpr int kKnowledgeQuestionCount = 8;
inline constexpr std::array<KnowledgeQuestion, kKnowledgeQuestionCount> kKnowledgeQuestions{
    KnowledgeQuestion::MostProfitable, KnowledgeQuestion::IncomeAndNeeds, KnowledgeQuestion::NextYear,
    KnowledgeQuestion::IncomeSources,  KnowledgeQuestion::WhoDecides,     KnowledgeQuestion::Competitors,
    KnowledgeQuestion::ValueWeCreate,  KnowledgeQuestion::TheirValueToUs};

/** A stable code for scripts ("most_profitable", ...). */
std::string_view questionCode(KnowledgeQuestion question);
/** The seed's question in English (the CLI; the app and the reports word it through their translations). */
std::string_view questionText(KnowledgeQuestion question);

/** One piece of knowledge a customer's record lacks; a customer's gaps are a bit set of these. */
enum class KnowledgeGap : unsigned {
    Margin = 1U << 0,             // no purchase records a margin
    RankingRun = 1U << 1,         // no analysis has scored the customer
    IncomeOrHousehold = 1U << 2,  // neither income band nor household size (people and households)
    Interests = 1U << 3,          // no tags: interests and preferences
    Purchases = 1U << 4,          // no purchase: no product mix
    PredictedValue = 1U << 5,     // no predicted value from the last analysis
    IncomeBand = 1U << 6,         // people and households
    HouseholdSize = 1U << 7,      // people and households
    Segment = 1U << 8,            // organisations: their line of business
    ContactPerson = 1U << 9,      // organisations: no active contact person
    DecisionMaker = 1U << 10,     // organisations: active contact persons, none marked decision maker
    AlternativesKnown = 1U << 11, // no assessment of alternatives known, no competitor partnership record
    ValueMeasure = 1U << 12,      // no satisfaction rating, no perceived value or quality assessment
    RelationshipCosts = 1U << 13, // no relationship cost entries
};
inline constexpr int kKnowledgeGapCount = 14;
/** The gap with bit `index` (0 .. kKnowledgeGapCount - 1). */
KnowledgeGap gapAt(int index);
std::string_view gapCode(KnowledgeGap gap);
/** What is missing, in English words. */
std::string_view gapText(KnowledgeGap gap);
/** The gaps of a bit set, in order. */
std::vector<KnowledgeGap> gapsOf(unsigned gaps);

/** How one question stands for one customer. */
struct QuestionAnswer {
    bool applicable = true; // e.g. "who decides" asks nothing of a person buying for themselves
    unsigned gaps = 0;      // KnowledgeGap bits; none: the question is answered for this customer
    [[nodiscard]] bool covered() const { return applicable && gaps == 0; }
};

/** The rule of one question for one customer. */
QuestionAnswer answerFor(KnowledgeQuestion question, const storage::CustomerKnowledge& customer);

/**
 * The weight a customer carries in the value-weighted coverage: revenue to date plus the predicted future value the
 * last analysis stored (each counted from zero up), so both the customers who brought the most and those expected to
 * bring the most weigh most.
 */
std::int64_t knowledgeWeight(const storage::CustomerKnowledge& customer);

/** A customer whose record to complete first: among those a question concerns and does not cover, the most valuable. */
struct CustomerToComplete {
    core::CustomerId id = 0;
    std::string name;
    std::int64_t valueMinor = 0;
    unsigned gaps = 0;
};

/** How far the base answers one question. */
struct QuestionCoverage {
    KnowledgeQuestion question = KnowledgeQuestion::MostProfitable;
    std::int64_t applicable = 0; // customers the question concerns
    std::int64_t covered = 0;
    std::int64_t applicableValueMinor = 0;
    std::int64_t coveredValueMinor = 0;
    std::array<std::int64_t, kKnowledgeGapCount> missing{}; // customers lacking each piece, by gap bit
    std::vector<CustomerToComplete> toComplete;             // most valuable first
    /** Share of the customers concerned it covers, 0..1 (0 when it concerns none). */
    [[nodiscard]] double customerShare() const;
    /** Share of their value it covers, 0..1; with no value among them, the customer share. */
    [[nodiscard]] double valueShare() const;
};

struct KnowledgeAudit {
    std::int64_t customers = 0;
    std::int64_t totalValueMinor = 0;
    bool scored = false; // an analysis run has stored scores for some customer
    std::array<QuestionCoverage, kKnowledgeQuestionCount> questions;
    [[nodiscard]] const QuestionCoverage& coverage(KnowledgeQuestion question) const {
        return questions[static_cast<std::size_t>(question)];
    }
};

/** Builds the audit from customers given one at a time (any order), keeping only `top` customers per question. */
class KnowledgeAuditBuilder {
public:
    explicit KnowledgeAuditBuilder(int top);
    void add(const storage::CustomerKnowledge& customer);
    [[nodiscard]] KnowledgeAudit finish();

private:
    void offer(QuestionCoverage& coverage, const storage::CustomerKnowledge& customer, std::int64_t value,
               unsigned gaps) const;
    std::size_t m_top;
    KnowledgeAudit m_audit;
};

/** The audit over the whole base in one streaming pass (Repository::scanCustomerKnowledge). */
KnowledgeAudit auditKnowledge(storage::Repository& repository, core::Date today, int top);

} // namespace rapport::analytics
