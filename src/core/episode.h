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

/**
 * What happened in one interaction; "a relationship is built from a series of episodes". One byte: the analysis
 * keeps one in each customer's profile, a million of them.
 */
enum class EpisodeKind : std::uint8_t {
    Purchase,
    Return,
    Complaint,
    Inquiry,
    Service,
    Offer,
    Feedback,
    Referral,   // the customer recommended us to someone
    CoCreation, // the customer took part in designing a product or service
    Meeting,
    Call,
    Email,
    Other,
};

template <> struct EnumNames<EpisodeKind> {
    static constexpr std::array<std::pair<EpisodeKind, std::string_view>, 13> values{{
        {EpisodeKind::Purchase, "purchase"},
        {EpisodeKind::Return, "return"},
        {EpisodeKind::Complaint, "complaint"},
        {EpisodeKind::Inquiry, "inquiry"},
        {EpisodeKind::Service, "service"},
        {EpisodeKind::Offer, "offer"},
        {EpisodeKind::Feedback, "feedback"},
        {EpisodeKind::Referral, "referral"},
        {EpisodeKind::CoCreation, "co_creation"},
        {EpisodeKind::Meeting, "meeting"},
        {EpisodeKind::Call, "call"},
        {EpisodeKind::Email, "email"},
        {EpisodeKind::Other, "other"},
    }};
};

/** Purchases and returns carry money; everything else is contact. */
constexpr bool isMonetary(EpisodeKind kind) {
    return kind == EpisodeKind::Purchase || kind == EpisodeKind::Return;
}

inline constexpr int kMinSatisfaction = -2;
inline constexpr int kMaxSatisfaction = 2;

/**
 * One interaction with a customer.
 *
 * Money is signed so that sums are net: a purchase has revenue >= 0, a return revenue <= 0 (the refund).
 * Margin is revenue minus the cost of goods, so it may be negative for a sale at a loss.
 */
struct Episode {
    EpisodeId id = 0;
    CustomerId customerId = 0;
    std::optional<ContactPersonId> contactPersonId;
    Date occurredOn;
    Channel channel = Channel::Other;
    EpisodeKind kind = EpisodeKind::Other;
    std::optional<Money> revenue;
    std::optional<Money> margin;
    std::optional<int> satisfaction; // -2 (very dissatisfied) .. +2 (delighted)
    bool critical = false;           // decisive for whether the relationship continues
    std::string owner;
    std::string notes;
    std::optional<Date> followUpOn;
    bool followUpDone = false;
    /** The document it came from (an invoice number such as "536365" or "C536379"); empty when none. */
    std::string reference;
    /** Invoice lines grouped into this episode; 0 when it did not come from a line-item file. Never negative. */
    int lineCount = 0;
    /**
     * For a return only: the purchase episode of the same customer that it cancels (an invoice cancelled by a
     * credit note). Analytics net the return into that purchase's day, so a purchase cancelled in full is no
     * purchase day.
     */
    std::optional<EpisodeId> cancels;

    bool operator==(const Episode&) const = default;
};

std::vector<FieldError> validationErrors(const Episode& episode);
void validate(const Episode& episode);

/** A follow-up that is not tied to one episode, e.g. "call back before the contract ends". */
struct Task {
    TaskId id = 0;
    CustomerId customerId = 0;
    std::string title;
    Date dueOn;
    bool done = false;
    std::string owner;
    std::string notes;

    bool operator==(const Task&) const = default;
};

std::vector<FieldError> validationErrors(const Task& task);
void validate(const Task& task);

} // namespace rapport::core
