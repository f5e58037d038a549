#include "analysis_snapshot.h"

#include "analysis_service.h"
#include "core/money.h"
#include "formatting.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_set>

namespace rapport::ui {

namespace {

/** Keeps the best `limit` (id, value) pairs seen, by value and then by id, and counts all of them. */
class TopRows {
public:
    explicit TopRows(std::size_t limit = AnalysisSnapshot::kBehindRows)
        : m_limit(limit) {}

    void add(core::CustomerId id, double value) {
        ++m_total;
        const Row row{value, id};
        if (m_heap.size() < m_limit) {
            m_heap.push_back(row);
            std::push_heap(m_heap.begin(), m_heap.end(), better);
        } else if (m_limit > 0 && better(row, m_heap.front())) {
            // With `better` as the heap's order, its front is the worst row kept.
            std::pop_heap(m_heap.begin(), m_heap.end(), better);
            m_heap.back() = row;
            std::push_heap(m_heap.begin(), m_heap.end(), better);
        }
    }

    [[nodiscard]] CustomersBehind finish() {
        std::sort(m_heap.begin(), m_heap.end(), better);
        CustomersBehind behind;
        behind.total = m_total;
        behind.top.reserve(m_heap.size());
        for (const auto& row : m_heap) {
            behind.top.emplace_back(row.id, row.value);
        }
        std::vector<Row>().swap(m_heap);
        return behind;
    }

private:
    struct Row {
        double value;
        core::CustomerId id;
    };
    static bool better(const Row& a, const Row& b) { return a.value > b.value || (a.value == b.value && a.id < b.id); }

