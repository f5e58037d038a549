#pragma once

#include "core/date.h"
#include "storage/repository.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace rapport::analytics {

/**
 * How complaints were handled (docs/methodology.md, "Complaint handling"). A complaint is answered by the first
 * outreach episode (call, meeting, e-mail, offer, service: isOutreach) of the customer after it, in the order
 * episodes happened; the time to answer is the days between the two. The satisfaction after the answer is the
 * answering episode's rating, or else the next rated episode's.
 */
struct ComplaintFigures {
    std::int64_t complaints = 0;
    std::int64_t answered = 0;
    std::optional<double> medianDaysToAnswer;
    std::optional<double> meanDaysToAnswer;
    std::int64_t ratedAtComplaint = 0;
    std::optional<double> meanSatisfactionAtComplaint; // -2..+2, of the complaints that were rated
    std::int64_t ratedAfterAnswer = 0;
    std::optional<double> meanSatisfactionAfterAnswer; // -2..+2
    [[nodiscard]] double shareAnswered() const {
        return complaints == 0 ? 0.0 : static_cast<double>(answered) / static_cast<double>(complaints);
    }
};

struct ComplaintGroup {
    std::string key; // the customer's owner (empty: nobody's), or the complaint's month "YYYY-MM"
    ComplaintFigures figures;
};

struct ComplaintReport {
    core::Date until;
    ComplaintFigures total;
    std::vector<ComplaintGroup> byOwner; // by owner name
    std::vector<ComplaintGroup> byMonth; // oldest month first
    /**
     * Beside the seeds' point that 65-90 % of unhappy customers leave without complaining: the customers we know
     * were unhappy (a complaint, or an episode rated -1 or -2) and how many of them never complained.
     */
    std::int64_t unhappyCustomers = 0;
    std::int64_t silentUnhappyCustomers = 0;
    [[nodiscard]] double silentShare() const {
        return unhappyCustomers == 0
                   ? 0.0
                   : static_cast<double>(silentUnhappyCustomers) / static_cast<double>(unhappyCustomers);
    }
    static constexpr double kSeedSilentLow = 0.65;
    static constexpr double kSeedSilentHigh = 0.90;
};

/**
 * Adds complaint handling up in one pass: customers first (by id, for their owners), then episodes (by customer and
 * date). Keeps one small entry per customer for the owner and the complaints of the customer being read.
 */
class ComplaintTally {
public:
    explicit ComplaintTally(core::Date until);
    void addCustomers(std::span<const storage::CustomerFact> customers);
    void addEpisodes(std::span<const storage::EpisodeFact> episodes);
    ComplaintReport finish();

private:
    struct Open {
        core::Date on;
        std::uint32_t owner = 0;
    };
    struct Sums {
        std::int64_t complaints = 0;
        std::vector<std::int32_t> answerDays;
        std::int64_t ratedAt = 0, satisfactionAt = 0;
        std::int64_t ratedAfter = 0, satisfactionAfter = 0;
    };
    void finishCustomer();
    /** Applies `add` to the sums a complaint counts in: the base's, its owner's and its month's. */
    template <typename Add> void addTo(const Open& complaint, Add add);
    [[nodiscard]] std::uint32_t ownerOf(core::CustomerId id) const;
    static ComplaintFigures figures(const Sums& sums);

    core::Date m_until;
    std::vector<std::pair<core::CustomerId, std::uint32_t>> m_owners; // by id
    std::vector<std::string> m_ownerNames;
    std::map<std::string, std::uint32_t> m_ownerIndex;
    core::CustomerId m_customer = 0;
    bool m_complained = false, m_unhappy = false;
    std::vector<Open> m_waiting; // not answered yet
    std::vector<Open> m_unrated; // answered, no rating since
    std::map<std::uint32_t, Sums> m_byOwner;
    std::map<std::string, Sums> m_byMonth;
    Sums m_total;
    std::int64_t m_unhappyCustomers = 0, m_silent = 0;
};

/** Reads customers and episodes once through the repository's streaming scans. */
ComplaintReport complaintHandling(storage::Repository& repository, core::Date until);

} // namespace rapport::analytics
