#include "demo/customer_simulation.h"

#include "demo/names.h"
#include "demo/random.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <numeric>

namespace rapport::demo {

namespace {

using core::Channel;
using core::EpisodeKind;
using core::Money;

constexpr std::array kLocaleWeights{0.35, 0.15, 0.15, 0.20, 0.15};

/** Seed shares of churn reasons (midpoints), and the circumstances the seed lists for the remainder. */
constexpr std::array<std::pair<std::string_view, double>, 7> kChurnReasonShares{{
    {"moved", 4.5},
    {"lower_prices", 9.5},
    {"partner_incompatibility", 14.5},
    {"lack_of_attention", 67.5},
    {"owner_change", 1.5},
    {"purchasing_manager_change", 1.5},
    {"renovation", 1.0},
}};

struct Behaviour {
    bool b2b = false;
    bool prospect = false;
    double purchasesPerDay = 0;
    double dropoutAfterPurchase = 0;
    double meanSpend = 0; // in major units
    double marginRate = 0;
    double happiness = 0; // drives satisfaction, referrals and complaints
};

std::string digits(Random& rng, int count) {
    std::string text;
    for (int i = 0; i < count; ++i) {
        text += static_cast<char>('0' + rng.between(0, 9));
    }
    return text;
}

std::string postcode(Random& rng, std::string_view pattern) {
    std::string text;
    for (char c : pattern) {
        text += c == '#' ? static_cast<char>('0' + rng.between(0, 9))
                         : (c == 'L' ? static_cast<char>('A' + rng.between(0, 25)) : c);
    }
    return text;
}

std::string phoneNumber(Random& rng, const Locale& locale) {
    return std::string(locale.phonePrefix) + " " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3);
}

Money money(double major) {
    return Money::fromMinor(std::llround(major * 100.0));
}

core::Customer makeProfile(Random& rng, std::int64_t index, const SimulationWindow& window, Behaviour& behaviour) {
    core::Customer c;
    const auto& locale = locales()[rng.weighted(kLocaleWeights)];
    const double kindRoll = rng.uniform();
    c.kind = kindRoll < 0.55 ? core::CustomerKind::Person
                             : (kindRoll < 0.70 ? core::CustomerKind::Household : core::CustomerKind::Organisation);
    behaviour.b2b = c.kind == core::CustomerKind::Organisation;
    behaviour.prospect = rng.chance(0.08);
    c.market = behaviour.b2b ? core::Market::B2B : core::Market::B2C;

    const auto& given = rng.pick(locale.givenNames);
    const auto& family = rng.pick(locale.familyNames);
    const auto city = rng.pick(locale.cities);
    const std::string number = std::to_string(index);
    if (c.kind == core::CustomerKind::Organisation) {
        // "Amber Foods Sp. z o.o." in Kraków, "Volga Trade ООО" in Москва: name, legal form and city agree.
        const std::string stem(rng.pick(companyStems()));
        const std::string trade(rng.pick(companyTrades()));
        c.displayName = stem + " " + trade + " " + std::string(rng.pick(locale.companyForms));
        c.legalName = c.displayName;
        std::string domain = stem;
        std::transform(domain.begin(), domain.end(), domain.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        c.emails.push_back(
            {"orders" + number + "@" + domain + "-" + std::to_string(index % 997) + ".example", "orders"});
        c.segment = std::string(rng.pick(businessSegments()));
    } else {
        const bool household = c.kind == core::CustomerKind::Household;
        const auto surname = given.female ? family.feminine : family.masculine;
        const auto latinSurname = given.female ? family.latinFeminine : family.latinMasculine;
        c.displayName = household ? std::string(family.masculine) + " household"
                                  : std::string(given.native) + " " + std::string(surname);
        c.legalName = std::string(given.native) + " " + std::string(surname);
        c.emails.push_back({std::string(given.latin) + "." + std::string(latinSurname) + number + "@" +
                                std::string(locale.emailDomain),
                            "home"});
        c.segment = std::string(rng.pick(consumerSegments()));
        c.householdSize = household ? static_cast<int>(rng.between(2, 6)) : static_cast<int>(rng.between(1, 4));
        c.incomeBand = static_cast<core::IncomeBand>(rng.between(0, 4));
    }
    c.phones.push_back({phoneNumber(rng, locale), behaviour.b2b ? "office" : "mobile"});
    c.address = {std::string(rng.pick(locale.streets)) + " " + std::to_string(rng.between(1, 180)),
                 postcode(rng, locale.postcodePattern), std::string(city), "", std::string(locale.country)};
    c.owner = behaviour.b2b || rng.chance(0.7) ? std::string(rng.pick(salesManagers())) : std::string();
    c.externalRef = "DEMO-" + number;

    const std::array<double, 6> channelWeights{0.3, 0.15, 0.1, 0.15, 0.1, 0.2};
    constexpr std::array kAcquisition{Channel::PointOfSale, Channel::Phone,       Channel::Event,
                                      Channel::WebForm,     Channel::Advertising, Channel::SocialNetwork};
    c.acquisitionChannel = kAcquisition[rng.weighted(channelWeights)];
    c.preferredChannel = behaviour.b2b ? (rng.chance(0.5) ? Channel::Email : Channel::Phone)
                                       : (rng.chance(0.6) ? Channel::Email : Channel::PointOfSale);
    c.acquisitionCost = money(behaviour.b2b ? rng.between(200, 2000) : rng.between(5, 40));

    const auto tagCount = rng.between(1, 4);
    for (std::int64_t i = 0; i < tagCount; ++i) {
        const std::string tag(rng.pick(interestTags()));
        if (std::find(c.tags.begin(), c.tags.end(), tag) == c.tags.end()) {
            c.tags.push_back(tag);
        }
    }

    const auto firstDay =
        window.start.addDays(static_cast<std::int32_t>(rng.between(0, window.start.daysUntil(window.end) - 1)));
    if (!behaviour.prospect) {
        c.acquiredOn = firstDay;
    }
    // Consumers consent on a form; business customers through their contract, and usually to newsletters too.
    c.consents.push_back(
        {core::ConsentPurpose::Processing, true, firstDay, behaviour.b2b ? "b2b-contract-2023" : "privacy-2023-v2"});
    {
        if (rng.chance(behaviour.b2b ? 0.7 : 0.6)) {
            c.consents.push_back({core::ConsentPurpose::Marketing, true, firstDay, "marketing-2023-v1"});
            if (rng.chance(0.08)) {
                c.consents.push_back(
                    {core::ConsentPurpose::Marketing, false,
                     std::min(window.end, firstDay.addDays(static_cast<std::int32_t>(rng.between(30, 400)))),
                     "marketing-2023-v1"});
            }
        }
    }

    // Purchase behaviour (rates per week, as in the CDNOW literature, converted to days).
    behaviour.purchasesPerDay = (behaviour.b2b ? rng.gamma(2.0, 1.0 / 8.0) : rng.gamma(0.8, 1.0 / 9.0)) / 7.0;
    behaviour.dropoutAfterPurchase = behaviour.b2b ? rng.beta(0.5, 6.0) : rng.beta(0.7, 5.0);
    behaviour.meanSpend = behaviour.b2b ? rng.gamma(3.0, 300.0) : rng.gamma(4.0, 15.0);
    behaviour.marginRate = 0.15 + 0.30 * rng.beta(2.0, 2.0);
    behaviour.happiness = rng.normal() * 0.8 + 0.3;
    c.notes = rng.chance(0.05) ? "Prefers to be contacted in the morning." : "";
    return c;
}

struct Timeline {
    SimulatedCustomer& out;
    Random& rng;
    const Behaviour& behaviour;

    void add(core::Date day, Channel channel, EpisodeKind kind) {
        core::Episode e;
        e.occurredOn = day;
        e.channel = channel;
        e.kind = kind;
        e.owner = out.customer.owner;
        out.episodes.push_back(std::move(e));
    }

    int satisfactionScore(double noise) const {
        return static_cast<int>(std::clamp(std::lround(behaviour.happiness + noise), -2L, 2L));
    }

    /** Spreads a Poisson number of episodes of one kind uniformly over [from, to]. */
    void scatter(core::Date from, core::Date to, double perYear, Channel channel, EpisodeKind kind) {
        const auto days = from.daysUntil(to);
        if (days < 0) {
            return;
        }
        const auto count = rng.poisson(perYear * (days + 1) / 365.0);
        for (std::int64_t i = 0; i < count; ++i) {
            add(from.addDays(static_cast<std::int32_t>(rng.between(0, days))), channel, kind);
        }
    }
};

core::ContactPerson contactPerson(Random& rng, std::string_view role, bool decisionMaker) {
    const auto& locale = locales()[rng.weighted(kLocaleWeights)];
    core::ContactPerson p;
    const auto& given = rng.pick(locale.givenNames);
    const auto& family = rng.pick(locale.familyNames);
    p.name = std::string(given.native) + " " + std::string(given.female ? family.feminine : family.masculine);
    p.role = std::string(role);
    p.decisionMaker = decisionMaker;
    p.emails.push_back({std::string(given.latin) + "." +
                            std::string(given.female ? family.latinFeminine : family.latinMasculine) +
                            "@partner.example",
                        "work"});
    p.phones.push_back({phoneNumber(rng, locale), "work"});
    return p;
}

} // namespace

SimulatedCustomer simulateCustomer(std::uint64_t seed, std::int64_t index, const SimulationWindow& window) {
    Random rng(mixSeed(seed, static_cast<std::uint64_t>(index)));
    SimulatedCustomer out;
    Behaviour behaviour;
    out.customer = makeProfile(rng, index, window, behaviour);
    const core::Date first = out.customer.acquiredOn.value_or(
        window.start.addDays(static_cast<std::int32_t>(rng.between(0, window.start.daysUntil(window.end)))));
    Timeline timeline{out, rng, behaviour};

    // Contact persons of organisations; a purchasing manager may change part-way, and the old one is kept.
    if (behaviour.b2b) {
        out.contacts.push_back(contactPerson(rng, "Purchasing manager", true));
        out.contacts.back().activeFrom = first;
        const auto extra = rng.between(0, 2);
        for (std::int64_t i = 0; i < extra; ++i) {
            out.contacts.push_back(contactPerson(rng, rng.pick(contactRoles()), rng.chance(0.3)));
        }
    }

    if (behaviour.prospect) {
        const auto contacts = rng.between(1, 3);
        for (std::int64_t i = 0; i < contacts; ++i) {
            const auto day = std::min(window.end, first.addDays(static_cast<std::int32_t>(rng.between(0, 90))));
            const std::array kinds{EpisodeKind::Inquiry, EpisodeKind::Offer, EpisodeKind::Call};
            timeline.add(day, rng.chance(0.5) ? Channel::WebForm : Channel::Phone,
                         kinds[static_cast<std::size_t>(i % 3)]);
        }
    } else {
        // Buy until dropping out: after each purchase the customer leaves with probability p.
        std::vector<core::Date> purchaseDays;
        double t = first.days();
        bool alive = true;
        while (alive && t <= window.end.days() && purchaseDays.size() < 400) {
            purchaseDays.push_back(core::Date::fromDays(static_cast<std::int32_t>(t)));
            alive = !rng.chance(behaviour.dropoutAfterPurchase);
            t += std::max(1.0, std::ceil(rng.exponential(behaviour.purchasesPerDay)));
        }
        const core::Date lastPurchase = purchaseDays.back();
        // When a customer who dropped out is last seen; for those still active, the end of the window.
        const bool left = !alive;
        const core::Date leftOn =
            left ? lastPurchase.addDays(static_cast<std::int32_t>(
                       rng.between(7, std::max<std::int64_t>(8, std::llround(1.0 / behaviour.purchasesPerDay)))))
                 : window.end;
        const core::Date activeUntil = std::min(window.end, leftOn.addDays(30));

        for (const auto day : purchaseDays) {
            const double spend = std::max(1.0, rng.gamma(6.0, behaviour.meanSpend / 6.0));
            const Channel channel = behaviour.b2b ? (rng.chance(0.5) ? Channel::Email : Channel::Meeting)
                                                  : (rng.chance(0.6) ? Channel::PointOfSale : Channel::WebForm);
            timeline.add(day, channel, EpisodeKind::Purchase);
            auto& purchase = out.episodes.back();
            purchase.revenue = money(spend);
            purchase.margin = money(spend * behaviour.marginRate);
            if (rng.chance(0.03)) {
                const auto returnDay = day.addDays(static_cast<std::int32_t>(rng.between(2, 20)));
                if (returnDay <= window.end) {
                    const double share = 0.2 + 0.8 * rng.uniform();
                    timeline.add(returnDay, channel, EpisodeKind::Return);
                    out.episodes.back().revenue = money(-spend * share);
                    out.episodes.back().margin = money(-spend * share * behaviour.marginRate);
                }
            }
        }

        // Contact between purchases, at rates that differ between business and consumer customers.
        const double b = behaviour.b2b ? 1.0 : 0.0;
        timeline.scatter(first, activeUntil, 0.5 + 2.5 * b, Channel::Phone, EpisodeKind::Call);
        timeline.scatter(first, activeUntil, 1.0 + 1.0 * b, Channel::Email, EpisodeKind::Email);
        timeline.scatter(first, activeUntil, 1.5, rng.chance(0.5) ? Channel::Email : Channel::Advertising,
                         EpisodeKind::Offer);
        timeline.scatter(first, activeUntil, 1.5 * b, Channel::Meeting, EpisodeKind::Meeting);
        timeline.scatter(first, activeUntil, 0.4, Channel::WebForm, EpisodeKind::Inquiry);
        timeline.scatter(first, activeUntil, 0.3, Channel::Phone, EpisodeKind::Service);
        timeline.scatter(first, activeUntil, 0.5, Channel::Email, EpisodeKind::Feedback);
        if (purchaseDays.size() >= 5 && behaviour.happiness > 0.5) {
            timeline.scatter(first, activeUntil, 0.6, Channel::SocialNetwork, EpisodeKind::Referral);
        }
        if (purchaseDays.size() >= 8 && rng.chance(behaviour.b2b ? 0.2 : 0.05)) {
            timeline.scatter(first, activeUntil, 0.7, Channel::Meeting, EpisodeKind::CoCreation);
        }
        timeline.scatter(first, activeUntil, behaviour.happiness < 0 ? 0.4 : 0.1, Channel::Phone,
                         EpisodeKind::Complaint);
        // Customers who leave often complain first; most who are unhappy simply go (seed: 65-90 %).
        if (left && rng.chance(0.35)) {
            timeline.add(std::max(first, lastPurchase.addDays(-static_cast<std::int32_t>(rng.between(0, 20)))),
                         Channel::Phone, EpisodeKind::Complaint);
            out.episodes.back().critical = rng.chance(0.5);
        }

        // Satisfaction on feedback, answers to complaints.
        const std::size_t generated = out.episodes.size();
        for (std::size_t i = 0; i < generated; ++i) {
            auto& e = out.episodes[i];
            if (e.kind == EpisodeKind::Feedback) {
                e.satisfaction = timeline.satisfactionScore(rng.normal() * 0.7);
                e.critical = std::abs(*e.satisfaction) == 2 && rng.chance(0.3);
            } else if (e.kind == EpisodeKind::Complaint) {
                e.satisfaction = std::min(0, timeline.satisfactionScore(rng.normal() * 0.7 - 1.0));
                const auto due = e.occurredOn.addDays(3);
                e.followUpOn = due;
                // A working team answers complaints: past follow-ups are done, a few slipped and are overdue, and
                // only the last two weeks' are still open (some due today).
                const bool recent = window.end.days() - due.days() < 14;
                if (recent ? rng.chance(0.5) : !rng.chance(0.02)) {
                    e.followUpDone = true;
                    const auto answered = e.occurredOn.addDays(static_cast<std::int32_t>(rng.between(1, 5)));
                    if (answered <= window.end) {
                        timeline.add(answered, Channel::Phone, EpisodeKind::Service);
                        out.episodes.back().notes = "Complaint answered";
                        out.episodes.back().satisfaction = std::max(-1, timeline.satisfactionScore(0.5));
                    }
                }
            } else if ((e.kind == EpisodeKind::Call || e.kind == EpisodeKind::Meeting) &&
                       window.end.days() - e.occurredOn.days() < 10) {
                // Last week's calls and meetings promised a next step a week later: some due today, some ahead.
                e.followUpOn = e.occurredOn.addDays(7);
            } else if (e.kind == EpisodeKind::Referral) {
                e.notes = "Recommended us to a colleague";
            }
        }

        // Churn record for some of those who left long enough ago to be noticed.
        if (left && leftOn.addDays(90) <= window.end && rng.chance(0.45)) {
            std::array<double, kChurnReasonShares.size()> weights{};
            for (std::size_t i = 0; i < weights.size(); ++i) {
                const bool businessOnly = i >= 4 && i <= 5;
                weights[i] = businessOnly && !behaviour.b2b ? 0.0 : kChurnReasonShares[i].second;
            }
            core::ChurnRecord churn;
            churn.churnedOn = std::min(window.end, leftOn.addDays(static_cast<std::int32_t>(rng.between(30, 90))));
            churn.reasonCode = std::string(kChurnReasonShares[rng.weighted(weights)].first);
            churn.winBackAttempts = static_cast<int>(rng.poisson(0.8));
            if (churn.winBackAttempts > 0) {
                const double roll = rng.uniform();
                churn.outcome = roll < 0.15
                                    ? core::WinBackOutcome::WonBack
                                    : (roll < 0.75 ? core::WinBackOutcome::Failed : core::WinBackOutcome::Pending);
            }
            if (churn.reasonCode == "purchasing_manager_change" && !out.contacts.empty()) {
                // Make the record true: the purchasing manager did change shortly before the customer left.
                const auto change = std::max(first.addDays(1), lastPurchase.addDays(-14));
                out.contacts.front().activeTo = change.addDays(-1);
                out.contacts.push_back(contactPerson(rng, "Purchasing manager", true));
                out.contacts.back().activeFrom = change;
            }
            out.churn = churn;
        } else if (behaviour.b2b && rng.chance(0.3) && first.daysUntil(activeUntil) > 60) {
            const auto change = first.addDays(static_cast<std::int32_t>(rng.between(30, first.daysUntil(activeUntil))));
            out.contacts.front().activeTo = change.addDays(-1);
            out.contacts.push_back(contactPerson(rng, "Purchasing manager", true));
            out.contacts.back().activeFrom = change;
        }

        // Relationship costs per year (seed table 7.3 lines) for business customers.
        if (behaviour.b2b) {
            for (int year = first.year(); year <= activeUntil.year(); ++year) {
                double revenue = 0;
                for (const auto& e : out.episodes) {
                    if (e.revenue && e.occurredOn.year() == year) {
                        revenue += e.revenue->toDouble();
                    }
                }
                if (revenue <= 0) {
                    continue;
                }
                const auto id = out.customer.id;
                out.costs.push_back({id, year, core::CostLine::Delivery, money(revenue * 0.03)});
                if (out.customer.segment == "Retail") {
                    out.costs.push_back({id, year, core::CostLine::StoreStaffBonus, money(revenue * 0.01)});
                    out.costs.push_back({id, year, core::CostLine::UnsoldReturns, money(revenue * 0.005)});
                }
                out.costs.push_back({id, year, core::CostLine::DatabaseUpkeep, money(40)});
                out.costs.push_back({id, year, core::CostLine::SalesManagerPay, money(150 + revenue * 0.02)});
            }
        }

        // A follow-up task for regular customers who have gone quiet.
        if (!left && purchaseDays.size() >= 3 && lastPurchase.daysUntil(window.end) > 90 && rng.chance(0.3)) {
            core::Task task;
            task.title = "Call back: no purchase since " + lastPurchase.toIso();
            task.dueOn = window.end.addDays(static_cast<std::int32_t>(rng.between(1, 14)));
            task.owner = out.customer.owner;
            out.tasks.push_back(task);
        }
    }

    std::stable_sort(out.episodes.begin(), out.episodes.end(),
                     [](const core::Episode& a, const core::Episode& b) { return a.occurredOn < b.occurredOn; });
    out.episodeContact.assign(out.episodes.size(), -1);
    for (std::size_t i = 0; i < out.episodes.size(); ++i) {
        for (std::size_t k = 0; k < out.contacts.size(); ++k) {
            if (out.contacts[k].isActiveOn(out.episodes[i].occurredOn) && out.contacts[k].decisionMaker) {
                out.episodeContact[i] = static_cast<int>(k);
                break;
            }
        }
    }
    return out;
}

} // namespace rapport::demo