    std::size_t m_limit;
    std::size_t m_total = 0;
    std::vector<Row> m_heap;
};

double major(std::int64_t minor) {
    return core::Money::fromMinor(minor).toDouble();
}

double frequencyPerMonth(const analytics::CustomerProfile& p, double windowMonths) {
    return p.current.purchases / windowMonths;
}

double costPerPurchase(const analytics::CustomerProfile& p) {
    return p.current.purchases > 0 ? major(p.current.revenueMinor) / p.current.purchases : 0;
}

template <typename T> void release(std::vector<T>& v) {
    std::vector<T>().swap(v);
}

/** The four groups' lists and dots: a dot stands for every member with the same purchases and revenue. */
void collectFourGroups(AnalysisSnapshot& s) {
    const auto& profiles = s.analysis.profiles;
    const auto profileOf = [&profiles](core::CustomerId id) {
        const auto it =
            std::lower_bound(profiles.begin(), profiles.end(), id,
                             [](const analytics::CustomerProfile& p, core::CustomerId key) { return p.id < key; });
        return it != profiles.end() && it->id == id ? &*it : nullptr;
    };
    for (std::size_t g = 1; g <= 4; ++g) {
        const auto& members = s.analysis.fourGroups.groups[g].members;
        TopRows group;
        // A million dots say no more than a sample: every n-th member's dot, in revenue order.
        const std::size_t step = std::max<std::size_t>(1, members.size() / AnalysisSnapshot::kDotsPerGroup);
        // A dot's key: purchases and revenue in the window, exactly.
        std::map<std::pair<std::int32_t, std::int64_t>, std::size_t> dotOfKey;
        std::vector<TopRows> dotRows;
        auto& dots = s.groupDots[g];
        const auto keyOf = [](const analytics::CustomerProfile& p) {
            return std::pair{p.current.purchases, p.current.revenueMinor};
        };
        for (std::size_t i = 0; i < members.size(); i += step) {
            if (const auto* p = profileOf(members[i]);
                p != nullptr && p->current.purchases > 0 && p->current.revenueMinor > 0) {
                if (dotOfKey.emplace(keyOf(*p), dotRows.size()).second) {
                    dotRows.emplace_back();
                    dots.dots.push_back({frequencyPerMonth(*p, s.options.windowMonths), costPerPurchase(*p), 0, 0, 0});
                }
            }
        }
        for (const auto id : members) {
            const auto* p = profileOf(id);
            const double revenue = p != nullptr ? major(p->current.revenueMinor) : 0.0;
            group.add(id, revenue);
            if (p != nullptr) {
                if (const auto dot = dotOfKey.find(keyOf(*p)); dot != dotOfKey.end()) {
                    dotRows[dot->second].add(id, revenue);
                }
            }
        }
        s.fourGroups[g] = group.finish();
        std::vector<CustomersBehind> behind;
        std::size_t rows = 0;
        for (auto& dot : dotRows) {
            behind.push_back(dot.finish());
            rows += behind.back().top.size();
        }
        dots.customers.reserve(rows);
        for (std::size_t d = 0; d < behind.size(); ++d) {
            dots.dots[d].first = dots.customers.size();
            dots.dots[d].shown = behind[d].top.size();
            dots.dots[d].total = behind[d].total;
            dots.customers.insert(dots.customers.end(), behind[d].top.begin(), behind[d].top.end());
        }
    }
}

void collectProfiles(AnalysisSnapshot& s) {
    const auto& profiles = s.analysis.profiles;
    const auto& assessments = s.analysis.churn.assessments;
    std::array<TopRows, core::kLadderStages> stages;
    std::vector<TopRows> repeatBins(s.fitCheck.size());
    TopRows lost;
    std::unordered_map<std::string, TopRows> lostByReason;
    s.cards.reserve(profiles.size());
    std::size_t next = 0; // assessments follow the profiles' order, buyers only
    for (const auto& p : profiles) {
        CardFacts card;
        card.id = p.id;
        for (std::size_t k = 1; k < core::kLadderStages; ++k) {
            card.reachedOnDays[k - 1] = p.reachedOn[k] ? p.reachedOn[k]->days() : CardFacts::kNever;
        }
        card.stageSetByHand = p.stageSetByHand;
        while (next < assessments.size() && assessments[next].id < p.id) {
            ++next;
        }
        if (next < assessments.size() && assessments[next].id == p.id) {
            const auto& a = assessments[next];
            card.status = static_cast<std::uint8_t>(a.status);
            card.daysSinceLastPurchase = a.daysSinceLastPurchase;
            card.usualIntervalDays = a.usualIntervalDays;
            card.probabilityAlive = a.probabilityAlive.value_or(-1.0);
            card.valueAtStake = a.valueAtStake;
            // The catalogue's reasons are few; past 65,535 of them the card says "recorded as lost" without one.
            card.reason = a.reason <= std::numeric_limits<std::uint16_t>::max() ? static_cast<std::uint16_t>(a.reason)
                                                                                : std::uint16_t{0};
            if (a.status == core::ChurnStatus::Lost) {
                lost.add(a.id, a.valueAtStake);
                lostByReason[std::string(s.analysis.churn.reasonCode(a))].add(a.id, a.valueAtStake);
            }
        }
        s.cards.push_back(card);
        stages[static_cast<std::size_t>(p.stage)].add(p.id, major(p.revenueMinor));
        if (p.purchaseDays > 0 && !repeatBins.empty()) {
            const auto bin = std::min<std::size_t>(static_cast<std::size_t>(p.purchaseDays - 1), repeatBins.size() - 1);
            repeatBins[bin].add(p.id, major(p.revenueMinor));
        }
    }
    for (std::size_t k = 0; k < core::kLadderStages; ++k) {
        s.stages[k] = stages[k].finish();
    }
    for (auto& bin : repeatBins) {
        s.repeatBins.push_back(bin.finish());
    }
    s.lost = lost.finish();
    for (auto& [code, rows] : lostByReason) {
        s.lostByReason.emplace(code, rows.finish());
    }
}

void collectValues(AnalysisSnapshot& s) {
    if (s.analysis.byCustomer.empty()) {
        return;
    }
    // Bins on a doubling scale: values spread over orders of magnitude. A negative value (a negative average
    // spend) gets a bin of its own below 0 rather than hiding in the first; a value that is not a number none.
    s.valueEdges = {0, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000};
    if (std::any_of(s.analysis.byCustomer.begin(), s.analysis.byCustomer.end(),
                    [](const auto& entry) { return entry.second.clv < 0; })) {
        s.valueEdges.insert(s.valueEdges.begin(), -std::numeric_limits<double>::infinity());
    }
    s.valueCounts.assign(s.valueEdges.size(), 0);
    std::vector<TopRows> bins(s.valueEdges.size());
    for (const auto& [id, prediction] : s.analysis.byCustomer) {
        if (!std::isfinite(prediction.clv)) {
            continue;
        }
        const auto above = std::upper_bound(s.valueEdges.begin(), s.valueEdges.end(), prediction.clv);
        const auto bin = static_cast<std::size_t>(above - s.valueEdges.begin()) - 1; // edges[0] <= every value
        s.valueCounts[bin] += 1;
        bins[bin].add(id, prediction.clv);
    }
    for (auto& bin : bins) {
        s.valueBins.push_back(bin.finish());
    }
}

void collectNames(AnalysisSnapshot& s) {
    std::unordered_set<core::CustomerId> wanted;
    const auto want = [&wanted](const CustomersBehind& behind) {
        for (const auto& [id, value] : behind.top) {
            wanted.insert(id);
        }
    };
    want(s.ranked);
    want(s.lost);
    for (std::size_t g = 1; g <= 4; ++g) {
        want(s.fourGroups[g]);
        for (const auto& [id, value] : s.groupDots[g].customers) {
            wanted.insert(id);
        }
    }
    for (const auto* lists : {&s.valueBins, &s.repeatBins}) {
        for (const auto& behind : *lists) {
            want(behind);
        }
    }
    for (const auto& behind : s.stages) {
        want(behind);
    }
    for (const auto& [code, behind] : s.lostByReason) {
        want(behind);
    }
    for (const auto& risk : s.analysis.churn.atRisk) {
        wanted.insert(risk.id);
    }
    std::size_t bytes = 0;
    for (const auto& p : s.analysis.profiles) {
        bytes += wanted.count(p.id) != 0 ? s.analysis.texts.name(p).size() : 0;
    }
    s.nameIndex.reserve(wanted.size());
    s.nameText.reserve(bytes);
    for (const auto& p : s.analysis.profiles) { // in id order
        if (wanted.count(p.id) != 0) {
            const auto name = s.analysis.texts.name(p);
            s.nameIndex.emplace_back(p.id, static_cast<std::uint32_t>(s.nameText.size()),
                                     static_cast<std::uint32_t>(name.size()));
            s.nameText += name;
        }
    }
}

} // namespace

const CardFacts* AnalysisSnapshot::card(core::CustomerId id) const {
    const auto it = std::lower_bound(cards.begin(), cards.end(), id,
                                     [](const CardFacts& c, core::CustomerId key) { return c.id < key; });
    return it != cards.end() && it->id == id ? &*it : nullptr;
}

analytics::ChurnAssessment AnalysisSnapshot::assessment(const CardFacts& facts) const {
    analytics::ChurnAssessment a;
    a.id = facts.id;
    a.status = static_cast<core::ChurnStatus>(facts.status);
    a.daysSinceLastPurchase = facts.daysSinceLastPurchase;
    a.usualIntervalDays = facts.usualIntervalDays;
    if (facts.probabilityAlive >= 0) {
        a.probabilityAlive = facts.probabilityAlive;
    }
    a.valueAtStake = facts.valueAtStake;
    a.reason = facts.reason;
    return a;
}

QString AnalysisSnapshot::name(core::CustomerId id) const {
    const auto it = std::lower_bound(nameIndex.begin(), nameIndex.end(), id,
                                     [](const auto& entry, core::CustomerId key) { return std::get<0>(entry) < key; });
    if (it == nameIndex.end() || std::get<0>(*it) != id) {
        return AnalysisService::tr("Customer #%1").arg(id);
    }
    return QString::fromUtf8(nameText.data() + std::get<1>(*it), static_cast<qsizetype>(std::get<2>(*it)));
}

CustomersBehind GroupDots::at(double frequencyPerMonth, double costPerPurchase) const {
    const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
    CustomersBehind behind;
    for (const auto& dot : dots) {
        if (near(dot.frequencyPerMonth, frequencyPerMonth) && near(dot.costPerPurchase, costPerPurchase)) {
            const auto first = customers.begin() + static_cast<std::ptrdiff_t>(dot.first);
            behind.top.assign(first, first + static_cast<std::ptrdiff_t>(dot.shown));
            behind.total = dot.total;
            break;
        }
    }
    return behind;
}

AnalysisSnapshot makeAnalysisSnapshot(analytics::BaseAnalysis&& analysis, const analytics::BaseAnalysisOptions& options,
                                      std::vector<analytics::RepeatPurchaseBin> fitCheck) {
    AnalysisSnapshot s;
    s.analysis = std::move(analysis);
    s.options = options;
    s.options.progress = nullptr; // it points back at the service
    s.fitCheck = std::move(fitCheck);
    s.customers = s.analysis.profiles.size();
    s.atRisk = s.analysis.churn.atRisk.size();

    TopRows ranked;
    for (const auto& r : s.analysis.ranking.ranked) {
        ranked.add(r.id, r.value);
    }
    s.ranked = ranked.finish();
    collectFourGroups(s);
    collectProfiles(s);
    collectValues(s);
    auto& atRisk = s.analysis.churn.atRisk;
    atRisk.resize(std::min(atRisk.size(), AnalysisSnapshot::kAtRiskRows));
    atRisk.shrink_to_fit();
    collectNames(s);

    auto& a = s.analysis;
    release(a.profiles);
    release(a.churn.assessments);
    release(a.ranking.ranked);
    for (auto& group : a.fourGroups.groups) {
        release(group.members);
    }
    release(a.byCustomer);
    a.texts = {};
    return s;
}

} // namespace rapport::ui
