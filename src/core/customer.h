#pragma once

#include "core/channel.h"
#include "core/contact_point.h"
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

enum class CustomerKind { Person, Household, Organisation };
template <> struct EnumNames<CustomerKind> {
    static constexpr std::array<std::pair<CustomerKind, std::string_view>, 3> values{{
        {CustomerKind::Person, "person"},
        {CustomerKind::Household, "household"},
        {CustomerKind::Organisation, "organisation"},
    }};
};

/** Business or consumer relationship; organisations are always B2B buyers. */
enum class Market { B2C, B2B };
template <> struct EnumNames<Market> {
    static constexpr std::array<std::pair<Market, std::string_view>, 2> values{{
        {Market::B2C, "b2c"},
        {Market::B2B, "b2b"},
    }};
};

enum class IncomeBand { Low, LowerMiddle, Middle, UpperMiddle, High };
template <> struct EnumNames<IncomeBand> {
    static constexpr std::array<std::pair<IncomeBand, std::string_view>, 5> values{{
        {IncomeBand::Low, "low"},
        {IncomeBand::LowerMiddle, "lower_middle"},
        {IncomeBand::Middle, "middle"},
        {IncomeBand::UpperMiddle, "upper_middle"},
        {IncomeBand::High, "high"},
    }};
};

/** What a consent covers; the seeds ask for proof of consent to processing and to marketing separately. */
enum class ConsentPurpose { Processing, Marketing, Profiling, ThirdPartySharing };
template <> struct EnumNames<ConsentPurpose> {
    static constexpr std::array<std::pair<ConsentPurpose, std::string_view>, 4> values{{
        {ConsentPurpose::Processing, "processing"},
        {ConsentPurpose::Marketing, "marketing"},
        {ConsentPurpose::Profiling, "profiling"},
        {ConsentPurpose::ThirdPartySharing, "third_party_sharing"},
    }};
};

struct Address {
    std::string street;
    std::string postcode; // text: leading zeros matter
    std::string city;
    std::string region;
    std::string country;
    bool operator==(const Address&) const = default;
};

/** One consent event; records are appended, never edited, so that the history is the proof. */
struct ConsentRecord {
    ConsentPurpose purpose = ConsentPurpose::Processing;
    bool given = true;
    Date recordedOn;
    std::string textVersion; // which wording of the consent text the customer saw
    bool operator==(const ConsentRecord&) const = default;
};

/**
 * Which stored state of a row a copy was read from: a save that names an older version than the stored one
 * would overwrite someone else's change, so the store refuses it (storage::ConflictError). Two copies with the
 * same content are equal whatever state they were read at, so it takes no part in comparisons. 0: not read from
 * a store, or a write that does not care (imports, merges).
 */
struct RowVersion {
    std::int64_t value = 0;
    bool operator==(const RowVersion& /*other*/) const { return true; }
};

struct Customer {
    CustomerId id = 0;
    RowVersion version;
    CustomerKind kind = CustomerKind::Person;
    std::string displayName;
    std::string legalName;
    Address address;
    std::vector<ContactPoint> emails;
    std::vector<ContactPoint> phones;
    std::string segment;
    Market market = Market::B2C;
    std::optional<Date> acquiredOn;
    std::optional<Channel> acquisitionChannel;
    Money acquisitionCost;
    std::string owner;   // the sales manager responsible
    bool shared = false; // in a team base: every sales manager may see and edit it, not only the owner
    std::optional<Channel> preferredChannel;
    std::vector<std::string> tags; // interests and preferences
    std::optional<IncomeBand> incomeBand;
    std::optional<int> householdSize; // people
    std::vector<ConsentRecord> consents;
    std::string externalRef; // identity in the system the customer was imported from
    std::string notes;
    /**
     * The day the customer was archived: no longer worked with, so left out of lists and analyses unless asked
     * for, but kept with its whole history and restorable. Empty for a customer in use.
     */
    std::optional<Date> archivedOn;

    bool operator==(const Customer&) const = default;

    /** The latest consent record for a purpose decides; no record means no consent. */
    [[nodiscard]] bool hasConsent(ConsentPurpose purpose) const;
};

std::vector<FieldError> validationErrors(const Customer& customer);
/** Throws ValidationError listing every problem. */
void validate(const Customer& customer);

} // namespace rapport::core
